// Scores are derived data: computed once per assessment object (the store replaces the object
// on every change) so lists of hundreds of assessments re-render cheaply.
import { scoreAssessment, type AssessmentScore } from '@/domain/scoring'
import type { Questionnaire } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'

const cache = new WeakMap<Assessment, { questionnaire: Questionnaire; score: AssessmentScore }>()

export function cachedScore(questionnaire: Questionnaire, assessment: Assessment): AssessmentScore {
  const hit = cache.get(assessment)
  if (hit && hit.questionnaire === questionnaire) return hit.score
  const score = scoreAssessment(questionnaire, assessment)
  cache.set(assessment, { questionnaire, score })
  return score
}

export type UnitProgress = 'not-started' | 'in-progress' | 'complete'

/** Complete: every in-role question answered or marked; in progress: at least one. */
export function unitProgress(score: AssessmentScore, questionIds: readonly string[]): UnitProgress {
  const inRole = questionIds
    .map((id) => score.questions[id])
    .filter((q): q is NonNullable<typeof q> => q !== undefined && q.status !== 'excluded-role')
  const done = inRole.filter((q) => q.status !== 'unanswered').length
  if (inRole.length > 0 && done === inRole.length) return 'complete'
  return done > 0 ? 'in-progress' : 'not-started'
}
