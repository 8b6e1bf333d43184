// Gaps in priority order (the engine's ranking: critical first, then gap × weight), each with the
// question in the respondent's wording, the answer, the score, the evidence state and the
// recommendation with its addressee; filterable by article and by addressee.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ADDRESSEES, findQuestion, type Addressee } from '@/domain/questionnaire'
import { EVIDENCE_CAP, RECOMMENDATION_THRESHOLD } from '@/domain/scoring'
import { localize } from '@/domain/questionnaire'
import { describeAnswer, questionText } from '@/lib/ui/answer-text'
import { formatNumberIn, formatScoreIn } from '@/lib/ui/score-format'
import { questionHref, RESULTS_WORDING } from '@/features/results/score-parts'
import type { SectionProps } from '@/features/results/summary-section'

const ALL = 'all'

export function GapsSection({
  questionnaire,
  assessment,
  score,
  language,
  headingId,
}: SectionProps & { headingId: string }) {
  const { t } = useTranslation()
  const [article, setArticle] = useState<string>(ALL)
  const [addressee, setAddressee] = useState<Addressee | typeof ALL>(ALL)
  const articleSelectId = useId()
  const addresseeSelectId = useId()

  const shown = score.gaps.filter(
    (g) =>
      (article === ALL || g.articleId === article) &&
      (addressee === ALL || g.addressee === addressee),
  )
  const fmt = (value: number | undefined) => formatScoreIn(language, value)

  return (
    <section className="results-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('results.gaps.heading')}
      </h2>
      <p>{t('results.gaps.intro')}</p>

      {score.gaps.length === 0 ? (
        <p>{t('results.gaps.none')}</p>
      ) : (
        <>
          <fieldset className="results-filters">
            <legend>{t('results.gaps.filtersLegend')}</legend>
            <div className="results-filters__field">
              <label htmlFor={articleSelectId}>{t('results.gaps.articleFilter')}</label>
              <select
                id={articleSelectId}
                value={article}
                onChange={(e) => setArticle(e.target.value)}
              >
                <option value={ALL}>{t('results.gaps.all')}</option>
                {questionnaire.articles.map((a) => (
                  <option key={a.id} value={a.id}>
                    {localize(a.title, language)}
                  </option>
                ))}
              </select>
            </div>
            <div className="results-filters__field">
              <label htmlFor={addresseeSelectId}>{t('results.gaps.addresseeFilter')}</label>
              <select
                id={addresseeSelectId}
                value={addressee}
                onChange={(e) => {
                  const value = e.target.value
                  setAddressee(ADDRESSEES.find((a) => a === value) ?? ALL)
                }}
              >
                <option value={ALL}>{t('results.gaps.all')}</option>
                {ADDRESSEES.map((a) => (
                  <option key={a} value={a}>
                    {t(`results.addressee.${a}`)}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          <p role="status" className="results-filters__count">
            {t('results.gaps.showing', {
              shown: formatNumberIn(language, shown.length),
              total: formatNumberIn(language, score.gaps.length),
            })}
          </p>

          {shown.length === 0 ? (
            <p>{t('results.gaps.noneFiltered')}</p>
          ) : (
            <ol className="results-gaps" aria-label={t('results.gaps.heading')}>
              {shown.map((gap) => {
                const found = findQuestion(questionnaire, gap.questionId)
                const qs = score.questions[gap.questionId]
                if (!found || !qs) return null
                const answer = assessment.answers[gap.questionId]
                const evidenceCount = answer?.evidence.length ?? 0
                return (
                  <li key={gap.questionId} className="results-gap" data-testid="gap">
                    <p className="results-gap__meta">
                      <a href={questionHref(assessment.id, gap.unitId, gap.questionId)}>
                        <bdi>{gap.questionId}</bdi>
                      </a>
                      <span className="results-gap__unit">
                        {t('results.gaps.unitLabel', { id: gap.unitId })} ·{' '}
                        {localize(found.unit.title, language)}
                      </span>
                      {gap.critical && (
                        <strong className="results-tag results-tag--critical">
                          {t('results.gaps.critical')}
                        </strong>
                      )}
                    </p>
                    <p className="results-gap__question">
                      {questionText(found.question, assessment.meta.respondent, language)}
                    </p>
                    <dl className="results-gap__facts">
                      <div className="results-gap__answer">
                        <dt>{t('results.gaps.answer')}</dt>
                        <dd>
                          {describeAnswer(
                            found.question,
                            answer,
                            undefined,
                            language,
                            t,
                            RESULTS_WORDING,
                          )}
                        </dd>
                      </div>
                      <div>
                        <dt>{t('results.gaps.score')}</dt>
                        <dd data-testid="gap-score">{fmt(gap.score)}</dd>
                      </div>
                      <div>
                        <dt>{t('results.gaps.evidence')}</dt>
                        <dd>
                          {gap.unevidenced
                            ? t('results.gaps.unevidenced', {
                                raw: fmt(qs.rawScore),
                                cap: fmt(EVIDENCE_CAP),
                              })
                            : evidenceCount > 0
                              ? t('results.gaps.evidenced', { count: evidenceCount })
                              : t('results.gaps.noEvidence')}
                        </dd>
                      </div>
                    </dl>
                    {gap.recommend ? (
                      <div className="results-gap__recommendation">
                        <p className="results-gap__addressee">
                          {t('results.gaps.recommendation', {
                            addressee: t(`results.addressee.${gap.addressee}`),
                          })}
                        </p>
                        <p>{localize(found.question.recommendation.text, language)}</p>
                      </div>
                    ) : (
                      <p className="results-gap__no-recommendation">
                        {t('results.gaps.noRecommendation', {
                          threshold: fmt(RECOMMENDATION_THRESHOLD),
                        })}
                      </p>
                    )}
                  </li>
                )
              })}
            </ol>
          )}
        </>
      )}
    </section>
  )
}
