// Validates an assessment against its questionnaire: the shape (zod) first, then what only the
// questionnaire knows (question ids, answer types, ranges, checklist items). People fix files by
// hand, so every problem names the exact place, e.g. `answers["7.1-S1"].value`, and says what to do.
import { z } from 'zod'
import type { AnswerSpec, Question, Questionnaire } from '@/domain/questionnaire/schema'
import { Assessment, type AnswerValue } from '@/domain/assessment/schema'
import { MATURITY_MAX_LEVEL } from '@/domain/scoring/rules'
import {
  describeExpected,
  formatPathWith,
  formatProblemLines,
  listWords,
  requiredMessage,
  type ValidationProblem,
} from '@/domain/validation/problems'

export { createAssessment } from '@/domain/assessment/create'

export type { ValidationProblem }

export type AssessmentValidation =
  { ok: true; assessment: Assessment } | { ok: false; problems: ValidationProblem[] }

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** `answers["7.1-S1"].evidence[0].text`: answer keys are always bracketed, as question ids hold dots. */
export function formatAssessmentPath(path: readonly PropertyKey[]): string {
  return formatPathWith(
    path,
    (key, i) => !(i === 1 && path[0] === 'answers') && IDENTIFIER.test(key),
  )
}

/** One problem per line, `path: message`. */
export const formatValidationProblems = formatProblemLines

/** Messages for issues the schema does not word itself (schema messages take precedence). */
const humanError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return requiredMessage(describeExpected(issue.expected), issue.input, 'a boolean')
    case 'invalid_value': {
      if (issue.values.length === 1)
        return `only ${JSON.stringify(issue.values[0])} is accepted here`
      return `use one of ${listWords(issue.values)}`
    }
    case 'invalid_union':
      return 'use "yes", "partly" or "no", a number, or a list of checklist item ids'
    case 'too_small':
      if (issue.origin === 'string') return 'the text may not be empty'
      if (issue.origin === 'array') return `at least ${Number(issue.minimum)} entries are required`
      return `use a number of at least ${Number(issue.minimum)}`
    default:
      return undefined
  }
}

/** What a value must look like for an answer type, as a user-facing phrase. */
function expectedForm(spec: AnswerSpec): string {
  switch (spec.type) {
    case 'yes-partly-no':
      return 'use "yes", "partly" or "no"'
    case 'maturity':
      return `use a whole number from 0 to ${MATURITY_MAX_LEVEL}`
    case 'number':
      return `use a number from ${spec.min} to ${spec.max}`
    case 'checklist':
      return `use a list of item ids (${spec.items.map((i) => i.id).join(', ')})`
  }
}

/** Problems with one value (or target) for a question; `path` points at the value. */
function checkValue(
  question: Question,
  value: AnswerValue,
  path: PropertyKey[],
  report: (path: PropertyKey[], message: string) => void,
): void {
  const spec = question.answer
  switch (spec.type) {
    case 'yes-partly-no':
      if (typeof value !== 'string') report(path, expectedForm(spec))
      return
    case 'maturity':
      if (
        typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < 0 ||
        value > MATURITY_MAX_LEVEL
      ) {
        report(path, expectedForm(spec))
      }
      return
    case 'number':
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        value < spec.min ||
        value > spec.max
      ) {
        report(path, expectedForm(spec))
      }
      return
    case 'checklist': {
      if (!Array.isArray(value)) {
        report(path, expectedForm(spec))
        return
      }
      const known = new Set(spec.items.map((i) => i.id))
      const seen = new Set<string>()
      value.forEach((id, i) => {
        if (!known.has(id)) {
          report([...path, i], `"${id}" is not an item of this checklist: ${expectedForm(spec)}`)
        } else if (seen.has(id)) {
          report([...path, i], `"${id}" is listed twice: list each item once`)
        }
        seen.add(id)
      })
      return
    }
  }
}

/** Checks an assessment read from a file or storage against the questionnaire it names. */
export function validateAssessment(
  input: unknown,
  questionnaire: Questionnaire,
): AssessmentValidation {
  const parsed = Assessment.safeParse(input, { error: humanError })
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatAssessmentPath(issue.path),
        message: issue.message,
      })),
    }
  }
  const assessment = parsed.data
  const problems: ValidationProblem[] = []
  const report = (path: PropertyKey[], message: string) =>
    problems.push({ path: formatAssessmentPath(path), message })

  if (assessment.questionnaire.id !== questionnaire.id) {
    report(
      ['questionnaire', 'id'],
      `this assessment answers questionnaire "${assessment.questionnaire.id}", not "${questionnaire.id}"`,
    )
    return { ok: false, problems }
  }

  const questions = new Map<string, Question>()
  for (const article of questionnaire.articles) {
    for (const unit of article.units) for (const q of unit.questions) questions.set(q.id, q)
  }
  const shadow = assessment.meta.respondent === 'shadow'

  for (const [id, answer] of Object.entries(assessment.answers)) {
    const base: PropertyKey[] = ['answers', id]
    const question = questions.get(id)
    if (!question) {
      report(base, `no such question in ${questionnaire.id} ${questionnaire.version}`)
      continue
    }
    if (answer.special === 'not-public' && !shadow) {
      report(
        [...base, 'special'],
        '"not-public" (information not public) is only for shadow assessments: a State answers from its own records',
      )
    }
    if (answer.special !== undefined && answer.value !== undefined) {
      report(
        [...base, 'value'],
        `an answer cannot have both a value and the special answer "${answer.special}": remove one of them`,
      )
    } else if (answer.value !== undefined) {
      checkValue(question, answer.value, [...base, 'value'], report)
    }
    if (answer.target !== undefined)
      checkValue(question, answer.target, [...base, 'target'], report)
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, assessment }
}
