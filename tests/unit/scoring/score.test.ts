// The rule worked by hand on small questionnaires: every expected number below is computed in
// the comment beside it, so a reader can check the engine against methodology section 3.
import { describe, expect, it } from 'vitest'
import { scoreAssessment } from '@/domain/scoring'
import {
  SPEC,
  ans,
  fixtureQuestionnaire,
  makeArticle,
  makeAssessment,
  makeQuestion,
  makeQuestionnaire,
  makeUnit,
} from '../fixtures/scoring/factory'

const q = fixtureQuestionnaire()

describe('special answers and the evidence gate', () => {
  it('caps an unevidenced answer above 50 at 50 and marks it; evidence lifts the cap', () => {
    const r = scoreAssessment(q, makeAssessment({ '7.1-S1': ans({ value: 'yes', evidence: [] }) }))
    expect(r.questions['7.1-S1']).toMatchObject({
      rawScore: 100,
      score: 50,
      unevidenced: true,
      hasEvidence: false,
    })
    const withEvidence = scoreAssessment(q, makeAssessment({ '7.1-S1': ans({ value: 'yes' }) }))
    expect(withEvidence.questions['7.1-S1']).toMatchObject({
      score: 100,
      unevidenced: false,
      hasEvidence: true,
    })
  })

  it('leaves an unevidenced answer at or below 50 alone and unmarked', () => {
    const r = scoreAssessment(
      q,
      makeAssessment({ '7.1-S1': ans({ value: 'partly', evidence: [] }) }),
    )
    expect(r.questions['7.1-S1']).toMatchObject({ score: 50, unevidenced: false })
  })

  it("scores don't know 0 and keeps it flagged", () => {
    const r = scoreAssessment(
      q,
      makeAssessment({ '7.1-P1': ans({ special: 'dont-know', evidence: [] }) }),
    )
    expect(r.questions['7.1-P1']).toMatchObject({
      status: 'scored',
      score: 0,
      special: 'dont-know',
    })
  })

  it('in a shadow assessment, information not public scores 0 and is a transparency finding', () => {
    const r = scoreAssessment(
      q,
      makeAssessment(
        { '7.1-O1': ans({ special: 'not-public', evidence: [] }) },
        { respondent: 'shadow' },
      ),
    )
    expect(r.questions['7.1-O1']).toMatchObject({ score: 0, transparencyFinding: true })
    expect(r.units.find((u) => u.unitId === '7.1')?.transparencyFindings).toEqual(['7.1-O1'])
    expect(r.overall.transparencyFindings).toEqual(['7.1-O1'])
  })

  it('leaves a not-applicable question out of every denominator', () => {
    // 7.1: S yes (100), P level 2 (50), O not applicable → (100 + 50) / 2 = 75, not (100+50+0)/3.
    const r = scoreAssessment(
      q,
      makeAssessment({
        '7.1-S1': ans({ value: 'yes' }),
        '7.1-P1': ans({ value: 2 }),
        '7.1-O1': ans({ special: 'not-applicable', reason: 'no ODA programme', evidence: [] }),
      }),
    )
    const unit = r.units.find((u) => u.unitId === '7.1')
    expect(unit?.score).toBe(75)
    expect(unit?.subScores).toEqual({ structural: 100, process: 50, outcome: null })
    expect(unit?.coverage).toMatchObject({ applicable: 2, answered: 2, answeredShare: 1 })
  })
})

describe('question → unit', () => {
  // One unit: two structural questions (weights 1 and 3), one process, one outcome.
  const weighted = makeQuestionnaire([
    makeArticle('7', [
      makeUnit('7.1', [
        makeQuestion('S1', { indicator: 'structural' }),
        makeQuestion('S2', { indicator: 'structural', weight: 3 }),
        makeQuestion('P1', { indicator: 'process', answer: SPEC.maturity }),
        makeQuestion('O1', { indicator: 'outcome' }),
      ]),
    ]),
  ])

  it('takes the weighted mean within each indicator type, then the plain mean of the type means', () => {
    // structural (100×1 + 50×3) / 4 = 62.5; process level 3 = 75; outcome partly = 50
    // unit (62.5 + 75 + 50) / 3 = 62.5
    const r = scoreAssessment(
      weighted,
      makeAssessment({
        S1: ans({ value: 'yes' }),
        S2: ans({ value: 'partly' }),
        P1: ans({ value: 3 }),
        O1: ans({ value: 'partly' }),
      }),
    )
    const unit = r.units[0]
    expect(unit?.subScores).toEqual({ structural: 62.5, process: 75, outcome: 50 })
    expect(unit?.score).toBe(62.5)
    expect(unit?.band).toBe('substantial')
  })

  it('does not let structural answers carry a unit alone', () => {
    // Three structural "yes" (100) and one process "no" (0): (100 + 0) / 2 = 50, not 75.
    const many = makeQuestionnaire([
      makeArticle('7', [
        makeUnit('7.1', [
          makeQuestion('S1'),
          makeQuestion('S2'),
          makeQuestion('S3'),
          makeQuestion('P1', { indicator: 'process' }),
        ]),
      ]),
    ])
    const r = scoreAssessment(
      many,
      makeAssessment({
        S1: ans({ value: 'yes' }),
        S2: ans({ value: 'yes' }),
        S3: ans({ value: 'yes' }),
        P1: ans({ value: 'no' }),
      }),
    )
    expect(r.units[0]?.score).toBe(50)
  })

  it('does not assess a unit where more than half the in-role questions are not applicable', () => {
    const na = ans({ special: 'not-applicable', reason: 'no programme', evidence: [] })
    const three = scoreAssessment(
      weighted,
      makeAssessment({ S1: ans({ value: 'yes' }), S2: na, P1: na, O1: na }),
    )
    expect(three.units[0]).toMatchObject({
      assessed: false,
      notAssessedReason: 'mostly-not-applicable',
      score: null,
    })
    // Exactly half (2 of 4) is not more than half: assessed from S1 and O1 → (100 + 50) / 2 = 75.
    const two = scoreAssessment(
      weighted,
      makeAssessment({ S1: ans({ value: 'yes' }), S2: na, P1: na, O1: ans({ value: 'partly' }) }),
    )
    expect(two.units[0]).toMatchObject({ assessed: true, score: 75 })
  })

  it('reports a unit with nothing answered yet as not assessed, with its reason', () => {
    const r = scoreAssessment(weighted, makeAssessment({}))
    expect(r.units[0]).toMatchObject({
      assessed: false,
      notAssessedReason: 'no-answers',
      score: null,
      band: null,
    })
    expect(r.units[0]?.coverage).toMatchObject({ applicable: 4, answered: 0, answeredShare: 0 })
    expect(r.overall.score).toBeNull()
    expect(r.complete).toBe(false)
  })
})

describe('cooperation roles', () => {
  it('excludes questions outside the respondent roles, with the reason, and not as not-applicable', () => {
    // A partner country: 8.1-P1 is for providers only.
    const r = scoreAssessment(
      q,
      makeAssessment(
        {
          '8.1-S1': ans({ value: 'yes' }),
          '8.1-P1': ans({ value: 4 }),
          '8.1-O1': ans({ value: 'partly' }),
        },
        { roles: ['partner'] },
      ),
    )
    expect(r.questions['8.1-P1']).toMatchObject({
      status: 'excluded-role',
      excludedReason: 'asked of providers of cooperation only',
    })
    expect(r.questions['8.1-P1']?.score).toBeUndefined()
    // 8.1 for a partner: S 100, O 50 → 75; the provider-only answer of 4 does not count.
    expect(r.units.find((u) => u.unitId === '8.1')).toMatchObject({
      score: 75,
      coverage: { applicable: 2 },
    })
  })

  it('keeps a question in scope when it shares one role with a respondent that has both', () => {
    const r = scoreAssessment(q, makeAssessment({}, { roles: ['provider', 'partner'] }))
    expect(r.questions['8.1-P1']?.status).toBe('unanswered')
    expect(r.questions['8.1-O1']?.status).toBe('unanswered')
  })

  it('does not assess a unit with no question in the respondent roles', () => {
    const providerOnly = makeQuestionnaire([
      makeArticle('9', [makeUnit('9.2', [makeQuestion('X1', { roles: ['provider'] })])]),
    ])
    const r = scoreAssessment(providerOnly, makeAssessment({}, { roles: ['partner'] }))
    expect(r.units[0]).toMatchObject({ assessed: false, notAssessedReason: 'no-questions-in-role' })
    expect(r.questions['X1']?.excludedReason).toBe('asked of providers of cooperation only')
  })
})

describe('articles, overall, coverage, red flags', () => {
  // Provider: 7.1 → S yes 100, P level 1 25, O 0.35 → 50: (100 + 25 + 50) / 3 = 58.33…
  //           7.2 → S 2 of 4 items 50, P 5 shutdowns 50, O 50 % 100: (50 + 50 + 100) / 3 = 66.66…
  //           Article 7 = (58.33… + 66.66…) / 2 = 62.5
  //           8.1 → S (critical) no 0, P level 4 100, O partner-only: (0 + 100) / 2 = 50 → Article 8 = 50
  //           overall = (62.5 + 50) / 2 = 56.25
  const full = makeAssessment({
    '7.1-S1': ans({ value: 'yes' }),
    '7.1-P1': ans({ value: 1, evidence: [] }),
    '7.1-O1': ans({ value: 0.35 }),
    '7.2-S1': ans({ value: ['a', 'c'] }),
    '7.2-P1': ans({ value: 5, evidence: [] }),
    '7.2-O1': ans({ value: 50 }),
    '8.1-S1': ans({ value: 'no' }),
    '8.1-P1': ans({ value: 4 }),
  })
  const r = scoreAssessment(q, full)

  it('averages assessed units into articles and articles into the overall score', () => {
    expect(r.units.map((u) => u.score)).toEqual([
      expect.closeTo(58.3333333, 6),
      expect.closeTo(66.6666667, 6),
      50,
    ])
    expect(r.articles.map((a) => a.score)).toEqual([expect.closeTo(62.5, 10), 50])
    expect(r.articles[0]?.assessedUnits).toEqual(['7.1', '7.2'])
    expect(r.overall.score).toBeCloseTo(56.25, 10)
    expect(r.overall.band).toBe('partial')
  })

  it('averages sub-scores along the same path', () => {
    // Article 7 structural (100 + 50) / 2 = 75; Article 8 structural 0 → overall (75 + 0) / 2 = 37.5
    expect(r.articles[0]?.subScores.structural).toBe(75)
    expect(r.overall.subScores).toEqual({
      structural: 37.5,
      process: expect.closeTo(((25 + 50) / 2 + 100) / 2, 10),
      outcome: expect.closeTo((50 + 100) / 2, 10),
    })
  })

  it('counts coverage: answered and answered with evidence among applicable questions', () => {
    // Provider: 8 applicable (8.1-O1 is partner-only), 8 answered, 6 with evidence.
    expect(r.overall.coverage).toEqual({
      applicable: 8,
      answered: 8,
      answeredWithEvidence: 6,
      answeredShare: 1,
      evidenceShare: 0.75,
    })
    expect(r.complete).toBe(true)
  })

  it('raises a red flag for a critical question scoring 0, at every level', () => {
    expect(r.questions['8.1-S1']?.redFlag).toBe(true)
    expect(r.units.find((u) => u.unitId === '8.1')?.redFlags).toEqual(['8.1-S1'])
    expect(r.articles[1]?.redFlags).toEqual(['8.1-S1'])
    expect(r.overall.redFlags).toEqual(['8.1-S1'])
  })

  it('leaves an article without assessed units out of the overall mean', () => {
    const only7 = scoreAssessment(q, makeAssessment({ '7.1-S1': ans({ value: 'yes' }) }))
    expect(only7.articles[1]?.score).toBeNull()
    expect(only7.overall.score).toBe(100)
    expect(only7.complete).toBe(false)
  })
})

describe('gaps and recommendations', () => {
  it('lists every answered question below 100: critical first, then gap × weight, then questionnaire order', () => {
    const gq = makeQuestionnaire([
      makeArticle('7', [
        makeUnit('7.1', [
          makeQuestion('A', { indicator: 'structural' }),
          makeQuestion('B', { indicator: 'process', weight: 2 }),
          makeQuestion('C', { indicator: 'process' }),
          makeQuestion('D', { indicator: 'outcome', critical: true }),
          makeQuestion('E', {
            indicator: 'outcome',
            recommendation: { addressee: 'development-partners', text: { en: 'E' } },
          }),
          makeQuestion('F', { indicator: 'outcome' }),
        ]),
      ]),
    ])
    const r = scoreAssessment(
      gq,
      makeAssessment({
        A: ans({ value: 'no' }), // gap 100 × 1 = 100
        B: ans({ value: 'partly' }), // gap 50 × 2 = 100, after A in questionnaire order
        C: ans({ value: 'yes' }), // no gap
        D: ans({ value: 'partly' }), // critical, gap 50
        E: ans({ value: 'yes', evidence: [] }), // capped at 50: gap 50 × 1 = 50
        // F unanswered: no gap
      }),
    )
    expect(r.gaps.map((g) => g.questionId)).toEqual(['D', 'A', 'B', 'E'])
    expect(r.gaps.map((g) => g.priority)).toEqual([50, 100, 100, 50])
    expect(r.gaps.find((g) => g.questionId === 'E')).toMatchObject({
      unevidenced: true,
      recommend: true,
    })
    expect(r.recommendationsByAddressee).toEqual({
      government: ['D', 'A', 'B'],
      'development-partners': ['E'],
      'other-stakeholders': [],
    })
  })

  it('proposes a recommendation only at 50 or below', () => {
    const r = scoreAssessment(
      q,
      makeAssessment({ '7.1-P1': ans({ value: 3 }), '7.1-S1': ans({ value: 'partly' }) }),
    )
    expect(r.gaps.find((g) => g.questionId === '7.1-P1')).toMatchObject({
      score: 75,
      gap: 25,
      recommend: false,
    })
    expect(r.gaps.find((g) => g.questionId === '7.1-S1')).toMatchObject({
      score: 50,
      recommend: true,
    })
  })

  it("includes don't know as a gap with its special answer named", () => {
    const r = scoreAssessment(
      q,
      makeAssessment({ '7.1-S1': ans({ special: 'dont-know', evidence: [] }) }),
    )
    expect(r.gaps[0]).toMatchObject({
      questionId: '7.1-S1',
      score: 0,
      gap: 100,
      special: 'dont-know',
    })
  })
})

describe('targets: the planned profile', () => {
  it('scores targets without the evidence gate and uses the current score where no target is set', () => {
    // 7.1 current: S partly 50, P level 1 25, O unanswered → (50 + 25) / 2 = 37.5
    // planned: S target yes 100 (no evidence needed for a plan), P stays 25, O target 0.7 → 100
    //          (100 + 25 + 100) / 3 = 75
    const r = scoreAssessment(
      q,
      makeAssessment({
        '7.1-S1': ans({ value: 'partly', target: 'yes', evidence: [] }),
        '7.1-P1': ans({ value: 1 }),
        '7.1-O1': { evidence: [], target: 0.7 },
      }),
    )
    expect(r.questions['7.1-S1']).toMatchObject({ score: 50, targetScore: 100 })
    expect(r.questions['7.1-P1']?.targetScore).toBeUndefined()
    const unit = r.units[0]
    expect(unit?.score).toBe(37.5)
    expect(unit?.targetScore).toBe(75)
    expect(r.articles[0]?.targetScore).toBe(75)
    expect(r.overall.targetScore).toBe(75)
  })
})
