// What the library list shows of an assessment, small enough to keep all of them in the stored
// index: a library of hundreds of assessments is listed from one small read, before the full
// records (tens of kilobytes each) have been read and checked (performance.md, "opening a library
// of 500 assessments"). A summary is derived data: it never replaces the record, and the list is
// redrawn from the records themselves once they are read.
import type { Assessment } from '@/domain/assessment/schema'

export interface AssessmentSummary {
  id: string
  name?: string
  state: string
  respondent: Assessment['meta']['respondent']
  example?: true
  period: { from: string; to: string }
  updatedAt: string
  questionnaire: { id: string; version: string }
  /** Share of applicable questions answered (0–1), as the scoring engine counts it; absent when
   * it was not known when the summary was made. */
  progress?: number
}

export function summarizeAssessment(a: Assessment, progress?: number): AssessmentSummary {
  return {
    id: a.id,
    ...(a.name ? { name: a.name } : {}),
    state: a.meta.state,
    respondent: a.meta.respondent,
    ...(a.meta.example ? { example: true as const } : {}),
    period: { from: a.meta.period.from, to: a.meta.period.to },
    updatedAt: a.updatedAt,
    questionnaire: { id: a.questionnaire.id, version: a.questionnaire.version },
    ...(progress !== undefined && Number.isFinite(progress) ? { progress } : {}),
  }
}

const isString = (v: unknown): v is string => typeof v === 'string'

/** Checks a summary read from storage field by field (no schema library: it runs before any is
 * loaded). Anything unexpected makes it invalid, and the list then waits for the full records. */
export function isAssessmentSummary(v: unknown): v is AssessmentSummary {
  if (typeof v !== 'object' || v === null) return false
  const s = v as Record<string, unknown>
  const period = s.period as Record<string, unknown> | null | undefined
  const questionnaire = s.questionnaire as Record<string, unknown> | null | undefined
  return (
    isString(s.id) &&
    (s.name === undefined || isString(s.name)) &&
    isString(s.state) &&
    (s.respondent === 'state' || s.respondent === 'shadow') &&
    (s.example === undefined || s.example === true) &&
    typeof period === 'object' &&
    period !== null &&
    isString(period.from) &&
    isString(period.to) &&
    isString(s.updatedAt) &&
    typeof questionnaire === 'object' &&
    questionnaire !== null &&
    isString(questionnaire.id) &&
    isString(questionnaire.version) &&
    (s.progress === undefined ||
      (typeof s.progress === 'number' && s.progress >= 0 && s.progress <= 1))
  )
}

/** True when both describe the assessment the same way (a stored summary needs no rewrite). */
export function sameSummary(
  a: AssessmentSummary | undefined,
  b: AssessmentSummary | undefined,
): boolean {
  if (a === b) return true
  if (!a || !b) return false
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.state === b.state &&
    a.respondent === b.respondent &&
    a.example === b.example &&
    a.period.from === b.period.from &&
    a.period.to === b.period.to &&
    a.updatedAt === b.updatedAt &&
    a.questionnaire.id === b.questionnaire.id &&
    a.questionnaire.version === b.questionnaire.version &&
    a.progress === b.progress
  )
}
