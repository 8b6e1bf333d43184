// "Download the report" (#/a/<id>/report): the options of the PDF report of one assessment,
// complete or not, and the button that makes it on this device. While the PDF is being made a
// status message says so; a failure is explained and changes nothing in the assessment. Another
// assessment of the same questionnaire can be chosen for a comparison chapter.
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '@/domain/assessment/schema'
import type { Questionnaire } from '@/domain/questionnaire'
import { nativeLanguageName, useFormatters } from '@/lib/i18n'
import { useQuestionnaire } from '@/lib/questionnaire-source'
import { Button } from '@/lib/ui/button'
import { Choice, Fieldset, SelectField } from '@/lib/ui/form-fields'
import { hasRoute, href, paths, type RouteProps } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { cachedScore } from '@/lib/ui/score-cache'
import { formatDateIn } from '@/lib/ui/score-format'
import { useAssessment, useWorkspace } from '@/lib/ui/workspace'
import {
  comparisonCandidates,
  confidentialEvidenceCount,
  defaultReportChoices,
  reportLanguageChoices,
  type ReportChoices,
} from '@/features/report/report-options'
import { saveReport, type SaveReport } from '@/features/report/save-report'
import '@/features/report/report.css'

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; reason: string }

export interface ReportViewProps {
  assessment: Assessment
  questionnaire: Questionnaire
  /** Every assessment in the library; those on the same questionnaire can be compared with. */
  library?: readonly Assessment[]
  /** Makes and saves the PDF; tests pass their own. */
  save?: SaveReport
}

export function ReportView({
  assessment,
  questionnaire,
  library = [],
  save = saveReport,
}: ReportViewProps) {
  const { t, i18n } = useTranslation()
  const f = useFormatters()
  const id = useId()
  const languages = reportLanguageChoices(questionnaire)
  const [choices, setChoices] = useState<ReportChoices>(() =>
    defaultReportChoices(assessment, languages),
  )
  const [compareWith, setCompareWith] = useState('')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const candidates = comparisonCandidates(assessment, library)
  // The chosen assessment may have been deleted in another tab since: then there is no comparison.
  const other = candidates.find((a) => a.id === compareWith)
  const score = cachedScore(questionnaire, assessment)
  const confidential = confidentialEvidenceCount(assessment)
  const chosenLanguage = languages.find((l) => l.code === choices.language)
  const working = status.kind === 'working'
  const { meta } = assessment

  const change = (patch: Partial<ReportChoices>) => {
    setChoices((c) => ({ ...c, ...patch }))
    // Old outcomes describe a report with other options; clear them so they are not misread.
    setStatus((s) => (s.kind === 'working' ? s : { kind: 'idle' }))
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    if (working) return
    setStatus({ kind: 'working' })
    try {
      const fileName = await save(
        questionnaire,
        assessment,
        other ? { ...choices, comparison: { questionnaire, assessment: other } } : choices,
      )
      setStatus({ kind: 'done', fileName })
    } catch (err) {
      setStatus({ kind: 'failed', reason: err instanceof Error ? err.message : String(err) })
    }
  }

  const ids = {
    contents: `${id}-contents`,
    annex: `${id}-annex`,
    confidential: `${id}-confidential`,
    anonymous: `${id}-anonymous`,
    language: `${id}-language`,
    fallback: `${id}-language-fallback`,
    compare: `${id}-compare`,
    status: `${id}-status`,
  }

  return (
    <div className="report-screen">
      <p>
        <a
          className="back-link"
          href={href(
            hasRoute('results') ? paths.results(assessment.id) : paths.taskList(assessment.id),
          )}
        >
          {hasRoute('results') ? t('report.backToResults') : t('ui.back')}
        </a>
      </p>
      <PageHeading
        title={t('report.documentTitle', { state: meta.state })}
        caption={t('report.caption', {
          state: meta.state,
          respondent: t(`respondent.${meta.respondent}`),
        })}
      >
        {t('report.title')}
      </PageHeading>
      <p className="lead">{t('report.intro')}</p>
      <p>{t('report.madeHere')}</p>
      {score.complete ? null : (
        <p className="inset" data-testid="report-incomplete">
          {t('report.incomplete', { share: f.percent(score.overall.coverage.answeredShare) })}
        </p>
      )}

      <form className="report-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Fieldset id={ids.contents} legend={t('report.contentsLegend')}>
          <Choice
            id={ids.annex}
            type="checkbox"
            label={t('report.annex')}
            hint={t('report.annexHint')}
            checked={choices.includeAnswersAnnex}
            onChange={(e) => change({ includeAnswersAnnex: e.target.checked })}
          />
          <Choice
            id={ids.confidential}
            type="checkbox"
            label={t('report.omitConfidential')}
            hint={t('report.confidentialCount', { count: confidential })}
            checked={choices.omitConfidentialEvidence}
            onChange={(e) => change({ omitConfidentialEvidence: e.target.checked })}
          />
          <Choice
            id={ids.anonymous}
            type="checkbox"
            label={t('report.anonymous')}
            hint={t('report.anonymousHint', { organisation: meta.organisation })}
            checked={choices.omitAuthorAndOrganisation}
            onChange={(e) => change({ omitAuthorAndOrganisation: e.target.checked })}
          />
        </Fieldset>

        {languages.length > 1 ? (
          <Fieldset
            id={ids.language}
            legend={t('report.languageLegend')}
            hint={t('report.languageHint')}
          >
            {languages.map((l) => (
              <Choice
                key={l.code}
                id={`${ids.language}-${l.code}`}
                type="radio"
                name={ids.language}
                value={l.code}
                label={<span lang={l.code}>{nativeLanguageName(l.code)}</span>}
                checked={choices.language === l.code}
                onChange={() => change({ language: l.code })}
              />
            ))}
            <div id={ids.fallback} aria-live="polite">
              {chosenLanguage && !chosenLanguage.hasWording ? (
                <p className="inset report-form__note">
                  {t('report.languageFallback', {
                    language: nativeLanguageName(chosenLanguage.code),
                  })}
                </p>
              ) : null}
            </div>
          </Fieldset>
        ) : null}

        <SelectField
          id={ids.compare}
          label={t('report.compareLabel')}
          hint={candidates.length > 0 ? t('report.compareHint') : t('report.compareUnavailable')}
          value={other ? other.id : ''}
          disabled={candidates.length === 0}
          onChange={(e) => {
            setCompareWith(e.target.value)
            setStatus((s) => (s.kind === 'working' ? s : { kind: 'idle' }))
          }}
        >
          <option value="">{t('report.compareNone')}</option>
          {candidates.map((a) => (
            <option key={a.id} value={a.id}>
              {t('report.compareOption', {
                label: a.name?.trim() || a.meta.state,
                respondent: t(`respondent.${a.meta.respondent}`),
                organisation: a.meta.organisation,
                from: formatDateIn(i18n.language, a.meta.period.from),
                to: formatDateIn(i18n.language, a.meta.period.to),
              })}
            </option>
          ))}
        </SelectField>

        <div className="button-group">
          <Button type="submit" aria-disabled={working || undefined} aria-describedby={ids.status}>
            {t('report.submit')}
          </Button>
        </div>
        <div id={ids.status} role="status" className="report-form__status">
          {working ? <p>{t('report.working')}</p> : null}
          {status.kind === 'done' ? (
            <p className="report-form__done">{t('report.done', { fileName: status.fileName })}</p>
          ) : null}
        </div>
        {status.kind === 'failed' ? (
          <p className="error-message" role="alert">
            {t('report.failed', { reason: status.reason })}
          </p>
        ) : null}
      </form>
    </div>
  )
}

/** Route component: finds the assessment and its questionnaire, then shows the options. */
export function ReportScreen({ params }: RouteProps) {
  const { t } = useTranslation()
  const id = params.id ?? ''
  const hydrated = useWorkspace((s) => s.hydrated)
  const assessment = useAssessment(id)
  const assessments = useWorkspace((s) => s.assessments)
  const source = useQuestionnaire(assessment?.questionnaire.id, assessment?.questionnaire.version)

  if (!hydrated) return <p role="status">{t('ui.loading')}</p>
  if (!assessment) {
    return (
      <>
        <PageHeading>{t('ui.assessmentMissingTitle')}</PageHeading>
        <p>
          <a href={href(paths.library())}>{t('ui.backToLibrary')}</a>
        </p>
      </>
    )
  }
  if (source.status !== 'ready') {
    return (
      <>
        <PageHeading>{t('report.title')}</PageHeading>
        <p role={source.status === 'error' ? 'alert' : 'status'}>
          {source.status === 'error' ? source.message : t('ui.loading')}
        </p>
      </>
    )
  }
  return (
    <ReportView
      assessment={assessment}
      questionnaire={source.questionnaire}
      library={Object.values(assessments)}
    />
  )
}

export default ReportScreen
