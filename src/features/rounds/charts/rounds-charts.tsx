// The recharts drawing of scores over time: one line per series (overall, articles or a unit),
// each with its own dash pattern and marker shape as well as its colour, and named in the legend,
// so no line is told apart by colour alone. Loaded only through React.lazy (chart-frame.tsx).
import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts'
import { CHART_INK, SERIES_COLOURS, scoreAxisProps } from '@/lib/charts/chart-colours'

export interface LineSeries {
  key: string
  label: string
  /** One value per round; null leaves a gap. */
  values: readonly (number | null)[]
}

export interface RoundsLinesProps {
  roundLabels: readonly string[]
  series: readonly LineSeries[]
  formatValue: (value: number) => string
}

/** Okabe–Ito colours with 3:1 contrast on white, and a distinct stroke and marker for each. */
const STYLES = [
  { colour: '#1f1f1f', dash: undefined, width: 3.5, shape: 'circle', legend: 'circle' },
  { colour: SERIES_COLOURS.blue, dash: '8 4', width: 2.5, shape: 'square', legend: 'square' },
  {
    colour: SERIES_COLOURS.vermillion,
    dash: '2 4',
    width: 2.5,
    shape: 'triangle',
    legend: 'triangle',
  },
  {
    colour: SERIES_COLOURS.green,
    dash: '10 4 2 4',
    width: 2.5,
    shape: 'diamond',
    legend: 'diamond',
  },
  { colour: '#8A4F9E', dash: '14 6', width: 2.5, shape: 'circle-open', legend: 'wye' },
] as const

type Shape = (typeof STYLES)[number]['shape']

interface DotProps {
  cx?: number
  cy?: number
  value?: unknown
}

function marker(shape: Shape, colour: string) {
  function Marker({ cx, cy, value }: DotProps) {
    if (cx === undefined || cy === undefined || value === null || value === undefined) return <g />
    const r = 5
    switch (shape) {
      case 'square':
        return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={colour} />
      case 'triangle':
        return (
          <polygon
            points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`}
            fill={colour}
          />
        )
      case 'diamond':
        return (
          <polygon
            points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
            fill={colour}
          />
        )
      case 'circle-open':
        return <circle cx={cx} cy={cy} r={r} fill="#ffffff" stroke={colour} strokeWidth={2} />
      case 'circle':
        return <circle cx={cx} cy={cy} r={r} fill={colour} />
    }
  }
  return Marker
}

export function RoundsLines({ roundLabels, series, formatValue }: RoundsLinesProps) {
  const rows = roundLabels.map((label, i) => {
    const row: Record<string, string | number | null> = { round: label }
    for (const s of series) row[s.key] = s.values[i] ?? null
    return row
  })
  return (
    <LineChart
      data={rows}
      responsive
      className="rounds-chart"
      style={{ width: '100%', maxWidth: 720, height: 340 }}
      accessibilityLayer={false}
      margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke={CHART_INK.grid} />
      <XAxis
        dataKey="round"
        tick={{ fill: CHART_INK.text, fontSize: 12 }}
        stroke={CHART_INK.axis}
        interval={0}
        padding={{ left: 24, right: 24 }}
      />
      <YAxis {...scoreAxisProps(formatValue)} />
      {series.map((s, i) => {
        const style = STYLES[i % STYLES.length] ?? STYLES[0]
        return (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            type="linear"
            stroke={style.colour}
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            legendType={style.legend}
            dot={marker(style.shape, style.colour)}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        )
      })}
      <Legend verticalAlign="bottom" wrapperStyle={{ paddingTop: 8 }} />
    </LineChart>
  )
}
