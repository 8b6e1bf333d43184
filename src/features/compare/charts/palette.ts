// Colours of the comparison charts: Okabe–Ito blue and vermillion (told apart with the common
// colour-vision deficiencies), each also drawn with its own line style and named in words, so no
// chart relies on colour alone. Every colour has at least 3:1 contrast against white.
import { CHART_INK, SERIES_COLOURS } from '@/lib/charts/chart-colours'

export const COMPARE_COLOURS = {
  first: SERIES_COLOURS.blue,
  second: SERIES_COLOURS.vermillion,
  /** Bars where the second side scores higher. */
  positive: SERIES_COLOURS.blue,
  /** Bars where the second side scores lower; drawn hatched as well. */
  negative: SERIES_COLOURS.vermillion,
  threshold: '#6b6b6b',
  ...CHART_INK,
} as const
