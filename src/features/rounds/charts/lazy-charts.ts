// The rounds chart as a lazily loaded component, and how its chart frames look: recharts lives in
// the rounds-charts chunk only.
import { lazyChart, type ChartFrameLook } from '@/lib/ui/chart-frame'

export const LazyRoundsLines = lazyChart(() =>
  import('@/features/rounds/charts/rounds-charts').then((m) => m.RoundsLines),
)

export const ROUNDS_CHART_LOOK: ChartFrameLook = {
  classPrefix: 'rounds',
  textKeys: 'rounds',
  layout: 'bounded',
}
