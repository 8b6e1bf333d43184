// Colours every chart of the app draws with: Okabe–Ito series colours (told apart with the common
// colour-vision deficiencies, each darkened where needed for 3:1 contrast against white, WCAG 2.2
// 1.4.11) and the ink of grids, axes and labels. Plain values, no recharts: any module may use it.
export const SERIES_COLOURS = {
  blue: '#0072B2',
  vermillion: '#C04800',
  /** Bluish green, darkened for contrast. */
  green: '#007A5A',
} as const

export const CHART_INK = {
  grid: '#b8b8b8',
  axis: '#595959',
  text: '#1f1f1f',
} as const

/** The 0–100 score axis of bar and line charts, with a tick every 20 points. */
export function scoreAxisProps(formatValue: (value: number) => string) {
  return {
    domain: [0, 100],
    ticks: [0, 20, 40, 60, 80, 100],
    tickFormatter: formatValue,
    width: 36,
    tick: { fill: CHART_INK.text, fontSize: 11 },
    stroke: CHART_INK.axis,
  }
}

/** A value label above a bar; empty where the bar has no value. */
export function valueLabel(formatValue: (value: number) => string) {
  return (value: unknown) => (typeof value === 'number' ? formatValue(value) : '')
}
