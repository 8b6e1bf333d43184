// The alignment profile: a radar of every unit (units not assessed shown as such, never as zero)
// and the structural / process / outcome sub-scores of each article, each chart with a text
// summary and a data table.
import { useTranslation } from 'react-i18next'
import { directionOf } from '@/lib/i18n'
import { INDICATOR_TYPES, type IndicatorType } from '@/domain/questionnaire/schema'
import { ChartFrame } from '@/lib/ui/chart-frame'
import {
  LazyArticleBars,
  LazyUnitRadar,
  RESULTS_CHART_LOOK,
} from '@/features/results/charts/lazy-charts'
import { formatScoreIn } from '@/lib/ui/score-format'
import { articleRows, extremes, unitRows } from '@/features/results/model'
import { CoverageLine } from '@/features/results/score-parts'
import type { SectionProps } from '@/features/results/summary-section'

export function ProfileSection({
  questionnaire,
  score,
  language,
  headingId,
}: SectionProps & { headingId: string }) {
  const { t } = useTranslation()
  const units = unitRows(questionnaire, score, language)
  const articles = articleRows(questionnaire, score, language)
  const fmt = (value: number | null | undefined) => formatScoreIn(language, value)
  const typeLabels = Object.fromEntries(
    INDICATOR_TYPES.map((type) => [type, t(`indicators.${type}`)]),
  ) as Record<IndicatorType, string>

  const assessed = units.filter((u) => u.current !== null)
  const notAssessed = units.filter((u) => u.current === null)
  const ends = extremes(units)
  const radarSummary = ends
    ? t('results.profile.radarSummary', {
        assessed: assessed.length,
        total: units.length,
        strongest: `${ends.strongest.unitId} ${ends.strongest.title}`,
        strongestScore: fmt(ends.strongest.current),
        weakest: `${ends.weakest.unitId} ${ends.weakest.title}`,
        weakestScore: fmt(ends.weakest.current),
      })
    : t('results.profile.radarSummaryNone')
  const notAssessedSentence =
    notAssessed.length > 0
      ? ` ${t('results.profile.notAssessedList', { units: notAssessed.map((u) => u.unitId).join(', ') })}`
      : ''

  const barItems = articles.flatMap((a) => {
    let weakest: { type: IndicatorType; value: number } | undefined
    for (const type of INDICATOR_TYPES) {
      const value = a.subScores[type]
      if (value !== null && (!weakest || value < weakest.value)) weakest = { type, value }
    }
    return weakest
      ? [
          t('results.profile.barsSummaryItem', {
            article: t('results.profile.articleShort', { id: a.articleId }),
            type: typeLabels[weakest.type],
            score: fmt(weakest.value),
          }),
        ]
      : []
  })
  const barsSummary =
    barItems.length > 0 ? `${barItems.join('; ')}.` : t('results.profile.barsSummaryNone')

  return (
    <section className="results-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('results.profile.heading')}
      </h2>

      <ChartFrame
        look={RESULTS_CHART_LOOK}
        title={t('results.profile.radarTitle')}
        summary={radarSummary + notAssessedSentence}
        chart={
          <LazyUnitRadar
            data={units.map((u) => ({ unitId: u.unitId, current: u.current }))}
            notAssessedLabel={t('results.notAssessed')}
            currentLabel={t('results.targets.today')}
            formatTick={(v) => fmt(v)}
          />
        }
        table={
          <table className="results-table">
            <caption>{t('results.profile.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.profile.unit')}</th>
                <th scope="col">{t('results.profile.score')}</th>
                <th scope="col">{t('results.profile.bandColumn')}</th>
                {INDICATOR_TYPES.map((type) => (
                  <th scope="col" key={type}>
                    {typeLabels[type]}
                  </th>
                ))}
                <th scope="col">{t('results.profile.coverageColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.unitId} data-testid={`unit-row-${u.unitId}`}>
                  <th scope="row">
                    {u.unitId} {u.title}
                  </th>
                  {u.score.assessed ? (
                    <>
                      <td>{fmt(u.score.score)}</td>
                      <td>{u.score.band ? t(`bands.${u.score.band}`) : ''}</td>
                    </>
                  ) : (
                    <td colSpan={2}>
                      {t('results.notAssessed')}
                      {u.score.notAssessedReason
                        ? `: ${t(`results.notAssessedReason.${u.score.notAssessedReason}`)}`
                        : ''}
                    </td>
                  )}
                  {INDICATOR_TYPES.map((type) => (
                    <td key={type}>{fmt(u.score.subScores[type])}</td>
                  ))}
                  <td>
                    <CoverageLine coverage={u.score.coverage} language={language} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFrame
        look={RESULTS_CHART_LOOK}
        title={t('results.profile.barsTitle')}
        summary={barsSummary}
        chart={
          <LazyArticleBars
            data={articles.map((a) => ({
              label: t('results.profile.articleShort', { id: a.articleId }),
              ...a.subScores,
            }))}
            typeLabels={typeLabels}
            formatValue={(v) => fmt(v)}
            rtl={directionOf(language) === 'rtl'}
          />
        }
        table={
          <table className="results-table">
            <caption>{t('results.profile.barsTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.profile.article')}</th>
                {INDICATOR_TYPES.map((type) => (
                  <th scope="col" key={type}>
                    {typeLabels[type]}
                  </th>
                ))}
                <th scope="col">{t('results.profile.score')}</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((a) => (
                <tr key={a.articleId} data-testid={`article-row-${a.articleId}`}>
                  <th scope="row">{a.title}</th>
                  {INDICATOR_TYPES.map((type) => (
                    <td key={type}>{fmt(a.subScores[type])}</td>
                  ))}
                  <td>{a.score.score === null ? t('results.notAssessed') : fmt(a.score.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  )
}
