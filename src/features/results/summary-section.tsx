// Summary of an assessment's results: overall and per-article scores with bands, coverage, red
// flags, transparency findings (shadow assessments) and the scoring rule in one sentence.
import { useTranslation } from 'react-i18next'
import { findQuestion, type Questionnaire } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
import { EVIDENCE_CAP, type AssessmentScore } from '@/domain/scoring'
import { questionText } from '@/lib/ui/answer-text'
import { articleRows } from '@/features/results/model'
import { CoverageLine, ScoreWithBand, questionHref } from '@/features/results/score-parts'

export interface SectionProps {
  questionnaire: Questionnaire
  assessment: Assessment
  score: AssessmentScore
  language: string
}

function QuestionLinks({
  ids,
  questionnaire,
  assessment,
  language,
}: Omit<SectionProps, 'score'> & { ids: readonly string[] }) {
  const { t } = useTranslation()
  return (
    <ul className="results-question-links">
      {ids.map((id) => {
        const found = findQuestion(questionnaire, id)
        if (!found) return null
        return (
          <li key={id}>
            <a
              href={questionHref(assessment.id, found.unit.id, id)}
              aria-label={t('results.summary.openQuestion', { id })}
            >
              <bdi>{id}</bdi>
            </a>{' '}
            {questionText(found.question, assessment.meta.respondent, language)}
          </li>
        )
      })}
    </ul>
  )
}

export function SummarySection({
  questionnaire,
  assessment,
  score,
  language,
  headingId,
}: SectionProps & { headingId: string }) {
  const { t } = useTranslation()
  const { overall } = score
  const articles = articleRows(questionnaire, score, language)
  const shadow = assessment.meta.respondent === 'shadow'

  return (
    <section className="results-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('results.summary.heading')}
      </h2>

      <div className="results-overall" data-testid="overall">
        <p className="results-overall__label">{t('results.summary.overall')}</p>
        <p className="results-overall__score">
          <ScoreWithBand
            score={overall.score}
            band={overall.band}
            language={language}
            size="large"
          />
        </p>
        <p>
          <CoverageLine coverage={overall.coverage} language={language} />
        </p>
        <p
          className={
            overall.redFlags.length > 0
              ? 'results-flag-count results-flag-count--some'
              : 'results-flag-count'
          }
        >
          {t('results.summary.redFlagCount', { count: overall.redFlags.length })}
        </p>
      </div>

      <h3>{t('results.summary.articlesHeading')}</h3>
      <ul className="results-articles">
        {articles.map(({ articleId, title, score: as }) => (
          <li key={articleId} className="results-article" data-testid={`article-${articleId}`}>
            <h4 className="results-article__title">{title}</h4>
            <p>
              <ScoreWithBand score={as.score} band={as.band} language={language} />
            </p>
            <p>
              <CoverageLine coverage={as.coverage} language={language} />
            </p>
            <p className="results-flag-count">
              {t('results.summary.redFlagCount', { count: as.redFlags.length })}
            </p>
          </li>
        ))}
      </ul>

      <h3>{t('results.summary.redFlagsHeading')}</h3>
      {overall.redFlags.length > 0 ? (
        <>
          <p>{t('results.summary.redFlagsIntro')}</p>
          <QuestionLinks
            ids={overall.redFlags}
            questionnaire={questionnaire}
            assessment={assessment}
            language={language}
          />
        </>
      ) : (
        <p>{t('results.summary.noRedFlags')}</p>
      )}

      {shadow && (
        <>
          <h3>{t('results.summary.transparencyHeading')}</h3>
          {overall.transparencyFindings.length > 0 ? (
            <>
              <p>{t('results.summary.transparencyIntro')}</p>
              <QuestionLinks
                ids={overall.transparencyFindings}
                questionnaire={questionnaire}
                assessment={assessment}
                language={language}
              />
            </>
          ) : (
            <p>{t('results.summary.noTransparency')}</p>
          )}
        </>
      )}

      <p className="results-rule">
        {t('results.summary.rule', { cap: EVIDENCE_CAP })}{' '}
        <a href="#/method">{t('results.summary.methodLink')}</a>
      </p>
      <p className="results-rule">{t('results.summary.noRanking')}</p>
    </section>
  )
}
