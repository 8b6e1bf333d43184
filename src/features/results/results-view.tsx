// The results of one assessment: summary, profile, gaps and targets on one page (so it prints as
// one document), with a short in-page menu. Presentational: it receives the engine's result and
// renders it, so tests can give it fixtures and the report can rely on the same numbers.
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Questionnaire } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
import type { AssessmentScore } from '@/domain/scoring'
import { href, paths } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { GapsSection } from '@/features/results/gaps-section'
import { ProfileSection } from '@/features/results/profile-section'
import { SummarySection } from '@/features/results/summary-section'
import { TargetsSection } from '@/features/results/targets-section'
import '@/features/results/results.css'

export interface ResultsViewProps {
  questionnaire: Questionnaire
  assessment: Assessment
  score: AssessmentScore
  /** Language of the questionnaire text and of number formatting. */
  language: string
  /**
   * Actions in the results header. The report engineer's "Download report" dialog goes here
   * (issue 7); until then the app passes nothing and no button is shown.
   */
  headerActions?: ReactNode
}

function formatDate(language: string, iso: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    )
  } catch {
    return iso
  }
}

/**
 * A printout cannot open a disclosure, so the data tables are opened for printing and closed
 * again afterwards (only those that were closed).
 */
function usePrintOpensTables(root: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = []
    const before = () => {
      opened = Array.from(root.current?.querySelectorAll('details') ?? []).filter((d) => !d.open)
      opened.forEach((d) => (d.open = true))
    }
    const after = () => {
      opened.forEach((d) => (d.open = false))
      opened = []
    }
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [root])
}

export function ResultsView({
  questionnaire,
  assessment,
  score,
  language,
  headerActions,
}: ResultsViewProps) {
  const { t } = useTranslation()
  const base = useId()
  const ids = {
    summary: `${base}-summary`,
    profile: `${base}-profile`,
    gaps: `${base}-gaps`,
    targets: `${base}-targets`,
  }
  const { meta } = assessment
  const root = useRef<HTMLDivElement>(null)
  usePrintOpensTables(root)
  const sectionProps = { questionnaire, assessment, score, language }

  // Hash routing owns the URL fragment, so the in-page menu moves focus instead of using #anchors.
  const jumpTo = (id: string) => {
    const heading = document.getElementById(id)
    if (!heading) return
    heading.focus({ preventScroll: true })
    heading.scrollIntoView({ block: 'start', behavior: 'auto' })
  }

  return (
    <div className="results" ref={root}>
      <header className="results-header">
        <div className="results-header__text">
          <PageHeading title={t('results.documentTitle', { state: meta.state })}>
            {t('results.heading')}
            {meta.example && (
              <>
                {' '}
                <span className="results-tag results-tag--example">{t('results.example')}</span>
              </>
            )}
          </PageHeading>
          <p className="results-header__subject">
            {t('results.subject', {
              state: meta.state,
              respondent: t(`respondent.${meta.respondent}`),
              from: formatDate(language, meta.period.from),
              to: formatDate(language, meta.period.to),
            })}
          </p>
          <p className="results-header__organisation">
            {t('results.organisation', { organisation: meta.organisation })}
          </p>
        </div>
        {/* Slot for the "Download report" dialog (issue 7, report engineer). */}
        {headerActions && <div className="results-header__actions">{headerActions}</div>}
      </header>

      {meta.example && (
        <p className="results-note results-note--example">{t('results.exampleNote')}</p>
      )}
      {!score.complete && <p className="results-note">{t('results.incomplete')}</p>}

      <p className="results-back">
        <a href={href(paths.taskList(assessment.id))}>{t('results.backToTasks')}</a>
      </p>

      <nav className="results-nav" aria-label={t('results.sectionsLabel')}>
        <ul>
          {(['summary', 'profile', 'gaps', 'targets'] as const).map((key) => (
            <li key={key}>
              <button
                type="button"
                className="results-nav__button"
                onClick={() => jumpTo(ids[key])}
              >
                {t(`results.${key}.heading`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>

      <SummarySection {...sectionProps} headingId={ids.summary} />
      <ProfileSection {...sectionProps} headingId={ids.profile} />
      <GapsSection {...sectionProps} headingId={ids.gaps} />
      <TargetsSection {...sectionProps} headingId={ids.targets} />
    </div>
  )
}
