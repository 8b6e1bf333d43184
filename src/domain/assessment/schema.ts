// The assessment record: one State, one respondent, one period, answers keyed by question id.
// This is what the app stores, what files carry (inside the envelope of src/domain/files) and
// what the scoring engine reads. Checks that need the questionnaire (unknown question ids,
// values that do not fit the answer type) live in ./validate.ts.
import { z } from 'zod'
import { LanguageCode, Role } from '@/domain/questionnaire/schema'

import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION } from './format'

export { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION }

export const RESPONDENT_TYPES = ['state', 'shadow'] as const
export const RespondentType = z.enum(RESPONDENT_TYPES)
export type RespondentType = z.infer<typeof RespondentType>

export const SPECIAL_ANSWERS = ['not-applicable', 'dont-know', 'not-public'] as const
export const SpecialAnswer = z.enum(SPECIAL_ANSWERS)
export type SpecialAnswer = z.infer<typeof SpecialAnswer>

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const
export const Confidence = z.enum(CONFIDENCE_LEVELS)
export type Confidence = z.infer<typeof Confidence>

export const EVIDENCE_KINDS = ['citation', 'link', 'document'] as const
export const EvidenceItem = z.object({
  id: z.string().min(1),
  kind: z.enum(EVIDENCE_KINDS),
  /** Citation text, link title or document reference. */
  text: z.string().trim().min(1, 'describe the evidence'),
  url: z.string().optional(),
  confidential: z.boolean().default(false),
})
export type EvidenceItem = z.infer<typeof EvidenceItem>

/**
 * An answer value; which form is valid depends on the question's answer type:
 * yes-partly-no → "yes" | "partly" | "no"; maturity → integer 0–4; number → finite number;
 * checklist → ids of the items present.
 */
export const AnswerValue = z.union([
  z.enum(['yes', 'partly', 'no']),
  z.number().refine(Number.isFinite, 'a finite number is required'),
  z.array(z.string()),
])
export type AnswerValue = z.infer<typeof AnswerValue>

export const Answer = z
  .object({
    value: AnswerValue.optional(),
    special: SpecialAnswer.optional(),
    /** Required with special "not-applicable". */
    reason: z.string().optional(),
    evidence: z.array(EvidenceItem).default([]),
    comment: z.string().optional(),
    confidence: Confidence.optional(),
    /** The value the respondent plans to reach; feeds the planned profile. */
    target: AnswerValue.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.special === 'not-applicable' && !a.reason?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'give a reason why the question does not apply',
      })
    }
  })
export type Answer = z.infer<typeof Answer>
export type AnswerInput = z.input<typeof Answer>

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD is required')

export const AssessmentMeta = z
  .object({
    /** Name of the State assessed, in UN terminology (or typed in). */
    state: z.string().trim().min(1, 'name the State assessed'),
    respondent: RespondentType,
    roles: z.array(Role).min(1, 'choose at least one cooperation role'),
    period: z.object({ from: IsoDate, to: IsoDate }),
    organisation: z.string().trim().min(1, 'name the organisation making the assessment'),
    author: z.string().optional(),
    language: LanguageCode,
    confidentialityNote: z.string().optional(),
    /** Built-in examples are marked so the app and the report can say so everywhere. */
    example: z.boolean().optional(),
  })
  .superRefine((m, ctx) => {
    if (m.period.from > m.period.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'to'],
        message: 'the end of the period must not be before its start',
      })
    }
  })
export type AssessmentMeta = z.infer<typeof AssessmentMeta>

export const Assessment = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  formatVersion: z.literal(ASSESSMENT_FORMAT_VERSION),
  id: z.string().min(1),
  /** A short name the user gives the assessment in the library. */
  name: z.string().optional(),
  questionnaire: z.object({ id: z.string().min(1), version: z.string().min(1) }),
  meta: AssessmentMeta,
  answers: z.record(z.string(), Answer),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Assessment = z.infer<typeof Assessment>
export type AssessmentInput = z.input<typeof Assessment>
