// An answer in words for the merge preview: "Partly", "Level 2: formal policy adopted",
// "0.35 % of GNI", "2 of 4 items: …", or the special answer with its reason.
import type { TFunction } from 'i18next'
import { localize, type Question } from '@/domain/questionnaire'
import type { Answer, AnswerValue } from '@/domain/assessment/schema'
import type { QuestionStatus } from '@/domain/scoring'
import { formatNumberIn } from '@/features/merge/format'

export function describeValue(
  question: Question,
  value: AnswerValue,
  language: string,
  t: TFunction,
): string {
  const spec = question.answer
  switch (spec.type) {
    case 'yes-partly-no':
      if (value === 'yes' || value === 'partly' || value === 'no') return t(`answers.${value}`)
      break
    case 'maturity': {
      const level = typeof value === 'number' ? spec.levels[value] : undefined
      if (typeof value === 'number' && level) {
        return t('answerText.maturity', {
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
        if (present.length === 0)
          return t('answerText.checklistNone', {
            total: formatNumberIn(language, spec.items.length),
          })
        return t('answerText.checklist', {
          present: formatNumberIn(language, present.length),
          total: formatNumberIn(language, spec.items.length),
          items: present.map((item) => localize(item.label, language)).join('; '),
        })
      }
      break
  }
  // Validation keeps mismatched values out of stored assessments; show an odd value rather than
  // hide that it was recorded.
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/** The answer in words; `status` says why an unscored answer counts for nothing. */
export function describeAnswer(
  question: Question | undefined,
  answer: Answer | undefined,
  status: QuestionStatus | undefined,
  language: string,
  t: TFunction,
): string {
  if (status === 'excluded-role') return t('answerText.excludedRole')
  if (answer?.special === 'not-applicable') {
    return answer.reason?.trim()
      ? t('answerText.notApplicableReason', { reason: answer.reason.trim() })
      : t('specialAnswers.not-applicable')
  }
  if (answer?.special) return t(`specialAnswers.${answer.special}`)
  if (answer?.value === undefined) return t('answerText.unanswered')
  if (!question) return Array.isArray(answer.value) ? answer.value.join(', ') : String(answer.value)
  return describeValue(question, answer.value, language, t)
}
