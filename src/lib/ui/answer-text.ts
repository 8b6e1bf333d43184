// An answer in words, in the reader's language, for every screen that shows answers (results,
// compare, merge): "Partly", "Level 2: formal policy adopted", "0.35 % of GNI", "2 of 4 items: …",
// or the special answer with its reason.
import type { TFunction } from 'i18next'
import { localize, type Question } from '@/domain/questionnaire'
import type { Answer, AnswerValue, RespondentType } from '@/domain/assessment/schema'
import type { QuestionStatus } from '@/domain/scoring'
import { formatNumberIn } from '@/lib/ui/score-format'

/**
 * The catalog group holding the phrases: the results screens keep their own copy of them so that
 * their translators can word them for the results lists.
 */
export type AnswerTextKeys = 'answerText' | 'results.answer'

export interface DescribeAnswerOptions {
  keys?: AnswerTextKeys
  /** Say the reason given with "not applicable" (true unless the screen shows it elsewhere). */
  withReason?: boolean
}

/** The question in the wording for this respondent type. */
export function questionText(
  question: Question,
  respondent: RespondentType,
  language: string,
): string {
  return localize(respondent === 'shadow' ? question.text.shadow : question.text.state, language)
}

/** A value of the question's answer type in words. */
export function describeValue(
  question: Question,
  value: AnswerValue,
  language: string,
  t: TFunction,
  keys: AnswerTextKeys = 'answerText',
): string {
  const spec = question.answer
  switch (spec.type) {
    case 'yes-partly-no':
      if (value === 'yes' || value === 'partly' || value === 'no') return t(`answers.${value}`)
      break
    case 'maturity': {
      const level = typeof value === 'number' ? spec.levels[value] : undefined
      if (typeof value === 'number' && level) {
        return t(`${keys}.maturity`, {
          level: formatNumberIn(language, value),
          description: localize(level, language),
        })
      }
      break
    }
    case 'number':
      if (typeof value === 'number')
        return `${formatNumberIn(language, value)} ${localize(spec.unit, language)}`
      break
    case 'checklist':
      if (Array.isArray(value)) {
        const present = spec.items.filter((item) => value.includes(item.id))
        if (present.length === 0) {
          return t(`${keys}.checklistNone`, {
            total: formatNumberIn(language, spec.items.length),
          })
        }
        return t(`${keys}.checklist`, {
          present: formatNumberIn(language, present.length),
          total: formatNumberIn(language, spec.items.length),
          items: present.map((item) => localize(item.label, language)).join('; '),
        })
      }
      break
  }
  // Validation keeps mismatched values out of stored assessments; show an odd value rather than
  // hide that it was recorded.
  return rawValue(value)
}

function rawValue(value: AnswerValue): string {
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/**
 * The answer in words, special answers included; `status` says why an unscored answer counts for
 * nothing, and a missing question (an answer to a question the questionnaire no longer has)
 * shows the stored value as it is.
 */
export function describeAnswer(
  question: Question | undefined,
  answer: Answer | undefined,
  status: QuestionStatus | undefined,
  language: string,
  t: TFunction,
  { keys = 'answerText', withReason = true }: DescribeAnswerOptions = {},
): string {
  if (status === 'excluded-role') return t('answerText.excludedRole')
  if (withReason && answer?.special === 'not-applicable' && answer.reason?.trim()) {
    return t('answerText.notApplicableReason', { reason: answer.reason.trim() })
  }
  if (answer?.special) return t(`specialAnswers.${answer.special}`)
  if (answer?.value === undefined) return t(`${keys}.unanswered`)
  if (!question) return rawValue(answer.value)
  return describeValue(question, answer.value, language, t, keys)
}
