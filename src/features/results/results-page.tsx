// Route component for #/a/<id>/results: finds the assessment in the workspace and its
// questionnaire, scores it (cached per assessment object) and renders the results.
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuestionnaire } from '@/lib/questionnaire-source'
import { href, paths, type RouteProps } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { cachedScore } from '@/lib/ui/score-cache'
import { useAssessment, useWorkspace } from '@/lib/ui/workspace'
import { ResultsView } from '@/features/results/results-view'

function Problem({ message }: { message: string }) {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading>{t('results.heading')}</PageHeading>
      <p role="alert">{message}</p>
      <p>
        <a href={href(paths.library())}>{t('ui.backToLibrary')}</a>
      </p>
    </>
  )
}

export interface ResultsPageProps extends RouteProps {
  /** Header actions, e.g. the report dialog's button, supplied by the app (see ResultsView). */
  headerActions?: ReactNode
}

export function ResultsPage({ params, headerActions }: ResultsPageProps) {
  const { t, i18n } = useTranslation()
  const id = params.id ?? ''
  const hydrated = useWorkspace((s) => s.hydrated)
  const assessment = useAssessment(id)
  const source = useQuestionnaire(assessment?.questionnaire.id, assessment?.questionnaire.version)

  if (!hydrated) return <p role="status">{t('ui.loading')}</p>
  if (!assessment) return <Problem message={t('results.notFound')} />
  if (source.status === 'loading') return <p role="status">{t('ui.loading')}</p>
  if (source.status === 'error') return <Problem message={source.message} />

  const score = cachedScore(source.questionnaire, assessment)
  return (
    <ResultsView
      questionnaire={source.questionnaire}
      assessment={assessment}
      score={score}
      language={i18n.language}
      headerActions={headerActions}
    />
  )
}

export default ResultsPage
