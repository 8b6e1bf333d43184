// The built-in example assessments: a newcomer opens them to see a finished assessment and a
// meaningful report at once, so each must validate against the built-in questionnaire, answer
// every question in its roles, and show what the report is for (gaps, a red flag, targets, and
// for the shadow versions real disagreements and information that is not public).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateAssessment } from '@/domain/assessment/validate'
import type { Assessment } from '@/domain/assessment/schema'
import { allQuestions, validateQuestionnaire, type Questionnaire } from '@/domain/questionnaire'
import { scoreAssessment } from '@/domain/scoring'

const loaded = validateQuestionnaire(
  JSON.parse(readFileSync('questionnaires/international-solidarity-7-9.json', 'utf8')),
)
if (!loaded.ok) throw new Error('the built-in questionnaire does not validate')
const questionnaire: Questionnaire = loaded.questionnaire

function load(name: string): Assessment {
  const result = validateAssessment(
    JSON.parse(readFileSync(`questionnaires/examples/${name}`, 'utf8')),
    questionnaire,
  )
  if (!result.ok)
    throw new Error(`${name}:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`)
  return result.assessment
}

const PAIRS = [
  { self: 'example-provider.assessment.json', shadow: 'example-provider-shadow.assessment.json' },
  { self: 'example-partner.assessment.json', shadow: 'example-partner-shadow.assessment.json' },
]

describe.each(PAIRS.flatMap((p) => [p.self, p.shadow]))('%s', (name) => {
  const assessment = load(name)
  const score = scoreAssessment(questionnaire, assessment)

  it('is a clearly marked fictional example of the built-in questionnaire', () => {
    expect(assessment.meta.example).toBe(true)
    expect(assessment.meta.state).toMatch(/\(fictional example\)$/)
    expect(assessment.meta.organisation).toMatch(/fictional/)
    expect(assessment.questionnaire).toEqual({
      id: questionnaire.id,
      version: questionnaire.version,
    })
  })

  it('answers every question in its roles, and only those', () => {
    const inRole = allQuestions(questionnaire)
      .filter((q) => q.roles.some((r) => assessment.meta.roles.includes(r)))
      .map((q) => q.id)
    expect(Object.keys(assessment.answers).sort()).toEqual([...inRole].sort())
    expect(score.complete).toBe(true)
  })

  it('carries evidence, comments and confidence', () => {
    const answers = Object.values(assessment.answers)
    const withEvidence = answers.filter((a) => a.evidence.length > 0).length
    expect(withEvidence / answers.length).toBeGreaterThan(0.8)
    expect(answers.filter((a) => a.comment).length).toBeGreaterThanOrEqual(10)
    expect(answers.every((a) => a.confidence !== undefined)).toBe(true)
  })

  it('shows gaps with recommendations and at least one red flag', () => {
    expect(score.overall.redFlags.length).toBeGreaterThanOrEqual(1)
    expect(score.gaps.filter((g) => g.recommend).length).toBeGreaterThanOrEqual(5)
    expect(score.overall.score).not.toBeNull()
  })
})

describe.each(PAIRS)('$self and its shadow version', ({ self, shadow }) => {
  const state = load(self)
  const ngo = load(shadow)
  const stateScore = scoreAssessment(questionnaire, state)
  const ngoScore = scoreAssessment(questionnaire, ngo)

  it('sets targets in the self-assessment', () => {
    const targets = Object.values(state.answers).filter((a) => a.target !== undefined)
    expect(targets.length).toBeGreaterThanOrEqual(4)
    expect(stateScore.overall.targetScore).toBeGreaterThan(stateScore.overall.score ?? 100)
  })

  it('assesses the same State, as an NGO from public evidence', () => {
    expect(state.meta.respondent).toBe('state')
    expect(ngo.meta.respondent).toBe('shadow')
    expect(ngo.meta.state).toBe(state.meta.state)
    expect(ngo.meta.roles).toEqual(state.meta.roles)
    expect(ngo.meta.organisation).not.toBe(state.meta.organisation)
  })

  it('disagrees by 25 points or more on several questions and records information not public', () => {
    const differing = Object.keys(state.answers).filter((id) => {
      const a = stateScore.questions[id]?.score
      const b = ngoScore.questions[id]?.score
      return a !== undefined && b !== undefined && Math.abs(a - b) >= 25
    })
    expect(differing.length).toBeGreaterThanOrEqual(4)
    const notPublic = Object.values(ngo.answers).filter((a) => a.special === 'not-public')
    expect(notPublic.length).toBeGreaterThanOrEqual(2)
    expect(ngoScore.overall.transparencyFindings.length).toBe(notPublic.length)
  })
})
