// One question of the comparison: the two answers side by side, each with its score and evidence,
// and — when the two diverge — a "Divergent" tag with an icon and the reason in words, so the
// highlight never rests on colour alone.
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { localize, type Question } from '@/domain/questionnaire'
import type { Answer, Assessment } from '@/domain/assessment/schema'
import type { QuestionComparison, QuestionSide } from '@/domain/compare'
import { DIVERGENCE_THRESHOLD } from '@/domain/scoring'
import { Tag } from '@/lib/ui/tag'
import { describeAnswer } from '@/lib/ui/answer-text'
import { formatChangeIn, formatScoreIn } from '@/lib/ui/score-format'
import { sideLabel } from '@/features/compare/labels'

export function questionElementId(questionId: string): string {
  return `cmp-q-${questionId.replace(/[^A-Za-z0-9_-]/g, '_')}`
}

export function DivergentTag() {
  const { t } = useTranslation()
  return (
    <Tag tone="red">
      <span aria-hidden="true" className="cmp-divergent-icon">
        {t('compare.divergentIcon')}
      </span>{' '}
      {t('compare.divergent')}
    </Tag>
  )
}

function SideDetails({
  which,
  assessment,
  question,
  side,
  language,
}: {
  which: 'first' | 'second'
  assessment: Assessment
  question: Question | undefined
  side: QuestionSide
  language: string
}) {
  const { t } = useTranslation()
  const answer: Answer | undefined = question ? assessment.answers[question.id] : undefined
  const evidence = answer?.evidence ?? []
  const score =
    side.score === null
      ? t('compare.notScored')
      : side.unevidenced
        ? t('compare.scoreCapped', { score: formatScoreIn(language, side.score) })
        : formatScoreIn(language, side.score)
  return (
    <div className={`cmp-pair__side cmp-pair__side--${which}`}>
      <p className="cmp-pair__who">
        <strong>{t(`compare.${which}`)}</strong> · {sideLabel(assessment, t)}
      </p>
      <dl className="cmp-pair__list">
        <div>
          <dt>{t('compare.answer')}</dt>
          <dd>{describeAnswer(question, answer, side.status, language, t)}</dd>
        </div>
        <div>
          <dt>{t('compare.score')}</dt>
          <dd>{score}</dd>
        </div>
        <div>
          <dt>{t('compare.evidence')}</dt>
          <dd>
            {evidence.length === 0 ? (
              t('answerText.noEvidence')
            ) : (
              <ul className="cmp-evidence">
                {evidence.map((item) => (
                  <li key={item.id}>
                    <span className="cmp-evidence__kind">
                      {t(`answerText.evidenceKind.${item.kind}`)}:
                    </span>{' '}
                    {item.text}
                    {/* Shown as text, never as a link: the address comes from someone else's file. */}
                    {item.url ? <span className="cmp-evidence__url"> ({item.url})</span> : null}
                    {item.confidential ? (
                      <span className="cmp-evidence__flag"> · {t('answerText.confidential')}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {answer?.comment?.trim() ? (
          <div>
            <dt>{t('answerText.comment')}</dt>
            <dd className="cmp-pair__comment">{answer.comment}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  )
}

export interface QuestionPairProps {
  item: QuestionComparison
  question: Question | undefined
  first: Assessment
  second: Assessment
  language: string
}

export function QuestionPair({ item, question, first, second, language }: QuestionPairProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const text = question
    ? localize(
        first.meta.respondent === 'shadow' ? question.text.shadow : question.text.state,
        language,
      )
    : ''
  return (
    <article
      className={`cmp-question${item.divergent ? ' cmp-question--divergent' : ''}`}
      aria-labelledby={headingId}
      data-question-id={item.questionId}
    >
      <h4 id={headingId} className="cmp-question__title">
        <span id={questionElementId(item.questionId)} tabIndex={-1} className="cmp-question__id">
          {item.questionId}
        </span>{' '}
        {text}
      </h4>
      {item.divergent ? (
        <p className="cmp-question__divergence">
          <DivergentTag />{' '}
          {item.divergenceReason
            ? t(`compare.reason.${item.divergenceReason}`, { threshold: DIVERGENCE_THRESHOLD })
            : null}
        </p>
      ) : null}
      <div className="cmp-pair">
        <SideDetails
          which="first"
          assessment={first}
          question={question}
          side={item.a}
          language={language}
        />
        <SideDetails
          which="second"
          assessment={second}
          question={question}
          side={item.b}
          language={language}
        />
      </div>
      {item.difference !== null ? (
        <p className="cmp-question__difference">
          {t('compare.questionDifference', {
            difference: formatChangeIn(language, item.a.score, item.b.score),
          })}
        </p>
      ) : null}
    </article>
  )
}
