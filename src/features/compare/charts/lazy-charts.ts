// The comparison's charts as lazily loaded components, and how its chart frames look: recharts
// lives in the compare-charts chunk only.
import { lazyChart, type ChartFrameLook } from '@/lib/ui/chart-frame'

export const LazyProfileRadar = lazyChart(() =>
  import('@/features/compare/charts/compare-charts').then((m) => m.ProfileRadar),
)
export const LazyDifferenceBars = lazyChart(() =>
  import('@/features/compare/charts/compare-charts').then((m) => m.DifferenceBars),
)

export const COMPARE_CHART_LOOK: ChartFrameLook = {
  classPrefix: 'cmp',
  textKeys: 'compare',
  layout: 'bounded',
}
