// The results charts as lazily loaded components, and how their chart frames look: recharts lives
// in the results-charts chunk only (performance.md).
import { lazyChart, type ChartFrameLook } from '@/lib/ui/chart-frame'

export const LazyUnitRadar = lazyChart(() =>
  import('@/features/results/charts/results-charts').then((m) => m.UnitRadar),
)
export const LazyArticleBars = lazyChart(() =>
  import('@/features/results/charts/results-charts').then((m) => m.ArticleBars),
)

export const RESULTS_CHART_LOOK: ChartFrameLook = {
  classPrefix: 'results',
  textKeys: 'results.profile',
  layout: 'centred',
}
