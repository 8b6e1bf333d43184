// The recharts drawings of the results: the unit radar (today, and optionally planned) and the
// sub-score bars per article. This module is only ever loaded through React.lazy (see
// chart-frame.tsx), so recharts stays out of the first-screen bundle (performance.md).
// The SVG is decorative for assistive technology: each chart sits in a figure whose visible text
// summary and data table say the same thing.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts'
import type { IndicatorType } from '@/domain/questionnaire/schema'
import { scoreAxisProps, valueLabel } from '@/lib/charts/chart-colours'
import { ScoreRadar, type RadarSeries } from '@/lib/charts/score-radar'
import { i18n } from '@/lib/i18n'
import { isolateInRtl } from '@/lib/ui/in-language'
import { CHART_COLOURS, INDICATOR_PATTERNS } from '@/features/results/charts/palette'

export interface RadarDatum {
  unitId: string
  /** Null where the unit is not assessed: the line breaks there instead of dropping to zero. */
  current: number | null
  planned?: number | null
}

export interface UnitRadarProps {
  data: readonly RadarDatum[]
  notAssessedLabel: string
  /** Words for the legend; the planned series is drawn only when its label is given. */
  currentLabel: string
  plannedLabel?: string
  formatTick: (value: number) => string
}

interface AngleTickProps {
  x?: number | string
  y?: number | string
  textAnchor?: string
  payload?: { value?: unknown }
}

/** Unit id on the axis, with "not assessed" under it where there is no score to draw. */
function angleTick(notAssessed: ReadonlySet<string>, notAssessedLabel: string) {
  function AngleTick({ x, y, textAnchor, payload }: AngleTickProps) {
    const id = String(payload?.value ?? '')
    const anchor = textAnchor === 'start' || textAnchor === 'end' ? textAnchor : 'middle'
    return (
      <text x={x} y={y} textAnchor={anchor} className="results-chart__tick">
        <tspan x={x} dy="0.3em">
          {/* Left to right even in an Arabic chart: "9.1(d)", not "(d)9.1". */}
          {isolateInRtl(id, i18n.language)}
        </tspan>
        {notAssessed.has(id) && (
          <tspan x={x} dy="1.2em" className="results-chart__tick-note">
            {notAssessedLabel}
          </tspan>
        )}
      </text>
    )
  }
  return AngleTick
}

/** A point marker, drawn only where the unit has a value (a missing unit is a gap, not a dot at 0). */
function radarDot(stroke: string, fill: string) {
  function RadarDot({ cx, cy, index }: DotItemDotProps) {
    if (
      typeof cx !== 'number' ||
      typeof cy !== 'number' ||
      !Number.isFinite(cx) ||
      !Number.isFinite(cy)
    ) {
      return <g key={index} />
    }
    return (
      <circle key={index} cx={cx} cy={cy} r={3.5} fill={fill} stroke={stroke} strokeWidth={2} />
    )
  }
  return RadarDot
}

export function UnitRadar({
  data,
  notAssessedLabel,
  currentLabel,
  plannedLabel,
  formatTick,
}: UnitRadarProps) {
  const notAssessed = new Set(data.filter((d) => d.current === null).map((d) => d.unitId))
  const current: RadarSeries = {
    dataKey: 'current',
    name: currentLabel,
    colour: CHART_COLOURS.current,
    fillOpacity: plannedLabel ? 0.08 : 0.18,
    dot: radarDot(CHART_COLOURS.current, CHART_COLOURS.current),
  }
  return (
    <ScoreRadar
      data={data}
      className="results-chart results-chart--radar"
      outerRadius="76%"
      angleTick={angleTick(notAssessed, notAssessedLabel)}
      formatTick={formatTick}
      legend={Boolean(plannedLabel)}
      legendInSeriesOrder
      series={
        plannedLabel
          ? [
              current,
              {
                dataKey: 'planned',
                name: plannedLabel,
                colour: CHART_COLOURS.planned,
                dashed: true,
                dot: radarDot(CHART_COLOURS.planned, '#ffffff'),
              },
            ]
          : [current]
      }
    />
  )
}

export interface BarDatum {
  /** Short label on the axis, e.g. "Art. 7". */
  label: string
  structural: number | null
  process: number | null
  outcome: number | null
}

export interface ArticleBarsProps {
  data: readonly BarDatum[]
  typeLabels: Record<IndicatorType, string>
  formatValue: (value: number) => string
  /** Right-to-left reading: articles run from the right and the scale stands on the right. */
  rtl?: boolean
}

const TYPES: readonly IndicatorType[] = ['structural', 'process', 'outcome']

export function ArticleBars({ data, typeLabels, formatValue, rtl = false }: ArticleBarsProps) {
  const rows = data.map((d) => ({ ...d }))
  const label = valueLabel(formatValue)
  return (
    <BarChart
      data={rows}
      responsive
      className="results-chart results-chart--bars"
      style={{ width: '100%', maxWidth: 640, height: 300 }}
      accessibilityLayer={false}
      margin={{ top: 24, right: 8, bottom: 8, left: 0 }}
      barCategoryGap="18%"
    >
      <defs>
        {TYPES.map((type) => (
          <pattern
            key={type}
            id={INDICATOR_PATTERNS[type].id}
            width={8}
            height={8}
            patternUnits="userSpaceOnUse"
            patternTransform={INDICATOR_PATTERNS[type].rotate ? 'rotate(45)' : undefined}
          >
            <rect width={8} height={8} fill={INDICATOR_PATTERNS[type].background} />
            {INDICATOR_PATTERNS[type].mark === 'stripes' && (
              <rect width={3} height={8} fill={INDICATOR_PATTERNS[type].colour} />
            )}
            {INDICATOR_PATTERNS[type].mark === 'dots' && (
              <circle cx={4} cy={4} r={2} fill={INDICATOR_PATTERNS[type].colour} />
            )}
          </pattern>
        ))}
      </defs>
      <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
      <XAxis
        dataKey="label"
        reversed={rtl}
        tick={{ fill: CHART_COLOURS.text, fontSize: 13 }}
        stroke={CHART_COLOURS.axis}
      />
      <YAxis {...scoreAxisProps(formatValue)} orientation={rtl ? 'right' : 'left'} />
      {TYPES.map((type) => (
        <Bar
          key={type}
          dataKey={type}
          name={typeLabels[type]}
          fill={`url(#${INDICATOR_PATTERNS[type].id})`}
          stroke={INDICATOR_PATTERNS[type].colour}
          strokeWidth={1.5}
          isAnimationActive={false}
        >
          <LabelList
            dataKey={type}
            position="top"
            formatter={label}
            fill={CHART_COLOURS.text}
            fontSize={11}
          />
        </Bar>
      ))}
      <Legend verticalAlign="bottom" itemSorter={null} wrapperStyle={{ paddingTop: 4 }} />
    </BarChart>
  )
}
