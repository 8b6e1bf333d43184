// Named, ordered steps that bring an assessment file from any earlier format version to the
// current one, one version at a time, so a file saved years ago still opens. Every step has a
// committed sample file in tests/fixtures/file-versions and a test fails when one is missing or
// never run. Steps work on plain JSON and check the shape they expect first: their input is a
// file from disk, not trusted data.
//
// Format history:
//   1  { type: "isa-export", version: 1, exportedAt, data: [...] }. Assessments carried no format
//      marker of their own; an answer marked "not applicable" used `na: true` + `naReason`;
//      evidence items had no `id` and no `confidential` flag.
//   2  { format: "international-solidarity-assessment-file", version: 2, exportedAt, app,
//      assessments: [...] } with assessments as in src/domain/assessment/schema.ts.
import { z } from 'zod'
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  EVIDENCE_KINDS,
} from '@/domain/assessment/schema'
import { APP_NAME, FILE_FORMAT, FILE_FORMAT_VERSION } from './envelope'
import { describeFirstIssue, fileErrorMap } from './messages'

export const OLDEST_FILE_FORMAT_VERSION = 1

export interface FileMigration {
  /** Stable name, used in tests and in the record of what was done to a file. */
  name: string
  from: number
  to: number
  /** Returns the file in format `to`, or a short description of why it cannot. */
  up(file: unknown): { ok: true; file: unknown } | { ok: false; problem: string }
}

// ---------------------------------------------------------------------------------------------
// Format 1

export const LEGACY_V1_TYPE = 'isa-export'

const V1Evidence = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  text: z.string(),
  url: z.string().optional(),
})

const V1Answer = z
  .looseObject({
    na: z.boolean().optional(),
    naReason: z.string().optional(),
    special: z.enum(['dont-know', 'not-public']).optional(),
    evidence: z.array(V1Evidence).optional(),
  })
  .refine((a) => !(a.na === true && a.special !== undefined), {
    message: 'an answer cannot be both “not applicable” and another special answer',
  })

const V1Assessment = z.looseObject({
  answers: z.record(z.string(), V1Answer),
})

const V1File = z.object({
  type: z.literal(LEGACY_V1_TYPE),
  version: z.literal(1),
  exportedAt: z.string(),
  data: z.array(V1Assessment),
})

/** Evidence ids for migrated items: stable, so importing the same old file twice agrees. */
export function legacyEvidenceId(questionId: string, index: number): string {
  return `${questionId}-evidence-${index + 1}`
}

function upgradeV1Answer(
  questionId: string,
  answer: z.infer<typeof V1Answer>,
): Record<string, unknown> {
  const { na, naReason, special, evidence, ...rest } = answer
  const out: Record<string, unknown> = { ...rest }
  if (na === true) out.special = 'not-applicable'
  else if (special !== undefined) out.special = special
  // Kept even without `na`: a reason someone wrote down is not ours to drop.
  if (naReason !== undefined) out.reason = naReason
  out.evidence = (evidence ?? []).map((item, index) => ({
    id: legacyEvidenceId(questionId, index),
    kind: item.kind,
    text: item.text,
    ...(item.url === undefined ? {} : { url: item.url }),
    confidential: false,
  }))
  return out
}

const v1ToV2: FileMigration = {
  name: 'v1-to-v2-envelope-special-answers-evidence-ids',
  from: 1,
  to: 2,
  up(file) {
    const parsed = V1File.safeParse(file, { error: fileErrorMap })
    if (!parsed.success) return { ok: false, problem: describeFirstIssue(parsed.error) }
    const assessments = parsed.data.data.map((assessment) => {
      const answers: Record<string, unknown> = {}
      for (const [questionId, answer] of Object.entries(assessment.answers)) {
        answers[questionId] = upgradeV1Answer(questionId, answer)
      }
      return {
        ...assessment,
        format: ASSESSMENT_FORMAT,
        formatVersion: ASSESSMENT_FORMAT_VERSION,
        answers,
      }
    })
    return {
      ok: true,
      file: {
        format: FILE_FORMAT,
        version: 2,
        exportedAt: parsed.data.exportedAt,
        app: { name: APP_NAME, version: 'unknown (file format 1)' },
        assessments,
      },
    }
  },
}

// ---------------------------------------------------------------------------------------------

/** In order; step i goes from version OLDEST + i to OLDEST + i + 1. */
export const FILE_MIGRATIONS: readonly FileMigration[] = [v1ToV2]

/** True when a file (or stored data) of this format version must be migrated before use. The
 * caller backs up the raw bytes first. */
export function needsMigration(version: number): boolean {
  return (
    Number.isInteger(version) &&
    version >= OLDEST_FILE_FORMAT_VERSION &&
    version < FILE_FORMAT_VERSION
  )
}

export type MigrationResult =
  | { ok: true; file: unknown; steps: string[] }
  | { ok: false; step: string; from: number; problem: string }

/**
 * Runs every step from `fromVersion` up to the current format. `onStep` is told of each step
 * run (tests use it to prove every step is exercised).
 */
export function migrateFile(
  file: unknown,
  fromVersion: number,
  onStep?: (step: FileMigration) => void,
): MigrationResult {
  let current = file
  const steps: string[] = []
  for (let version = fromVersion; version < FILE_FORMAT_VERSION; version += 1) {
    const step = FILE_MIGRATIONS.find((m) => m.from === version)
    if (!step)
      return {
        ok: false,
        step: 'none',
        from: version,
        problem: `no migration from format ${version} exists`,
      }
    onStep?.(step)
    const result = step.up(current)
    if (!result.ok) return { ok: false, step: step.name, from: version, problem: result.problem }
    current = result.file
    steps.push(step.name)
  }
  return { ok: true, file: current, steps }
}
