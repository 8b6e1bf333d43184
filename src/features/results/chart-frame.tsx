// A chart with its text alternatives: a title, a one- or two-sentence summary generated from the
// data, the drawing (loaded lazily), and the same data as a table behind a disclosure.
import { Component, Suspense, lazy, useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** recharts lives in this lazily loaded chunk only. */
export const LazyUnitRadar = lazy(() =>
  import('@/features/results/charts/results-charts').then((m) => ({ default: m.UnitRadar })),
)
export const LazyArticleBars = lazy(() =>
  import('@/features/results/charts/results-charts').then((m) => ({ default: m.ArticleBars })),
)

interface BoundaryProps {
  fallback: ReactNode
  children: ReactNode
}

/** Keeps the page usable when the chart chunk cannot load (e.g. offline before it was cached). */
class ChartBoundary extends Component<BoundaryProps, { failed: boolean }> {
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
  headingLevel?: 3 | 4
  summary: ReactNode
  chart: ReactNode
  /** The `<table>` holding the chart's data. */
  table: ReactNode
}

export function ChartFrame({ title, headingLevel = 3, summary, chart, table }: ChartFrameProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const summaryId = useId()
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <figure className="results-figure" aria-labelledby={titleId}>
      <Heading id={titleId} className="results-figure__title">
        {title}
      </Heading>
      <p id={summaryId} className="results-figure__summary">
        {summary}
      </p>
      {/* The drawing repeats the summary and the table, which is what assistive technology reads. */}
      <div
        className="results-figure__chart"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
      >
        <ChartBoundary
          fallback={
            <p className="results-figure__fallback">{t('results.profile.chartUnavailable')}</p>
          }
        >
          <Suspense
            fallback={
              <p className="results-figure__fallback">{t('results.profile.chartLoading')}</p>
            }
          >
            {chart}
          </Suspense>
        </ChartBoundary>
      </div>
      <details className="results-figure__data">
        <summary>{t('results.profile.showTable')}</summary>
        <div className="results-table-wrap">{table}</div>
      </details>
    </figure>
  )
}
