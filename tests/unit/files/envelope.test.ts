// Export envelope and round trip (reliability.md item 2): ≥ 500 generated assessments survive
// export → import unchanged, and export → import → export gives the same bytes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Assessment } from '@/domain/assessment/schema'
import {
  CURRENT_APP,
  FILE_FORMAT,
  FILE_FORMAT_VERSION,
  serializeFile,
  suggestFileName,
} from '@/domain/files/envelope'
import { parseAssessmentFile } from '@/domain/files/import'
import { assessment, library } from './arbitraries'
import { readFixture } from './helpers'

const SEED = 20_260_227
const EXPORTED_AT = '2026-02-27T10:00:00.000Z'

/** The same object with every object's keys in reverse order, as another code path might build it. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  )
}

describe('serializeFile', () => {
  it('writes the envelope with format, version, export time and app first', () => {
    const text = serializeFile([], EXPORTED_AT)
    expect(JSON.parse(text)).toEqual({
      format: FILE_FORMAT,
      version: FILE_FORMAT_VERSION,
      exportedAt: EXPORTED_AT,
      app: CURRENT_APP,
      assessments: [],
    })
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'exportedAt',
      'app',
      'assessments',
    ])
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('gives the same bytes whatever order the keys were in memory', () => {
    fc.assert(
      fc.property(library, (assessments) => {
        const shuffled = assessments.map((a) => Assessment.parse(reverseKeys(a)))
        expect(serializeFile(shuffled, EXPORTED_AT)).toBe(serializeFile(assessments, EXPORTED_AT))
      }),
      { seed: SEED, numRuns: 200 },
    )
  })

  it('puts what an assessment is before its answers', () => {
    const text = readFixture('v2.json')
    const first =
      (JSON.parse(text) as { assessments: Record<string, unknown>[] }).assessments[0] ?? {}
    expect(Object.keys(first)).toEqual([
      'format',
      'formatVersion',
      'id',
      'name',
      'questionnaire',
      'meta',
      'createdAt',
      'updatedAt',
      'answers',
    ])
  })
})

describe('round trip (reliability 2)', () => {
  it('export → import is deep-equal and export → import → export is byte-identical for 500 assessments', () => {
    let runs = 0
    fc.assert(
      fc.property(assessment, (original) => {
        runs += 1
        const exported = serializeFile([original], EXPORTED_AT)
        const result = parseAssessmentFile(exported)
        if (!result.ok) throw new Error(result.message)
        expect(result.assessments).toStrictEqual([original])
        expect(serializeFile(result.assessments, EXPORTED_AT)).toBe(exported)
      }),
      { seed: SEED, numRuns: 500 },
    )
    expect(runs).toBeGreaterThanOrEqual(500)
  })

  it('round-trips whole libraries, order kept', () => {
    fc.assert(
      fc.property(
        library.filter((l) => l.length > 0),
        (assessments) => {
          const exported = serializeFile(assessments, EXPORTED_AT)
          const result = parseAssessmentFile(exported)
          if (!result.ok) throw new Error(result.message)
          expect(result.assessments).toStrictEqual(assessments)
          expect(serializeFile(result.assessments, EXPORTED_AT, result.app)).toBe(exported)
        },
      ),
      { seed: SEED + 1, numRuns: 100 },
    )
  })

  it('re-exports the committed current-version sample byte for byte', () => {
    const text = readFixture(`v${FILE_FORMAT_VERSION}.json`)
    const result = parseAssessmentFile(text)
    if (!result.ok) throw new Error(result.message)
    expect(serializeFile(result.assessments, result.exportedAt ?? '', result.app)).toBe(text)
  })
})

describe('suggestFileName', () => {
  it('names a single assessment after it and a library as a library, safe for any file system', () => {
    const result = parseAssessmentFile(readFixture('v2.json'))
    if (!result.ok) throw new Error(result.message)
    const [first] = result.assessments
    if (!first) throw new Error('sample is empty')
    expect(suggestFileName([first], EXPORTED_AT)).toBe(
      'assessment-self-assessment-2024-sample-2026-02-27.json',
    )
    expect(suggestFileName(result.assessments, EXPORTED_AT)).toBe(
      'assessment-library-2026-02-27.json',
    )
    const arabic = { ...first, name: undefined, meta: { ...first.meta, state: 'مصر' } }
    expect(suggestFileName([arabic], EXPORTED_AT, 'csv')).toBe(
      'assessment-assessment-2026-02-27.csv',
    )
    const accented = { ...first, name: 'Côte d’Ivoire / 2025: draft?' }
    expect(suggestFileName([accented], EXPORTED_AT)).toBe(
      'assessment-cote-d-ivoire-2025-draft-2026-02-27.json',
    )
  })
})
