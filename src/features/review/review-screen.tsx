// "Check your answers": every answer of every unit on one page, what is still missing listed
// first, and a "Change" link to each question.
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Answer, Assessment } from '@/domain/assessment/schema'
import { allQuestionLocations, localize, type Question } from '@/domain/questionnaire'
import { useFormatters, type Formatters } from '@/lib/i18n'
import { useQuestionnaire } from '@/lib/questionnaire-source'
import { ButtonLink } from '@/lib/ui/button'
import { hasRoute, href, paths, type RouteProps } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { cachedScore } from '@/lib/ui/score-cache'
import { useAssessment } from '@/lib/ui/workspace'
import { InLanguage } from '@/lib/ui/in-language'

function valueText(
  q: Question,
  value: Answer['value'],
  t: TFunction,
  f: Formatters,
  lang: string,
): string {
  if (value === undefined) return ''
  const spec = q.answer
  switch (spec.type) {
    case 'yes-partly-no':
      return typeof value === 'string' ? t(`answers.${value}`) : ''
    case 'maturity': {
      if (typeof value !== 'number') return ''
      const level = spec.levels[value]
      return `${t('answers.level', { n: value })}${level ? ` – ${localize(level, lang)}` : ''}`
    }
    case 'number':
      return typeof value === 'number' ? `${f.number(value)} ${localize(spec.unit, lang)}` : ''
    case 'checklist': {
      if (!Array.isArray(value)) return ''
      if (value.length === 0) return t('answers.checklistNone')
      return spec.items
        .filter((i) => value.includes(i.id))
        .map((i) => localize(i.label, lang))
        .join('; ')
    }
  }
}

function AnswerSummary({
  q,
  answer,
  lang,
}: {
  q: Question
  answer: Answer | undefined
  lang: string
}) {
  const { t } = useTranslation()
  const f = useFormatters()
  if (!answer || (answer.value === undefined && !answer.special)) {
    return <span className="missing">{t('review.notAnswered')}</span>
  }
  return (
    <>
      <p className="review__answer">
        {answer.special
          ? t(`specialAnswers.${answer.special}`)
          : valueText(q, answer.value, t, f, lang)}
      </p>
      {answer.special === 'not-applicable' && answer.reason ? (
        <p className="hint">{t('review.reason', { reason: answer.reason })}</p>
      ) : null}
      <p className="hint">
        {answer.evidence.length === 0
          ? t('review.noEvidence')
          : t('review.evidence', { count: answer.evidence.length })}
        {answer.confidence
          ? ` · ${t('review.confidence', { level: t(`confidence.${answer.confidence}`) })}`
          : ''}
        {answer.target !== undefined
          ? ` · ${t('review.target', { value: valueText(q, answer.target, t, f, lang) })}`
          : ''}
      </p>
      {answer.comment ? (
        <p className="hint">{t('review.comment', { comment: answer.comment })}</p>
      ) : null}
    </>
  )
}

export function ReviewScreen({ params }: RouteProps) {
  const { t } = useTranslation()
  const assessment: Assessment | undefined = useAssessment(params.id ?? '')
  const qs = useQuestionnaire(assessment?.questionnaire.id)
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
  if (qs.status !== 'ready') {
    return (
      <p role={qs.status === 'error' ? 'alert' : 'status'}>
        {qs.status === 'error' ? qs.message : t('ui.loading')}
      </p>
    )
  }
  const q = qs.questionnaire
  const lang = assessment.meta.language
  const respondent = assessment.meta.respondent
  const score = cachedScore(q, assessment)
  const locations = allQuestionLocations(q)
  const missing = locations.filter(
    ({ question }) => score.questions[question.id]?.status === 'unanswered',
  )
  const units = q.articles.flatMap((a) => a.units.map((u) => ({ article: a, unit: u })))
  return (
    <>
      <p>
        <a className="back-link" href={href(paths.taskList(assessment.id))}>
          {t('unit.backToTasks')}
        </a>
      </p>
      <PageHeading
        caption={
          <>
            <bdi>{assessment.meta.state}</bdi> · {t(`respondent.${respondent}`)}
          </>
        }
      >
        {t('review.title')}
      </PageHeading>
      <section aria-labelledby="missing-title" className="section">
        <h2 id="missing-title">{t('review.missingTitle', { count: missing.length })}</h2>
        {missing.length === 0 ? (
          <p>{t('review.nothingMissing')}</p>
        ) : (
          <ul className="missing-list">
            {missing.map(({ question, unit }) => (
              <li key={question.id}>
                <a href={href(paths.unit(assessment.id, unit.id, question.id))}>
                  <bdi className="task-list__id" dir="ltr">
                    {question.id}
                  </bdi>{' '}
                  <InLanguage lang={lang}>{localize(question.text[respondent], lang)}</InLanguage>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {units.map(({ unit }) => {
        const rows = unit.questions.filter(
          (qu) => score.questions[qu.id]?.status !== 'excluded-role',
        )
        if (rows.length === 0) return null
        return (
          <section key={unit.id} aria-labelledby={`review-${unit.id}`} className="section">
            <h2 id={`review-${unit.id}`}>
              <bdi className="task-list__id" dir="ltr">
                {unit.id}
              </bdi>{' '}
              <InLanguage lang={lang}>{localize(unit.title, lang)}</InLanguage>
            </h2>
            <dl className="summary-list">
              {rows.map((qu) => (
                <div className="summary-list__row" key={qu.id} id={`review-q-${qu.id}`}>
                  <dt>
                    <bdi className="task-list__id" dir="ltr">
                      {qu.id}
                    </bdi>{' '}
                    <InLanguage lang={lang}>{localize(qu.text[respondent], lang)}</InLanguage>
                  </dt>
                  <dd>
                    <AnswerSummary q={qu} answer={assessment.answers[qu.id]} lang={lang} />
                  </dd>
                  <dd className="summary-list__actions">
                    <a href={href(paths.unit(assessment.id, unit.id, qu.id))}>
                      {t('review.change')}
                      <span className="visually-hidden">
                        {' '}
                        {t('review.changeWhat', { id: qu.id })}
                      </span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )
      })}
      <div className="button-group">
        <ButtonLink href={href(paths.taskList(assessment.id))}>
          {t('review.backToTasks')}
        </ButtonLink>
        {hasRoute('results') ? (
          <ButtonLink variant="secondary" href={href(paths.results(assessment.id))}>
            {t('taskList.results')}
          </ButtonLink>
        ) : null}
      </div>
    </>
  )
}
