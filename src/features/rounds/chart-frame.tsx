// A chart with its text alternatives: a title, a summary written from the data, the drawing
// (loaded lazily, with recharts) and the same data as a table behind a disclosure.
import { Component, Suspense, lazy, useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** recharts lives in this lazily loaded chunk only. */
export const LazyRoundsLines = lazy(() =>
  import('@/features/rounds/charts/rounds-charts').then((m) => ({ default: m.RoundsLines })),
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

export function ChartFrame({
  title,
  summary,
  chart,
  table,
}: {
  title: string
  summary: ReactNode
  chart: ReactNode
  table: ReactNode
}) {
  const { t } = useTranslation()
  const titleId = useId()
  const summaryId = useId()
  return (
    <figure className="rounds-figure" aria-labelledby={titleId}>
      <h3 id={titleId} className="rounds-figure__title">
        {title}
      </h3>
      <p id={summaryId} className="rounds-figure__summary">
        {summary}
      </p>
      <div
        className="rounds-figure__chart"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
      >
        <ChartBoundary
          fallback={<p className="rounds-figure__fallback">{t('rounds.chartUnavailable')}</p>}
        >
          <Suspense
            fallback={<p className="rounds-figure__fallback">{t('rounds.chartLoading')}</p>}
          >
            {chart}
          </Suspense>
        </ChartBoundary>
      </div>
      <details className="rounds-figure__data">
        <summary>{t('rounds.showTable')}</summary>
        <div className="rounds-table-wrap">{table}</div>
      </details>
    </figure>
  )
}
