// Colours and fill patterns of the results charts. Okabe–Ito colours (distinguishable with the
// common colour-vision deficiencies), each also told apart by a line style or fill pattern and by
// words in the legend, so no chart relies on colour alone. Every colour has at least 3:1 contrast
// against white (WCAG 2.2, 1.4.11).
import type { IndicatorType } from '@/domain/questionnaire/schema'
import { CHART_INK, SERIES_COLOURS } from '@/lib/charts/chart-colours'

export const CHART_COLOURS = {
  current: SERIES_COLOURS.blue,
  planned: SERIES_COLOURS.vermillion,
  ...CHART_INK,
} as const

export interface IndicatorPattern {
  id: string
  colour: string
  background: string
  mark: 'solid' | 'stripes' | 'dots'
  rotate: boolean
}

export const INDICATOR_PATTERNS: Record<IndicatorType, IndicatorPattern> = {
  // Solid Okabe–Ito blue.
  structural: {
    id: 'results-pattern-structural',
    colour: '#0072B2',
    background: '#0072B2',
    mark: 'solid',
    rotate: false,
  },
  // Okabe–Ito orange, darkened for contrast, in diagonal stripes.
  process: {
    id: 'results-pattern-process',
    colour: '#B35F00',
    background: '#FBE3C2',
    mark: 'stripes',
    rotate: true,
  },
  // Okabe–Ito bluish green, darkened for contrast, in dots.
  outcome: {
    id: 'results-pattern-outcome',
    colour: '#007A5A',
    background: '#D3EFE6',
    mark: 'dots',
    rotate: false,
  },
}
