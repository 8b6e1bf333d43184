// State vs shadow and round-after-round comparisons, worked by hand, plus the self-comparison
// property.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compareAssessments, roundsProfile } from '@/domain/compare'
import {
  ans,
  fixtureQuestionnaire,
  makeAssessment,
  makeArticle,
  makeQuestion,
  makeQuestionnaire,
  makeUnit,
} from '../fixtures/scoring/factory'
import { PROPERTY_RUNS, arbAssessment } from '../fixtures/scoring/arbitraries'

const q = fixtureQuestionnaire()

describe('compareAssessments', () => {
  // State: 7.1 S yes 100, P level 3 75, O 0.7 → 100: unit (100 + 75 + 100) / 3 = 91.67
  // Shadow: 7.1 S partly 50, P level 2 50, O not public 0: unit (50 + 50 + 0) / 3 = 33.33
  const state = makeAssessment(
    { '7.1-S1': ans({ value: 'yes' }), '7.1-P1': ans({ value: 3 }), '7.1-O1': ans({ value: 0.7 }) },
    {},
    { id: 'state' },
  )
  const shadow = makeAssessment(
    {
      '7.1-S1': ans({ value: 'partly' }),
      '7.1-P1': ans({ value: 2 }),
      '7.1-O1': ans({ special: 'not-public', evidence: [] }),
    },
    { respondent: 'shadow', organisation: 'Solidarity Watch' },
    { id: 'shadow' },
  )
  const c = compareAssessments(q, state, q, shadow)

  it('gives both scores and the difference b − a for each question, divergent ones first', () => {
    expect(
      c.questions.map((x) => [x.questionId, x.a.score, x.b.score, x.difference, x.divergent]),
    ).toEqual([
      ['7.1-S1', 100, 50, -50, true],
      ['7.1-P1', 75, 50, -25, true],
      ['7.1-O1', 100, 0, -100, true],
      ['7.2-S1', null, null, null, false],
      ['7.2-P1', null, null, null, false],
      ['7.2-O1', null, null, null, false],
      ['8.1-S1', null, null, null, false],
      ['8.1-P1', null, null, null, false],
      ['8.1-O1', null, null, null, false],
    ])
    expect(c.questions.find((x) => x.questionId === '7.1-O1')).toMatchObject({
      divergenceReason: 'special-answer',
      b: { special: 'not-public' },
    })
    expect(c.divergentQuestions).toEqual(['7.1-S1', '7.1-P1', '7.1-O1'])
  })

  it('compares units, articles and the overall score, with labels for each side', () => {
    const unit = c.units.find((u) => u.unitId === '7.1')
    expect(unit?.a).toBeCloseTo(275 / 3, 9)
    expect(unit?.b).toBeCloseTo(100 / 3, 9)
    expect(unit?.difference).toBeCloseTo(-175 / 3, 9)
    expect(unit?.divergent).toBe(true)
    expect(unit?.subScores.structural).toEqual({ a: 100, b: 50, difference: -50 })
    expect(c.articles[0]?.difference).toBeCloseTo(-175 / 3, 9)
    expect(c.overall.difference).toBeCloseTo(-175 / 3, 9)
    expect(c.units.find((u) => u.unitId === '8.1')).toMatchObject({
      a: null,
      b: null,
      difference: null,
      divergent: false,
    })
    expect(c.a.label).toBe('Self-assessment by Ministry of Foreign Affairs')
    expect(c.b.label).toBe('Shadow assessment by Solidarity Watch')
    expect(c.sameQuestionnaire).toBe(true)
  })

  it('does not call a difference of 24 divergent, and calls 25 divergent', () => {
    // Checklist 7.2-S1: 3 items of 4 = 75 vs 2 of 4 = 50 → 25; number 7.1-O1 0.7 vs 0.532 → 24.
    const a = makeAssessment({
      '7.2-S1': ans({ value: ['a', 'b', 'c'] }),
      '7.1-O1': ans({ value: 0.7 }),
    })
    const b = makeAssessment({
      '7.2-S1': ans({ value: ['a', 'b'] }),
      '7.1-O1': ans({ value: 0.532 }),
    })
    const r = compareAssessments(q, a, q, b)
    expect(r.questions.find((x) => x.questionId === '7.2-S1')?.divergent).toBe(true)
    // Divergent items come first, ahead of 7.1-O1 which precedes 7.2-S1 in the questionnaire.
    expect(r.questions.map((x) => x.questionId).slice(0, 2)).toEqual(['7.2-S1', '7.1-S1'])
    const oda = r.questions.find((x) => x.questionId === '7.1-O1')
    expect(oda?.difference).toBeCloseTo(-24, 9)
    expect(oda?.divergent).toBe(false)
  })

  it('marks a special answer on one side as divergent even when both score 0', () => {
    const a = makeAssessment({ '7.1-S1': ans({ value: 'no' }) })
    const b = makeAssessment({ '7.1-S1': ans({ special: 'dont-know', evidence: [] }) })
    const r = compareAssessments(q, a, q, b)
    expect(r.questions[0]).toMatchObject({
      questionId: '7.1-S1',
      difference: 0,
      divergent: true,
      divergenceReason: 'special-answer',
    })
  })

  it('matches questions by id across questionnaire versions and lists the unmatched ones', () => {
    const v2 = makeQuestionnaire(
      [
        makeArticle('7', [
          makeUnit('7.1', [
            makeQuestion('7.1-S1'),
            makeQuestion('7.1-P2', { indicator: 'process' }),
          ]),
        ]),
      ],
      { version: '2.0.0' },
    )
    const a = makeAssessment({ '7.1-S1': ans({ value: 'partly' }) })
    const b = makeAssessment(
      { '7.1-S1': ans({ value: 'yes' }) },
      {},
      { questionnaire: { id: 'fixture', version: '2.0.0' } },
    )
    const r = compareAssessments(q, a, v2, b)
    expect(r.questions.map((x) => x.questionId)).toEqual(['7.1-S1'])
    expect(r.questions[0]).toMatchObject({ difference: 50, divergent: true })
    expect(r.unmatched.onlyInA).toEqual([
      '7.1-P1',
      '7.1-O1',
      '7.2-S1',
      '7.2-P1',
      '7.2-O1',
      '8.1-S1',
      '8.1-P1',
      '8.1-O1',
    ])
    expect(r.unmatched.onlyInB).toEqual(['7.1-P2'])
    expect(r.sameQuestionnaire).toBe(false)
  })

  it('shows no divergence when an assessment is compared with itself', () => {
    fc.assert(
      fc.property(arbAssessment(q), (a) => {
        const r = compareAssessments(q, a, q, a)
        expect(r.divergentQuestions).toEqual([])
        expect(
          r.units.every((u) => !u.divergent && (u.difference === null || u.difference === 0)),
        ).toBe(true)
        expect(r.articles.every((x) => !x.divergent)).toBe(true)
        expect(r.overall.divergent).toBe(false)
        expect(r.unmatched).toEqual({ onlyInA: [], onlyInB: [] })
      }),
      PROPERTY_RUNS,
    )
  })
})

describe('roundsProfile', () => {
  const round = (id: string, from: string, to: string, value: 'yes' | 'partly' | 'no') =>
    makeAssessment({ '7.1-S1': ans({ value }) }, { period: { from, to } }, { id })

  it('orders rounds by period and gives per-unit and overall series with changes', () => {
    const p = roundsProfile([
      { questionnaire: q, assessment: round('r2024', '2024-01-01', '2024-12-31', 'yes') },
      { questionnaire: q, assessment: round('r2022', '2022-01-01', '2022-12-31', 'no') },
      { questionnaire: q, assessment: round('r2023', '2023-01-01', '2023-12-31', 'partly') },
    ])
    expect(p.rounds.map((r) => r.assessmentId)).toEqual(['r2022', 'r2023', 'r2024'])
    expect(p.overall).toEqual({ scores: [0, 50, 100], changes: [null, 50, 50] })
    expect(p.units.find((u) => u.unitId === '7.1')?.scores).toEqual([0, 50, 100])
    expect(p.units.find((u) => u.unitId === '8.1')?.scores).toEqual([null, null, null])
    expect(p.articles.map((a) => a.articleId)).toEqual(['7', '8'])
  })

  it('refuses to mix States or respondent types', () => {
    const a = round('a', '2023-01-01', '2023-12-31', 'yes')
    const otherState = makeAssessment({}, { state: 'Elsewhere' })
    const shadow = makeAssessment({}, { respondent: 'shadow' })
    expect(() =>
      roundsProfile([
        { questionnaire: q, assessment: a },
        { questionnaire: q, assessment: otherState },
      ]),
    ).toThrow(/same State/)
    expect(() =>
      roundsProfile([
        { questionnaire: q, assessment: a },
        { questionnaire: q, assessment: shadow },
      ]),
    ).toThrow(/same kind of respondent/)
    expect(() => roundsProfile([])).toThrow(/at least one/)
  })
})
