// The method description users read must state the numbers the engine uses.
import { describe, expect, it } from 'vitest'
import {
  DIVERGENCE_THRESHOLD,
  EVIDENCE_CAP,
  EXAMPLE_ASSESSMENT,
  EXAMPLE_QUESTIONNAIRE_INPUT,
  describeMethod,
  scoreAssessment,
} from '@/domain/scoring'
import { Questionnaire } from '@/domain/questionnaire/schema'

describe('describeMethod', () => {
  const method = describeMethod()
  const text = method.steps.flatMap((s) => s.paragraphs).join('\n')

  it('states the rule with the constants of the engine', () => {
    expect(text).toContain('Yes, partly and no score 100, 50 and 0.')
    expect(text).toContain('Maturity levels 0 to 4 score 0, 25, 50, 75, 100.')
    expect(text).toContain(
      `above ${EVIDENCE_CAP} counts for ${EVIDENCE_CAP} until evidence is attached`,
    )
    expect(text).toContain(`${DIVERGENCE_THRESHOLD} points or more apart`)
    expect(text).toContain('more than 50 % of the questions')
    expect(method.bands.map((b) => [b.from, b.to])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
      [60, 80],
      [80, 100],
    ])
  })

  it('works its example with the real engine and shows the arithmetic', () => {
    // Structural (50 capped + 75) / 2 = 62.5; process (75 × 2 + 50) / 3 = 66.67; outcome don't know 0.
    expect(method.example.calculation).toEqual([
      'Structural: (50 × 1 + 75 × 1) ÷ 2 = 62.5',
      'Process: (75 × 2 + 50 × 1) ÷ 3 = 66.67',
      'Outcome: (0 × 1) ÷ 1 = 0',
      'Unit: (62.5 + 66.67 + 0) ÷ 3 = 43.06, shown as 43',
      'Coverage: 5 of 5 applicable questions answered, 3 with evidence',
    ])
    const engine = scoreAssessment(
      Questionnaire.parse(EXAMPLE_QUESTIONNAIRE_INPUT),
      EXAMPLE_ASSESSMENT,
    )
    expect(method.example.unitScore).toBe(engine.units[0]?.score)
    expect(method.example.band).toBe('partial')
    expect(method.example.conclusion).toBe(
      'The unit scores 43, in the "partial" band, with 1 red flag.',
    )
    expect(method.example.rows.find((r) => r.questionId === 'E-S1')).toMatchObject({
      rawScore: 100,
      score: 50,
      note: 'no evidence: capped at 50',
    })
  })
})
