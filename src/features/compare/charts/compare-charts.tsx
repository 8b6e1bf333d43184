// The recharts drawings of the comparison: both unit profiles on one radar, and the difference per
// unit as bars above and below zero. Loaded only through React.lazy (chart-frame.tsx), so recharts
// stays out of the first screen. The SVG repeats the visible summary and the data table, which is
// what assistive technology reads.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts'
import { ScoreRadar } from '@/lib/charts/score-radar'
import { valueLabel } from '@/lib/charts/chart-colours'
import { COMPARE_COLOURS } from '@/features/compare/charts/palette'
import { i18n } from '@/lib/i18n'
import { isolateInRtl } from '@/lib/ui/in-language'

export interface ProfileDatum {
  unitId: string
  /** Null where the unit is not assessed: the line breaks there instead of dropping to zero. */
  first: number | null
  second: number | null
}

export interface ProfileRadarProps {
  data: readonly ProfileDatum[]
  firstLabel: string
  secondLabel: string
  formatTick: (value: number) => string
}

export function ProfileRadar({ data, firstLabel, secondLabel, formatTick }: ProfileRadarProps) {
  return (
    <ScoreRadar
      data={data}
      className="cmp-chart cmp-chart--radar"
      outerRadius="72%"
      angleTick={{ fill: COMPARE_COLOURS.text, fontSize: 12 }}
      formatTick={formatTick}
      legend
      series={[
        {
          dataKey: 'first',
          name: firstLabel,
          colour: COMPARE_COLOURS.first,
          fillOpacity: 0.12,
          dot: { r: 3, fill: COMPARE_COLOURS.first, stroke: COMPARE_COLOURS.first },
        },
        {
          dataKey: 'second',
          name: secondLabel,
          colour: COMPARE_COLOURS.second,
          dashed: true,
          dot: { r: 3, fill: '#ffffff', stroke: COMPARE_COLOURS.second, strokeWidth: 2 },
        },
      ]}
    />
  )
}

export interface DifferenceDatum {
  unitId: string
  /** second − first; null where a side has no score (no bar is drawn). */
  difference: number | null
}

export interface DifferenceBarsProps {
  data: readonly DifferenceDatum[]
  threshold: number
  differenceLabel: string
  thresholdLabel: string
  formatValue: (value: number) => string
}

const HATCH_ID = 'cmp-pattern-negative'

export function DifferenceBars({
  data,
  threshold,
  differenceLabel,
  thresholdLabel,
  formatValue,
}: DifferenceBarsProps) {
  const rows = data.map((d) => ({ ...d }))
  const extent = Math.max(threshold + 10, ...data.map((d) => Math.abs(d.difference ?? 0)))
  const limit = Math.min(100, Math.ceil(extent / 10) * 10)
  const label = valueLabel(formatValue)
  return (
    <BarChart
      data={rows}
      responsive
      className="cmp-chart cmp-chart--bars"
      style={{ width: '100%', maxWidth: 720, height: 320 }}
      accessibilityLayer={false}
      margin={{ top: 20, right: 12, bottom: 8, left: 0 }}
      barCategoryGap="20%"
    >
      <defs>
        {/* Lower-than-first bars are hatched as well as coloured, so the sign never rests on colour. */}
        <pattern
          id={HATCH_ID}
          width={8}
          height={8}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={8} height={8} fill="#fbe0d3" />
          <rect width={3} height={8} fill={COMPARE_COLOURS.negative} />
        </pattern>
      </defs>
      <CartesianGrid vertical={false} stroke={COMPARE_COLOURS.grid} />
      <XAxis
        dataKey="unitId"
        tickFormatter={(id: unknown) => isolateInRtl(String(id), i18n.language)}
        tick={{ fill: COMPARE_COLOURS.text, fontSize: 12 }}
        stroke={COMPARE_COLOURS.axis}
        interval={0}
        angle={-35}
        textAnchor="end"
        height={56}
      />
      <YAxis
        domain={[-limit, limit]}
        tickFormatter={formatValue}
        width={40}
        tick={{ fill: COMPARE_COLOURS.text, fontSize: 11 }}
        stroke={COMPARE_COLOURS.axis}
      />
      <ReferenceLine y={0} stroke={COMPARE_COLOURS.axis} strokeWidth={1.5} />
      <ReferenceLine
        y={threshold}
        stroke={COMPARE_COLOURS.threshold}
        strokeDasharray="5 4"
        label={{
          value: thresholdLabel,
          position: 'insideTopRight',
          fill: COMPARE_COLOURS.text,
          fontSize: 11,
        }}
      />
      <ReferenceLine y={-threshold} stroke={COMPARE_COLOURS.threshold} strokeDasharray="5 4" />
      <Bar dataKey="difference" name={differenceLabel} isAnimationActive={false} strokeWidth={1.5}>
        {rows.map((d) => {
          const negative = (d.difference ?? 0) < 0
          return (
            <Cell
              key={d.unitId}
              fill={negative ? `url(#${HATCH_ID})` : COMPARE_COLOURS.positive}
              stroke={negative ? COMPARE_COLOURS.negative : COMPARE_COLOURS.positive}
            />
          )
        })}
        <LabelList
          dataKey="difference"
          position="top"
          formatter={label}
          fill={COMPARE_COLOURS.text}
          fontSize={11}
        />
      </Bar>
    </BarChart>
  )
}
