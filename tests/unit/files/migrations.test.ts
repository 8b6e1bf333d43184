// File-format versions (reliability.md item 3): one committed sample per released version, each
// migrates and validates; every migration step has a sample that exercises it; a newer file is
// refused and changes nothing.
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { validateAssessment } from '@/domain/assessment/validate'
import { FILE_FORMAT, FILE_FORMAT_VERSION, serializeFile } from '@/domain/files/envelope'
import { parseAssessmentFile } from '@/domain/files/import'
import {
  FILE_MIGRATIONS,
  OLDEST_FILE_FORMAT_VERSION,
  legacyEvidenceId,
  migrateFile,
  needsMigration,
} from '@/domain/files/migrations'
import { FIXTURE_DIR, expectOneSentence, importInto, readFixture } from './helpers'
import { testQuestionnaire } from './questionnaire'

const versions = Array.from(
  { length: FILE_FORMAT_VERSION - OLDEST_FILE_FORMAT_VERSION + 1 },
  (_, i) => OLDEST_FILE_FORMAT_VERSION + i,
)

describe('sample files, one per released format version', () => {
  it('has exactly one sample per version from the oldest to the current, and none beyond', () => {
    const samples = readdirSync(fileURLToPath(FIXTURE_DIR))
      .filter((f) => f.endsWith('.json'))
      .sort()
    expect(samples).toEqual(versions.map((v) => `v${v}.json`).sort())
  })

  it.each(versions)('format %i opens, migrates and fits its questionnaire', (version) => {
    const result = parseAssessmentFile(readFixture(`v${version}.json`), {
      questionnaires: [testQuestionnaire],
    })
    if (!result.ok) throw new Error(result.message)
    expect(result.sourceVersion).toBe(version)
    expect(result.migrations).toHaveLength(FILE_FORMAT_VERSION - version)
    expect(result.assessments.length).toBeGreaterThan(0)
    for (const assessment of result.assessments) {
      expect(validateAssessment(assessment, testQuestionnaire)).toEqual({ ok: true, assessment })
    }
  })

  it('runs every migration step on some sample, so no step goes untested', () => {
    const exercised = new Set<string>()
    for (const version of versions) {
      const raw: unknown = JSON.parse(readFixture(`v${version}.json`))
      const result = migrateFile(raw, version, (step) => exercised.add(step.name))
      expect(result.ok).toBe(true)
    }
    expect([...exercised].sort()).toEqual(FILE_MIGRATIONS.map((m) => m.name).sort())
  })

  it('chains steps one version at a time from the oldest format to the current one', () => {
    FILE_MIGRATIONS.forEach((step, i) => {
      expect(step.from).toBe(OLDEST_FILE_FORMAT_VERSION + i)
      expect(step.to).toBe(step.from + 1)
    })
    expect(FILE_MIGRATIONS.at(-1)?.to ?? OLDEST_FILE_FORMAT_VERSION).toBe(FILE_FORMAT_VERSION)
    expect(new Set(FILE_MIGRATIONS.map((m) => m.name)).size).toBe(FILE_MIGRATIONS.length)
  })
})

describe('format 1 → 2', () => {
  const migrated = parseAssessmentFile(readFixture('v1.json'))
  const current = parseAssessmentFile(readFixture('v2.json'))
  if (!migrated.ok || !current.ok) throw new Error('samples must open')

  it('gives the same assessments as the current sample made from them', () => {
    expect(current.assessments.slice(0, migrated.assessments.length)).toStrictEqual(
      migrated.assessments,
    )
  })

  it('turns "na" with its reason into the special answer "not applicable"', () => {
    const answer = migrated.assessments[0]?.answers['7.4-O1']
    expect(answer?.special).toBe('not-applicable')
    expect(answer?.reason).toBe(
      'No consultation closed during the period, so no comments were answered.',
    )
    expect(answer).not.toHaveProperty('na')
    expect(answer).not.toHaveProperty('naReason')
  })

  it('keeps other special answers and gives evidence stable ids, not confidential', () => {
    const shadow = migrated.assessments[1]
    expect(shadow?.answers['7.4-S1']?.special).toBe('not-public')
    expect(shadow?.answers['7.4-P1']?.special).toBe('dont-know')
    expect(shadow?.answers['7.4-P1']?.evidence).toEqual([])
    expect(migrated.assessments[0]?.answers['7.4-P1']?.evidence).toEqual([
      {
        id: legacyEvidenceId('7.4-P1', 0),
        kind: 'link',
        text: 'Summary of comments received',
        url: 'https://example.org/consultation-summary',
        confidential: false,
      },
      {
        id: legacyEvidenceId('7.4-P1', 1),
        kind: 'document',
        text: 'Internal memo 2024/17',
        confidential: false,
      },
    ])
  })

  it('gives the same result every time the same old file is imported', () => {
    const again = parseAssessmentFile(readFixture('v1.json'))
    if (!again.ok) throw new Error(again.message)
    expect(serializeFile(again.assessments, 'x')).toBe(serializeFile(migrated.assessments, 'x'))
  })

  it('refuses a format-1 answer that is both "not applicable" and another special answer', () => {
    const raw = JSON.parse(readFixture('v1.json')) as {
      data: { answers: Record<string, object> }[]
    }
    const first = raw.data[0]
    if (!first) throw new Error('sample is empty')
    first.answers['7.4-O1'] = { na: true, naReason: 'n/a', special: 'dont-know' }
    const result = parseAssessmentFile(JSON.stringify(raw))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.code).toBe('migration-failed')
    expect(result.message).toMatch(/^This file \(format 1\) could not be brought up to date/)
    expectOneSentence(result.message)
  })
})

describe('versions the app cannot read', () => {
  const library = (() => {
    const r = parseAssessmentFile(readFixture('v2.json'))
    if (!r.ok) throw new Error(r.message)
    return r.assessments
  })()

  it('refuses a file from a newer version with a clear message and changes nothing', () => {
    const raw = JSON.parse(readFixture('v2.json')) as Record<string, unknown>
    const newer = JSON.stringify({
      ...raw,
      version: FILE_FORMAT_VERSION + 1,
      assessments: [{ anything: 'new' }],
    })
    const before = JSON.stringify(library)
    const flow = importInto(library, newer)
    expect(flow).toEqual({
      ok: false,
      library,
      message: `This file was made by a newer version of the app (format ${FILE_FORMAT_VERSION + 1}); update the app to open it.`,
    })
    expect(JSON.stringify(library)).toBe(before)
  })

  it('refuses an assessment from a newer assessment format the same way', () => {
    const bare = { ...library[0], formatVersion: 7, somethingNew: true }
    const result = parseAssessmentFile(JSON.stringify(bare))
    expect(result).toMatchObject({ ok: false, code: 'newer-version' })
    if (!result.ok)
      expect(result.message).toMatch(/newer version of the app .*update the app to open it\.$/)
  })

  it.each([
    [0, 'never existed'],
    [1.5, 'does not say which format version'],
    ['2', 'does not say which format version'],
    [null, 'does not say which format version'],
  ])('refuses a file claiming version %s', (version, words) => {
    const result = parseAssessmentFile(
      JSON.stringify({ format: FILE_FORMAT, version, assessments: [] }),
    )
    expect(result).toMatchObject({ ok: false, code: 'unknown-version' })
    if (!result.ok) {
      expect(result.message).toContain(words)
      expectOneSentence(result.message)
    }
  })

  it('refuses layouts that contradict their version', () => {
    const v1InNewLayout = parseAssessmentFile(
      JSON.stringify({ format: FILE_FORMAT, version: 1, assessments: [] }),
    )
    const v2InOldLayout = parseAssessmentFile(
      JSON.stringify({ type: 'isa-export', version: 2, data: [] }),
    )
    expect(v1InNewLayout).toMatchObject({ ok: false, code: 'unknown-version' })
    expect(v2InOldLayout).toMatchObject({ ok: false, code: 'unknown-version' })
  })
})

describe('needsMigration', () => {
  it('is true only for known older versions, so the caller backs up exactly then', () => {
    expect(needsMigration(1)).toBe(true)
    expect(needsMigration(FILE_FORMAT_VERSION)).toBe(false)
    expect(needsMigration(FILE_FORMAT_VERSION + 1)).toBe(false)
    expect(needsMigration(0)).toBe(false)
    expect(needsMigration(1.5)).toBe(false)
    expect(needsMigration(Number.NaN)).toBe(false)
  })
})
