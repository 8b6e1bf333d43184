// The planned profile beside today's (same radar: today solid, planned dashed, legend in words)
// and the list of questions with a target, so a ministry can show its roadmap.
import { useTranslation } from 'react-i18next'
import { roundHalfUp } from '@/domain/scoring'
import { describeAnswer, describeValue, questionText } from '@/lib/ui/answer-text'
import { ChartFrame } from '@/lib/ui/chart-frame'
import { LazyUnitRadar, RESULTS_CHART_LOOK } from '@/features/results/charts/lazy-charts'
import { formatChangeIn, formatScoreIn } from '@/lib/ui/score-format'
import { targetRows, unitRows } from '@/features/results/model'
import { questionHref, RESULTS_WORDING } from '@/features/results/score-parts'
import type { SectionProps } from '@/features/results/summary-section'

export function TargetsSection({
  questionnaire,
  assessment,
  score,
  language,
  headingId,
}: SectionProps & { headingId: string }) {
  const { t } = useTranslation()
  const fmt = (value: number | null | undefined) => formatScoreIn(language, value)
  const targets = targetRows(questionnaire, assessment, score)
  const units = unitRows(questionnaire, score, language)

  let rise: { unitId: string; change: number } | undefined
  for (const u of units) {
    if (u.current === null || u.planned === null) continue
    const change = roundHalfUp(u.planned) - roundHalfUp(u.current)
    if (change > 0 && (!rise || change > rise.change)) rise = { unitId: u.unitId, change }
  }
  const summaryValues = {
    current: fmt(score.overall.score),
    planned: fmt(score.overall.targetScore),
  }
  const countSentence = t('results.targets.count', { count: targets.length })
  const summary = `${countSentence} ${
    rise
      ? t('results.targets.summary', {
          ...summaryValues,
          unit: rise.unitId,
          change: formatChangeIn(language, 0, rise.change),
        })
      : t('results.targets.summaryNoRise', summaryValues)
  }`

  return (
    <section className="results-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('results.targets.heading')}
      </h2>
      {targets.length === 0 ? (
        <p>{t('results.targets.none')}</p>
      ) : (
        <>
          <p>{t('results.targets.intro')}</p>
          <ChartFrame
            look={RESULTS_CHART_LOOK}
            title={t('results.targets.radarTitle')}
            summary={summary}
            chart={
              <LazyUnitRadar
                data={units.map((u) => ({
                  unitId: u.unitId,
                  current: u.current,
                  planned: u.planned,
                }))}
                notAssessedLabel={t('results.notAssessed')}
                currentLabel={t('results.targets.legendCurrent')}
                plannedLabel={t('results.targets.legendPlanned')}
                formatTick={(v) => fmt(v)}
              />
            }
            table={
              <table className="results-table">
                <caption>{t('results.targets.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('results.profile.unit')}</th>
                    <th scope="col">{t('results.targets.today')}</th>
                    <th scope="col">{t('results.targets.planned')}</th>
                    <th scope="col">{t('results.targets.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {units.map((u) => (
                    <tr key={u.unitId}>
                      <th scope="row">
                        {u.unitId} {u.title}
                      </th>
                      <td>{u.current === null ? t('results.notAssessed') : fmt(u.current)}</td>
                      <td>{fmt(u.planned)}</td>
                      <td className="results-table__change">
                        {formatChangeIn(language, u.current, u.planned)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />

          <h3>{t('results.targets.listHeading')}</h3>
          <div className="results-table-wrap">
            <table className="results-table results-table--roadmap">
              <caption>{t('results.targets.listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.targets.question')}</th>
                  <th scope="col">{t('results.targets.today')}</th>
                  <th scope="col">{t('results.targets.planned')}</th>
                  <th scope="col">{t('results.targets.change')}</th>
                </tr>
              </thead>
              <tbody>
                {targets.map(({ question, unitId, questionScore }) => {
                  const answer = assessment.answers[question.id]
                  return (
                    <tr key={question.id} data-testid={`target-${question.id}`}>
                      <th scope="row">
                        <a href={questionHref(assessment.id, unitId, question.id)}>
                          <bdi>{question.id}</bdi>
                        </a>{' '}
                        <span className="results-roadmap__question">
                          {questionText(question, assessment.meta.respondent, language)}
                        </span>
                      </th>
                      <td>
                        {describeAnswer(question, answer, undefined, language, t, RESULTS_WORDING)}
                        <span className="results-roadmap__score">
                          {t('results.targets.scoreValue', { score: fmt(questionScore.score) })}
                        </span>
                      </td>
                      <td>
                        {answer?.target === undefined
                          ? ''
                          : describeValue(question, answer.target, language, t, 'results.answer')}
                        <span className="results-roadmap__score">
                          {t('results.targets.scoreValue', {
                            score: fmt(questionScore.targetScore),
                          })}
                        </span>
                      </td>
                      <td className="results-table__change">
                        {formatChangeIn(language, questionScore.score, questionScore.targetScore)}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
