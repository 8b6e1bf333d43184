// Merging section files: the preview by hand, conflicts resolved one by one, and the properties
// (disjoint units give their union, a file merged with itself changes nothing, the result equals
// the preview).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Answer, Assessment } from '@/domain/assessment/schema'
import {
  applyMerge,
  preferResolutions,
  previewMerge,
  resolvedAnswer,
  sameAnswer,
} from '@/domain/merge'
import { ans, fixtureQuestionnaire, makeAssessment } from '../fixtures/scoring/factory'
import { PROPERTY_RUNS, arbAssessment } from '../fixtures/scoring/arbitraries'

const q = fixtureQuestionnaire()

describe('previewMerge and applyMerge', () => {
  const base = makeAssessment(
    { '7.1-S1': ans({ value: 'yes' }), '7.1-P1': ans({ value: 2 }) },
    {},
    { id: 'base' },
  )
  const dept1 = makeAssessment(
    {
      '7.1-S1': ans({ value: 'yes' }), // identical
      '7.1-P1': ans({ value: 3 }), // conflict with the base
      '7.2-S1': ans({ value: ['b', 'a'] }), // new (the same as dept2, in another order)
      '8.1-S1': { evidence: [] }, // blank: not an answer
    },
    {},
    { id: 'dept1' },
  )
  const dept2 = makeAssessment(
    { '7.2-S1': ans({ value: ['a', 'b'] }), '7.2-P1': ans({ value: 4 }) },
    {},
    { id: 'dept2' },
  )
  const dept3 = makeAssessment({ '7.2-P1': ans({ value: 6 }) }, {}, { id: 'dept3' })
  const preview = previewMerge(base, [dept1, dept2, dept3])

  it('lists each answered question as new, identical or in conflict', () => {
    expect(preview.entries.map((e) => [e.questionId, e.status])).toEqual([
      ['7.1-S1', 'identical'],
      ['7.1-P1', 'conflict'],
      ['7.2-S1', 'new'],
      ['7.2-P1', 'conflict'],
    ])
    expect(preview.counts).toEqual({ new: 1, identical: 1, conflict: 2 })
    const between = preview.entries.find((e) => e.questionId === '7.2-P1')
    expect(between?.base).toBeUndefined()
    expect(between?.candidates.map((c) => [c.sources, c.answer.value])).toEqual([
      [[1], 4],
      [[2], 6],
    ])
    expect(preview.entries.find((e) => e.questionId === '7.2-S1')?.candidates[0]?.sources).toEqual([
      0, 1,
    ])
    expect(preview.warnings).toEqual([])
  })

  it('refuses to merge while a conflict is open, naming it', () => {
    expect(() => applyMerge(base, preview, { '7.1-P1': 0 })).toThrow(
      'Resolve the conflict on 7.2-P1 before merging.',
    )
    expect(() => applyMerge(base, preview, {})).toThrow(
      'Resolve the conflicts on 7.1-P1, 7.2-P1 before merging.',
    )
  })

  it('applies the choices question by question without touching anything else', () => {
    const merged = applyMerge(
      base,
      preview,
      { '7.1-P1': 'base', '7.2-P1': 2 },
      '2025-02-02T00:00:00.000Z',
    )
    expect(merged.answers['7.1-S1']).toEqual(base.answers['7.1-S1'])
    expect(merged.answers['7.1-P1']?.value).toBe(2)
    expect(merged.answers['7.2-S1']?.value).toEqual(['b', 'a'])
    expect(merged.answers['7.2-P1']?.value).toBe(6)
    expect(merged.answers['8.1-S1']).toBeUndefined()
    expect(merged.updatedAt).toBe('2025-02-02T00:00:00.000Z')
    expect(base.answers['7.1-P1']?.value).toBe(2) // the base object is unchanged: undo keeps it
  })

  it('rejects choices that cannot apply and a base that changed since the preview', () => {
    expect(() => applyMerge(base, preview, { '7.1-P1': 'base', '7.2-P1': 'base' })).toThrow(
      '7.2-P1: the base has no answer to keep; choose the answer of file 2 or 3.',
    )
    expect(() => applyMerge(base, preview, { '7.1-P1': 2, '7.2-P1': 1 })).toThrow(
      '7.1-P1: file 3 does not answer this question.',
    )
    const edited = { ...base, answers: { ...base.answers, '7.1-P1': ans({ value: 4 }) } }
    expect(() => applyMerge(edited, preview, { '7.1-P1': 'base', '7.2-P1': 1 })).toThrow(
      /changed after the merge preview/,
    )
    expect(() => applyMerge({ ...base, id: 'other' }, preview, {})).toThrow(
      /made for assessment "base"/,
    )
  })

  it('resolves every conflict by a preference for the command line', () => {
    expect(preferResolutions(preview, 'first')).toEqual({ '7.1-P1': 'base', '7.2-P1': 1 })
    expect(preferResolutions(preview, 'last')).toEqual({ '7.1-P1': 0, '7.2-P1': 2 })
  })

  it('warns about differences that do not stop the merge and refuses another questionnaire', () => {
    const other = makeAssessment(
      {},
      { state: 'Elsewhere' },
      { questionnaire: { id: 'fixture', version: '1.1.0' } },
    )
    expect(previewMerge(base, [other]).warnings).toEqual([
      'File 1 (a1) uses questionnaire version 1.1.0; the base uses 1.0.0. Answers are matched by question id.',
      'File 1 (a1) assesses "Elsewhere"; the base assesses "Examplestan".',
    ])
    const foreign = makeAssessment({}, {}, { questionnaire: { id: 'another', version: '1.0.0' } })
    expect(() => previewMerge(base, [foreign])).toThrow(/cannot be merged/)
  })
})

describe('merge properties', () => {
  const unitOf = (id: string) => id.split('-')[0] ?? id
  const restrict = (a: Assessment, keep: (questionId: string) => boolean): Assessment => ({
    ...a,
    answers: Object.fromEntries(Object.entries(a.answers).filter(([id]) => keep(id))),
  })

  it('gives the union when the files answer disjoint units', () => {
    fc.assert(
      fc.property(arbAssessment(q), arbAssessment(q), (x, y) => {
        const first = restrict(x, (id) => unitOf(id) === '7.1')
        const second = restrict(y, (id) => unitOf(id) !== '7.1')
        const empty = { ...first, answers: {} }
        const preview = previewMerge(empty, [first, second])
        expect(preview.counts.conflict).toBe(0)
        const merged = applyMerge(empty, preview, {})
        const expected: Record<string, Answer> = {}
        for (const [id, a] of [
          ...Object.entries(first.answers),
          ...Object.entries(second.answers),
        ]) {
          if (
            a.value !== undefined ||
            a.special !== undefined ||
            a.evidence.length > 0 ||
            a.target !== undefined
          ) {
            expected[id] = a
          }
        }
        expect(merged.answers).toEqual(expected)
      }),
      PROPERTY_RUNS,
    )
  })

  it('changes nothing when a file is merged with itself', () => {
    fc.assert(
      fc.property(arbAssessment(q), (a) => {
        const preview = previewMerge(a, [a])
        expect(preview.counts.new + preview.counts.conflict).toBe(0)
        expect(applyMerge(a, preview, {})).toEqual(a)
      }),
      PROPERTY_RUNS,
    )
  })

  it('produces exactly what the preview said once every conflict is resolved', () => {
    fc.assert(
      fc.property(
        arbAssessment(q),
        fc.array(arbAssessment(q), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (base, incoming, preferBase) => {
          const preview = previewMerge(base, incoming)
          const resolutions = preferResolutions(preview, preferBase ? 'first' : 'last')
          const merged = applyMerge(base, preview, resolutions)
          for (const entry of preview.entries) {
            const said = resolvedAnswer(entry, resolutions[entry.questionId])
            expect(said).toBeDefined()
            expect(sameAnswer(merged.answers[entry.questionId], said)).toBe(true)
          }
          const touched = new Set(preview.entries.map((e) => e.questionId))
          for (const [id, answer] of Object.entries(base.answers)) {
            if (!touched.has(id)) expect(merged.answers[id]).toBe(answer)
          }
        },
      ),
      PROPERTY_RUNS,
    )
  })
})
