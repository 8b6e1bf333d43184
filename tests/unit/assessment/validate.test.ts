// Assessment files checked against their questionnaire: every problem names its place and says
// what is wrong, in words a person editing the file can act on.
import { describe, expect, it } from 'vitest'
import { createAssessment, formatValidationProblems, validateAssessment } from '@/domain/assessment'
import type { Assessment } from '@/domain/assessment/schema'
import { META, ans, fixtureQuestionnaire, makeAssessment } from '../fixtures/scoring/factory'

const q = fixtureQuestionnaire({ id: 'international-solidarity-7-9' })
const make = (answers: Assessment['answers'], meta: Partial<Assessment['meta']> = {}) =>
  makeAssessment(answers, meta, {
    questionnaire: { id: 'international-solidarity-7-9', version: '1.0.0' },
  })

function problems(input: unknown) {
  const r = validateAssessment(input, q)
  return r.ok ? [] : r.problems
}

describe('validateAssessment', () => {
  it('accepts a valid assessment and returns it with defaults filled in', () => {
    // Evidence without "confidential", as a hand-written file would have it.
    const input: unknown = {
      ...make({}),
      answers: {
        '7.1-S1': { value: 'yes', evidence: [{ id: 'e', kind: 'link', text: 'Report' }] },
      },
    }
    const r = validateAssessment(input, q)
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.assessment.answers['7.1-S1']?.evidence[0]?.confidential).toBe(false)
  })

  it('reports an unknown question id with the questionnaire id and version', () => {
    expect(problems(make({ '7.9-S1': ans({ value: 'yes' }) }))).toEqual([
      {
        path: 'answers["7.9-S1"]',
        message: 'no such question in international-solidarity-7-9 1.0.0',
      },
    ])
  })

  it('reports an assessment of another questionnaire', () => {
    const other = makeAssessment({}, {}, { questionnaire: { id: 'other', version: '1.0.0' } })
    expect(problems(other)).toEqual([
      {
        path: 'questionnaire.id',
        message:
          'this assessment answers questionnaire "other", not "international-solidarity-7-9"',
      },
    ])
  })

  it('checks each value against its answer type', () => {
    const found = problems(
      make({
        '7.1-S1': ans({ value: 3 }),
        '7.1-P1': ans({ value: 5 }),
        '8.1-P1': ans({ value: 2.5 }),
        '7.1-O1': ans({ value: 7 }),
        '7.2-O1': ans({ value: 'yes' }),
        '7.2-S1': ans({ value: ['a', 'zz', 'a'] }),
      }),
    )
    expect(found).toEqual([
      { path: 'answers["7.1-S1"].value', message: 'use "yes", "partly" or "no"' },
      { path: 'answers["7.1-P1"].value', message: 'use a whole number from 0 to 4' },
      { path: 'answers["8.1-P1"].value', message: 'use a whole number from 0 to 4' },
      { path: 'answers["7.1-O1"].value', message: 'use a number from 0 to 5' },
      { path: 'answers["7.2-O1"].value', message: 'use a number from 0 to 100' },
      {
        path: 'answers["7.2-S1"].value[1]',
        message: '"zz" is not an item of this checklist: use a list of item ids (a, b, c, d)',
      },
      { path: 'answers["7.2-S1"].value[2]', message: '"a" is listed twice: list each item once' },
    ])
  })

  it('checks targets like values', () => {
    expect(problems(make({ '7.1-P1': ans({ value: 2, target: 9 }) }))).toEqual([
      { path: 'answers["7.1-P1"].target', message: 'use a whole number from 0 to 4' },
    ])
  })

  it('accepts "information not public" only in a shadow assessment', () => {
    const answers = { '7.1-S1': ans({ special: 'not-public', evidence: [] }) }
    expect(problems(make(answers))).toEqual([
      {
        path: 'answers["7.1-S1"].special',
        message:
          '"not-public" (information not public) is only for shadow assessments: a State answers from its own records',
      },
    ])
    expect(problems(make(answers, { respondent: 'shadow' }))).toEqual([])
  })

  it('requires a reason for not applicable', () => {
    expect(problems(make({ '7.1-S1': { special: 'not-applicable', evidence: [] } }))).toEqual([
      {
        path: 'answers["7.1-S1"].reason',
        message: 'give a reason why the question does not apply',
      },
    ])
  })

  it('rejects a special answer together with a value', () => {
    expect(problems(make({ '7.1-S1': ans({ special: 'dont-know', value: 'yes' }) }))).toEqual([
      {
        path: 'answers["7.1-S1"].value',
        message:
          'an answer cannot have both a value and the special answer "dont-know": remove one of them',
      },
    ])
  })

  it('words shape problems for people, with paths into the answers', () => {
    const bad = {
      ...make({}),
      meta: { ...META, respondent: 'ngo' },
      answers: { '7.1-S1': { value: { x: 1 }, evidence: [{ id: 'e', kind: 'link' }] } },
    }
    const text = formatValidationProblems(problems(bad))
    expect(text).toContain('meta.respondent: use one of "state" or "shadow"')
    expect(text).toContain(
      'answers["7.1-S1"].value: use "yes", "partly" or "no", a number, or a list of checklist item ids',
    )
    expect(text).toContain('answers["7.1-S1"].evidence[0].text: a text is required')
    expect(problems('not an object')).toEqual([
      { path: '', message: 'an object is required, but this is a text' },
    ])
  })
})

describe('createAssessment', () => {
  it('creates an empty assessment of the questionnaire with the given id and time', () => {
    const a = createAssessment(q, META, new Date('2025-03-01T10:00:00Z'), 'id-1')
    expect(a).toEqual({
      format: 'international-solidarity-assessment',
      formatVersion: 1,
      id: 'id-1',
      questionnaire: { id: 'international-solidarity-7-9', version: '1.0.0' },
      meta: META,
      answers: {},
      createdAt: '2025-03-01T10:00:00.000Z',
      updatedAt: '2025-03-01T10:00:00.000Z',
    })
    expect(validateAssessment(a, q).ok).toBe(true)
  })

  it('refuses metadata without a State', () => {
    expect(() =>
      createAssessment(q, { ...META, state: ' ' }, '2025-03-01T10:00:00.000Z', 'id-2'),
    ).toThrow(/name the State/)
  })
})
