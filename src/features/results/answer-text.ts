// Describes a respondent's answer (or target) in words for the gaps and targets lists, in the
// reader's language: "Partly", "Level 2: formal policy adopted", "0.35 % of GNI", "2 of 4 items: …".
import type { TFunction } from 'i18next'
import { localize, type Question } from '@/domain/questionnaire'
import type { Answer, AnswerValue, RespondentType } from '@/domain/assessment/schema'
import { formatNumberIn } from '@/features/results/format'

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
): string {
  const spec = question.answer
  switch (spec.type) {
    case 'yes-partly-no':
      if (value === 'yes' || value === 'partly' || value === 'no') return t(`answers.${value}`)
      break
    case 'maturity': {
      const level = typeof value === 'number' ? spec.levels[value] : undefined
      if (typeof value === 'number' && level) {
        return t('results.answer.maturity', {
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
          return t('results.answer.checklistNone', {
            total: formatNumberIn(language, spec.items.length),
          })
        }
        return t('results.answer.checklist', {
          present: formatNumberIn(language, present.length),
          total: formatNumberIn(language, spec.items.length),
          items: present.map((item) => localize(item.label, language)).join('; '),
        })
      }
      break
  }
  // Validation keeps mismatched values out of stored assessments; show the raw value rather than
  // hide that something odd was recorded.
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/** The current answer in words, including special answers. */
export function describeAnswer(
  question: Question,
  answer: Answer | undefined,
  language: string,
  t: TFunction,
): string {
  if (answer?.special) return t(`specialAnswers.${answer.special}`)
  if (answer?.value === undefined) return t('results.answer.unanswered')
  return describeValue(question, answer.value, language, t)
}
