// The radar of unit scores shared by the results and compare charts: a 0–100 scale between the
// first two spokes, one filled series and at most one dashed, unfilled one (so the two differ by
// line style as well as colour). It imports recharts, so only lazily loaded chart modules may
// import it (performance.md: recharts stays out of the first screen).
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  type PolarAngleAxisProps,
  type RadarProps,
} from 'recharts'
import { CHART_INK } from '@/lib/charts/chart-colours'
import { i18n } from '@/lib/i18n'
import { isolateInRtl } from '@/lib/ui/in-language'

export interface RadarSeries {
  dataKey: string
  name: string
  colour: string
  /** Drawn dashed and unfilled instead of solid and filled. */
  dashed?: boolean
  /** Opacity of the fill of a solid series. */
  fillOpacity?: number
  dot: RadarProps['dot']
}

export interface ScoreRadarProps {
  /** One row per unit, keyed by `unitId`; a null value breaks the line there. */
  data: readonly { unitId: string }[]
  series: readonly RadarSeries[]
  className: string
  outerRadius: string
  angleTick: PolarAngleAxisProps['tick']
  formatTick: (value: number) => string
  legend: boolean
  /** Keep the legend in series order rather than recharts' order by name. */
  legendInSeriesOrder?: boolean
}

export function ScoreRadar({
  data,
  series,
  className,
  outerRadius,
  angleTick,
  formatTick,
  legend,
  legendInSeriesOrder = false,
}: ScoreRadarProps) {
  const rows = data.map((d) => ({ ...d }))
  return (
    <RadarChart
      data={rows}
      responsive
      className={className}
      style={{ width: '100%', maxWidth: 560, aspectRatio: 1 }}
      outerRadius={outerRadius}
      accessibilityLayer={false}
      margin={{ top: 16, right: 24, bottom: 16, left: 24 }}
    >
      <PolarGrid stroke={CHART_INK.grid} />
      {/* Unit ids ("9.1(d)") keep their left-to-right order in an Arabic chart. */}
      <PolarAngleAxis
        dataKey="unitId"
        tick={angleTick}
        tickFormatter={(id: unknown) => isolateInRtl(String(id), i18n.language)}
      />
      {/* Between the first two spokes, so the scale never sits on a unit's label. */}
      <PolarRadiusAxis
        domain={[0, 100]}
        tickCount={6}
        angle={90 - 180 / Math.max(data.length, 1)}
        tickFormatter={formatTick}
        tick={{ fill: CHART_INK.text, fontSize: 11 }}
        stroke={CHART_INK.grid}
      />
      {series.map((s) => (
        <Radar
          key={s.dataKey}
          name={s.name}
          dataKey={s.dataKey}
          stroke={s.colour}
          strokeWidth={2.5}
          strokeDasharray={s.dashed ? '7 5' : undefined}
          fill={s.dashed ? 'none' : s.colour}
          fillOpacity={s.dashed ? 0 : s.fillOpacity}
          dot={s.dot}
          isAnimationActive={false}
        />
      ))}
      {legend && (
        <Legend
          verticalAlign="bottom"
          iconType="plainline"
          {...(legendInSeriesOrder ? { itemSorter: null } : {})}
          wrapperStyle={{ paddingTop: 8 }}
        />
      )}
    </RadarChart>
  )
}
