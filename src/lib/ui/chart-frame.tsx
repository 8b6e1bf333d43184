// A chart with its text alternatives, for every screen that draws one: a title, a summary written
// from the data, the drawing (loaded lazily, so recharts stays out of the first screen) and the same
// data as a table behind a disclosure. Each screen keeps its own class names and catalog phrases.
import {
  Component,
  Suspense,
  lazy,
  useId,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import '@/lib/ui/chart-frame.css'

/** The catalog groups holding chartLoading, chartUnavailable and showTable. */
export type ChartFrameTextKeys = 'compare' | 'rounds' | 'results.profile'

/** How a screen's charts look and speak; one constant per screen. */
export interface ChartFrameLook {
  /**
   * Prefix of the screen's own class names (`<prefix>-figure`, `<prefix>-figure__chart`,
   * `<prefix>-table-wrap`, …), which its stylesheet and browser tests address.
   */
  classPrefix: string
  textKeys: ChartFrameTextKeys
  /** 'bounded': the drawing at most 720px wide; 'centred': full width, drawing centred. */
  layout: 'bounded' | 'centred'
}

export interface ChartFrameProps {
  look: ChartFrameLook
  title: string
  headingLevel?: 3 | 4
  summary: ReactNode
  chart: ReactNode
  /** The `<table>` holding the chart's data. */
  table: ReactNode
  /** Open the table from the start (e.g. for print or when the table is the main content). */
  tableOpen?: boolean
}

/**
 * A chart component as a lazily loaded one, so that only the chunk of its module imports
 * recharts: `lazyChart(() => import('…/charts').then((m) => m.Radar))`.
 */
export function lazyChart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((component) => ({ default: component })))
}

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
  look,
  title,
  headingLevel = 3,
  summary,
  chart,
  table,
  tableOpen,
}: ChartFrameProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const summaryId = useId()
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const part = (name: string) => `chart-frame__${name} ${look.classPrefix}-figure__${name}`
  const fallback = (text: string) => <p className={part('fallback')}>{text}</p>
  return (
    <figure
      className={`chart-frame chart-frame--${look.layout} ${look.classPrefix}-figure`}
      aria-labelledby={titleId}
    >
      <Heading id={titleId} className={part('title')}>
        {title}
      </Heading>
      <p id={summaryId} className={part('summary')}>
        {summary}
      </p>
      {/* The drawing repeats the summary and the table, which is what assistive technology reads. */}
      <div
        className={part('chart')}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
      >
        <ChartBoundary fallback={fallback(t(`${look.textKeys}.chartUnavailable`))}>
          <Suspense fallback={fallback(t(`${look.textKeys}.chartLoading`))}>{chart}</Suspense>
        </ChartBoundary>
      </div>
      <details className={part('data')} open={tableOpen}>
        <summary>{t(`${look.textKeys}.showTable`)}</summary>
        <div className={`chart-frame__table-wrap ${look.classPrefix}-table-wrap`}>{table}</div>
      </details>
    </figure>
  )
}
