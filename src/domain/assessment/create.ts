// Creates a new, empty assessment for a questionnaire. Time and id come from the caller so the
// domain stays pure and tests can fix both.
import type { z } from 'zod'
import type { Questionnaire } from '@/domain/questionnaire/schema'
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  AssessmentMeta,
  type Assessment,
} from '@/domain/assessment/schema'

/** Throws a zod error when the metadata is invalid (the setup form validates it first). */
export function createAssessment(
  questionnaire: Pick<Questionnaire, 'id' | 'version'>,
  meta: z.input<typeof AssessmentMeta>,
  now: Date | string,
  id: string,
  name?: string,
): Assessment {
  const timestamp = typeof now === 'string' ? now : now.toISOString()
  const assessment: Assessment = {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    meta: AssessmentMeta.parse(meta),
    answers: {},
    createdAt: timestamp,
    updatedAt: timestamp,
  }
  if (name !== undefined) assessment.name = name
  return assessment
}
