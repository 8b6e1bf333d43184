// The answers of one assessment as CSV, for people who sort, filter and annotate in a
// spreadsheet. One row per question in questionnaire order. RFC 4180 text (CRLF, quoted fields)
// with a byte-order mark, since spreadsheet programs otherwise guess a legacy encoding and garble
// accents and Arabic. Cells that a spreadsheet would run as a formula are neutralised: answers
// come from other people's files.
import type { Answer, AnswerValue, Assessment, EvidenceItem } from '@/domain/assessment/schema'
import { allQuestionLocations, localize } from '@/domain/questionnaire'
import type { Question, Questionnaire } from '@/domain/questionnaire/schema'
import type { AssessmentScore } from '@/domain/scoring/types'
import { SPECIAL_ANSWER_LABELS } from '@/domain/scoring/strings'

export const CSV_COLUMNS = [
  'Unit',
  'Question',
  'Indicator',
  'Question text',
  'Answer',
  'Special answer',
  'Score',
  'Evidence',
  'Comment',
  'Confidence',
  'Target',
] as const

const BOM = '\uFEFF'
const YES_PARTLY_NO: Record<string, string> = { yes: 'Yes', partly: 'Partly', no: 'No' }

export interface CsvOptions {
  /** Write confidential evidence items out in full (default: count them only). */
  includeConfidential?: boolean
}

/** A plain decimal number is never a formula, so negative numbers keep their sign. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

/**
 * Quotes one cell per RFC 4180 and defuses spreadsheet formulas: a cell starting with = + - @
 * (or a tab or carriage return, which some programs skip before looking) gets a leading
 * apostrophe so it is shown as text, not evaluated.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',')
}

function formatNumber(n: number): string {
  // Up to three decimals, without exponent notation for ordinary magnitudes.
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000)
}

/** An answer value in words, using the question's own labels (level texts, units, items). */
export function describeValue(question: Question, value: AnswerValue, lang: string): string {
  const spec = question.answer
  switch (spec.type) {
    case 'yes-partly-no':
      return typeof value === 'string' ? (YES_PARTLY_NO[value] ?? value) : String(value)
    case 'maturity': {
      if (typeof value !== 'number') return String(value)
      const level = spec.levels[value]
      return level ? `Level ${value}: ${localize(level, lang)}` : `Level ${formatNumber(value)}`
    }
    case 'number':
      return typeof value === 'number'
        ? `${formatNumber(value)} ${localize(spec.unit, lang)}`
        : String(value)
    case 'checklist': {
      if (!Array.isArray(value)) return String(value)
      if (value.length === 0) return 'None of the items'
      const labels = new Map(spec.items.map((item) => [item.id, localize(item.label, lang)]))
      return value.map((id) => labels.get(id) ?? id).join('; ')
    }
  }
}

function describeEvidence(evidence: readonly EvidenceItem[], includeConfidential: boolean): string {
  const shown = includeConfidential ? evidence : evidence.filter((e) => !e.confidential)
  const withheld = evidence.length - shown.length
  const parts = shown.map((e) => {
    const mark = e.confidential ? ' [confidential]' : ''
    return e.url ? `${e.text} (${e.url})${mark}` : `${e.text}${mark}`
  })
  if (withheld > 0)
    parts.push(`${withheld} confidential ${withheld === 1 ? 'source' : 'sources'} withheld`)
  return parts.join(' | ')
}

function describeSpecial(answer: Answer): string {
  if (!answer.special) return ''
  const label = SPECIAL_ANSWER_LABELS[answer.special]
  return answer.special === 'not-applicable' && answer.reason?.trim()
    ? `${label}: ${answer.reason.trim()}`
    : label
}

/**
 * CSV text of an assessment's answers, starting with a byte-order mark; encode it as UTF-8
 * (a Blob or Node's Buffer does) when saving.
 */
export function answersToCsv(
  questionnaire: Questionnaire,
  assessment: Assessment,
  score?: AssessmentScore,
  options: CsvOptions = {},
): string {
  const lang = assessment.meta.language
  const wording = assessment.meta.respondent
  const rows = [csvRow(CSV_COLUMNS)]
  for (const { question, unit } of allQuestionLocations(questionnaire)) {
    const answer = Object.hasOwn(assessment.answers, question.id)
      ? assessment.answers[question.id]
      : undefined
    const questionScore = score?.questions[question.id]?.score
    rows.push(
      csvRow([
        unit.id,
        question.id,
        question.indicator,
        localize(question.text[wording], lang),
        answer?.value === undefined ? '' : describeValue(question, answer.value, lang),
        answer ? describeSpecial(answer) : '',
        questionScore === undefined ? '' : formatNumber(questionScore),
        answer ? describeEvidence(answer.evidence, options.includeConfidential ?? false) : '',
        answer?.comment ?? '',
        answer?.confidence ?? '',
        answer?.target === undefined ? '' : describeValue(question, answer.target, lang),
      ]),
    )
  }
  return `${BOM}${rows.join('\r\n')}\r\n`
}
