// A chart with its text alternatives: a title, a summary written from the data, the drawing
// (loaded lazily, with recharts) and the same data as a table behind a disclosure.
import { Component, Suspense, lazy, useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** recharts lives in this lazily loaded chunk only. */
export const LazyProfileRadar = lazy(() =>
  import('@/features/compare/charts/compare-charts').then((m) => ({ default: m.ProfileRadar })),
)
export const LazyDifferenceBars = lazy(() =>
  import('@/features/compare/charts/compare-charts').then((m) => ({ default: m.DifferenceBars })),
)

/** Keeps the page usable when the chart chunk cannot load (e.g. offline before it was cached). */
class ChartBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false }
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}

export interface ChartFrameProps {
  title: string
  summary: ReactNode
  chart: ReactNode
  /** The `<table>` holding the chart's data. */
  table: ReactNode
  /** Open the table from the start (e.g. for print or when the table is the main content). */
  tableOpen?: boolean
}

export function ChartFrame({ title, summary, chart, table, tableOpen }: ChartFrameProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const summaryId = useId()
  return (
    <figure className="cmp-figure" aria-labelledby={titleId}>
      <h3 id={titleId} className="cmp-figure__title">
        {title}
      </h3>
      <p id={summaryId} className="cmp-figure__summary">
        {summary}
      </p>
      <div
        className="cmp-figure__chart"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
      >
        <ChartBoundary
          fallback={<p className="cmp-figure__fallback">{t('compare.chartUnavailable')}</p>}
        >
          <Suspense fallback={<p className="cmp-figure__fallback">{t('compare.chartLoading')}</p>}>
            {chart}
          </Suspense>
        </ChartBoundary>
      </div>
      <details className="cmp-figure__data" open={tableOpen}>
        <summary>{t('compare.showTable')}</summary>
        <div className="cmp-table-wrap">{table}</div>
      </details>
    </figure>
  )
}
