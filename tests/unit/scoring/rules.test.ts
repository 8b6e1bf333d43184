// Step 1 and 6 of the rule by hand: answer → 0–100 for every answer type, bands, display rounding.
import { describe, expect, it } from 'vitest'
import type { AnswerSpec, NumberSpec } from '@/domain/questionnaire/schema'
import { bandCeiling, bandFor, formatScore, scoreAnswerValue } from '@/domain/scoring'
import { fixtureQuestionnaire } from '../fixtures/scoring/factory'

const q = fixtureQuestionnaire()
function spec(id: string): AnswerSpec {
  const found = q.articles
    .flatMap((a) => a.units.flatMap((u) => u.questions))
    .find((x) => x.id === id)
  if (!found) throw new Error(`no question ${id} in the fixture`)
  return found.answer
}

describe('answer → score', () => {
  it('yes / partly / no score 100 / 50 / 0', () => {
    expect(scoreAnswerValue(spec('7.1-S1'), 'yes')).toBe(100)
    expect(scoreAnswerValue(spec('7.1-S1'), 'partly')).toBe(50)
    expect(scoreAnswerValue(spec('7.1-S1'), 'no')).toBe(0)
  })

  it('maturity levels 0–4 score 0, 25, 50, 75, 100', () => {
    expect([0, 1, 2, 3, 4].map((l) => scoreAnswerValue(spec('7.1-P1'), l))).toEqual([
      0, 25, 50, 75, 100,
    ])
  })

  it('a higher-is-better number is linear from floor to target and clamped', () => {
    // ODA: floor 0, target 0.7 % of GNI.
    expect(scoreAnswerValue(spec('7.1-O1'), 0.35)).toBeCloseTo(50, 10)
    expect(scoreAnswerValue(spec('7.1-O1'), 0.7)).toBe(100)
    expect(scoreAnswerValue(spec('7.1-O1'), 1.4)).toBe(100)
    expect(scoreAnswerValue(spec('7.1-O1'), 0)).toBe(0)
  })

  it('a lower-is-better number inverts: floor 10 scores 0, target 0 scores 100', () => {
    expect(scoreAnswerValue(spec('7.2-P1'), 0)).toBe(100)
    expect(scoreAnswerValue(spec('7.2-P1'), 2.5)).toBe(75)
    expect(scoreAnswerValue(spec('7.2-P1'), 10)).toBe(0)
    expect(scoreAnswerValue(spec('7.2-P1'), 40)).toBe(0)
  })

  it('a band scores 100 inside and falls to 0 at the floor below and the mirrored ceiling above', () => {
    // Band 40–60, floor 0, so the ceiling defaults to 60 + (40 − 0) = 100.
    const parity = spec('7.2-O1')
    expect(bandCeiling(parity as NumberSpec)).toBe(100)
    expect(scoreAnswerValue(parity, 40)).toBe(100)
    expect(scoreAnswerValue(parity, 52)).toBe(100)
    expect(scoreAnswerValue(parity, 60)).toBe(100)
    expect(scoreAnswerValue(parity, 20)).toBe(50)
    expect(scoreAnswerValue(parity, 10)).toBe(25)
    expect(scoreAnswerValue(parity, 80)).toBe(50)
    expect(scoreAnswerValue(parity, 100)).toBe(0)
  })

  it('a band uses an explicit ceiling when the questionnaire sets one', () => {
    const withCeiling = { ...(spec('7.2-O1') as NumberSpec), ceiling: 70 }
    expect(scoreAnswerValue(withCeiling, 65)).toBe(50)
    expect(scoreAnswerValue(withCeiling, 70)).toBe(0)
  })

  it('a checklist scores the share of items present; unknown and repeated ids do not count', () => {
    expect(scoreAnswerValue(spec('7.2-S1'), ['a', 'b', 'c'])).toBe(75)
    expect(scoreAnswerValue(spec('7.2-S1'), [])).toBe(0)
    expect(scoreAnswerValue(spec('7.2-S1'), ['a', 'a', 'zz'])).toBe(25)
  })
})

describe('bands', () => {
  it('uses the limits 20/40/60/80, each upper limit inside its band', () => {
    expect(bandFor(0)).toBe('not-aligned')
    expect(bandFor(20)).toBe('not-aligned')
    expect(bandFor(20.01)).toBe('minimal')
    expect(bandFor(40)).toBe('minimal')
    expect(bandFor(60)).toBe('partial')
    expect(bandFor(80)).toBe('substantial')
    expect(bandFor(80.5)).toBe('strong')
    expect(bandFor(100)).toBe('strong')
  })

  it('does not move a score of exactly 60 up a band because of binary rounding noise', () => {
    expect(bandFor((0.1 + 0.2) * 200)).toBe('partial') // 60.00000000000001
  })
})

describe('formatScore', () => {
  it('rounds half up to a whole number for display only', () => {
    expect(formatScore(42.5)).toBe('43')
    expect(formatScore(42.49)).toBe('42')
    expect(formatScore(43.055555555555564)).toBe('43')
    expect(formatScore(66.66666666666667)).toBe('67')
    expect(formatScore(0.5)).toBe('1')
    expect(formatScore(null)).toBe('–')
  })

  it('is not fooled by values computed just below a half', () => {
    expect(formatScore(12.499999999999998)).toBe('13')
  })
})
