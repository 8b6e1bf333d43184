// Task list: the units grouped by article, each with its status and, once answered, its score;
// overall progress; links to set-up, review and (when the app has it) results.
import { useTranslation } from 'react-i18next'
import { allUnits, localize } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
import { formatScore } from '@/domain/scoring'
import { useFormatters } from '@/lib/i18n'
import { useQuestionnaire } from '@/lib/questionnaire-source'
import { ButtonLink } from '@/lib/ui/button'
import { hasRoute, href, paths, type RouteProps } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { cachedScore, unitProgress, type UnitProgress } from '@/lib/ui/score-cache'
import { Tag, type TagTone } from '@/lib/ui/tag'
import { useAssessment } from '@/lib/ui/workspace'
import { InLanguage } from '@/lib/ui/in-language'

const TONES: Record<UnitProgress, TagTone> = {
  'not-started': 'grey',
  'in-progress': 'blue',
  complete: 'green',
}

export function AssessmentCaption({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation()
  return (
    <>
      {/* The State's name is the user's text, in any script: isolated from the caption around it. */}
      <bdi>{assessment.meta.state}</bdi> · {t(`respondent.${assessment.meta.respondent}`)}
      {assessment.meta.example ? (
        <>
          {' '}
          <Tag tone="yellow">{t('library.exampleTag')}</Tag>
        </>
      ) : null}
    </>
  )
}

export function TaskListScreen({ params }: RouteProps) {
  const { t } = useTranslation()
  const f = useFormatters()
  const id = params.id ?? ''
  const assessment = useAssessment(id)
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
  const lang = assessment.meta.language
  const title = assessment.name?.trim() || t('taskList.title')
  if (qs.status !== 'ready') {
    return (
      <>
        <PageHeading caption={<AssessmentCaption assessment={assessment} />}>{title}</PageHeading>
        <p role={qs.status === 'error' ? 'alert' : 'status'}>
          {qs.status === 'error' ? qs.message : t('ui.loading')}
        </p>
      </>
    )
  }
  const q = qs.questionnaire
  const score = cachedScore(q, assessment)
  const units = allUnits(q)
  const progress = units.map(({ unit }) =>
    unitProgress(
      score,
      unit.questions.map((qu) => qu.id),
    ),
  )
  const completeCount = progress.filter((p) => p === 'complete').length
  let i = 0
  return (
    <>
      <p>
        <a className="back-link" href={href(paths.library())}>
          {t('ui.backToLibrary')}
        </a>
      </p>
      <PageHeading caption={<AssessmentCaption assessment={assessment} />}>{title}</PageHeading>
      {assessment.meta.example ? <p className="inset">{t('taskList.exampleNote')}</p> : null}
      <p className="lead">
        {t('taskList.progress', {
          complete: f.number(completeCount),
          total: f.number(units.length),
          share: f.percent(score.overall.coverage.answeredShare),
        })}
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('taskList.period')}</dt>
          <dd>
            {t('library.periodValue', {
              from: f.date(assessment.meta.period.from),
              to: f.date(assessment.meta.period.to),
            })}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('taskList.roles')}</dt>
          <dd>{assessment.meta.roles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('taskList.organisation')}</dt>
          <dd>{assessment.meta.organisation}</dd>
        </div>
      </dl>
      <p>
        <a href={href(paths.setup(assessment.id))}>{t('taskList.changeSetup')}</a>
      </p>
      {q.articles.map((article) => (
        <section
          key={article.id}
          className="task-list-section"
          aria-labelledby={`article-${article.id}`}
        >
          <h2 id={`article-${article.id}`}>
            <InLanguage lang={lang}>{localize(article.title, lang)}</InLanguage>
          </h2>
          <ul className="task-list">
            {article.units.map((unit) => {
              const p = progress[i++] ?? 'not-started'
              const us = score.units.find((u) => u.unitId === unit.id)
              const statusId = `unit-status-${unit.id}`
              return (
                <li key={unit.id} className="task-list__item">
                  <span className="task-list__name">
                    <a href={href(paths.unit(assessment.id, unit.id))} aria-describedby={statusId}>
                      <bdi className="task-list__id" dir="ltr">
                        {unit.id}
                      </bdi>{' '}
                      <InLanguage lang={lang}>{localize(unit.title, lang)}</InLanguage>
                    </a>
                    {us && us.score !== null && p !== 'not-started' ? (
                      <span className="task-list__score">
                        {t('taskList.unitScore', {
                          score: formatScore(us.score),
                          band: us.band ? t(`bands.${us.band}`) : '',
                        })}
                      </span>
                    ) : null}
                  </span>
                  <span id={statusId} className="task-list__status">
                    <Tag tone={TONES[p]}>{t(`taskList.status.${p}`)}</Tag>
                  </span>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
      <div className="button-group">
        <ButtonLink href={href(paths.review(assessment.id))}>{t('taskList.review')}</ButtonLink>
        {hasRoute('results') ? (
          <ButtonLink variant="secondary" href={href(paths.results(assessment.id))}>
            {t('taskList.results')}
          </ButtonLink>
        ) : null}
        {hasRoute('report') ? (
          <ButtonLink variant="secondary" href={href(paths.report(assessment.id))}>
            {t('report.link')}
          </ButtonLink>
        ) : null}
        {hasRoute('merge') ? (
          <ButtonLink variant="secondary" href={href(paths.merge(assessment.id))}>
            {t('merge.taskListLink')}
          </ButtonLink>
        ) : null}
      </div>
    </>
  )
}
