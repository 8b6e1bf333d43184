// Properties of the scoring rule that must hold for every assessment, checked with fast-check on
// a fixed seed so a failure reproduces everywhere.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Questionnaire } from '@/domain/questionnaire/schema'
import type { Assessment } from '@/domain/assessment/schema'
import { scoreAnswerValue, scoreAssessment, type AssessmentScore } from '@/domain/scoring'
import {
  EVIDENCE,
  fixtureQuestionnaire,
  makeArticle,
  makeQuestion,
  makeQuestionnaire,
  makeUnit,
  SPEC,
} from '../fixtures/scoring/factory'
import {
  PROPERTY_RUNS,
  allQuestions,
  arbAssessment,
  arbValue,
} from '../fixtures/scoring/arbitraries'

// The standard fixture plus a unit with weights and a critical question, so weighting is exercised.
const base = fixtureQuestionnaire()
const q: Questionnaire = makeQuestionnaire([
  ...base.articles,
  makeArticle('9', [
    makeUnit('9.1(a)', [
      makeQuestion('9.1a-S1', { indicator: 'structural', answer: SPEC.checklist, weight: 2 }),
      makeQuestion('9.1a-S2', { indicator: 'structural', critical: true }),
      makeQuestion('9.1a-P1', { indicator: 'process', answer: SPEC.parity, weight: 0.5 }),
      makeQuestion('9.1a-O1', { indicator: 'outcome', answer: SPEC.shutdowns }),
    ]),
  ]),
])
const EPS = 1e-9

function everyScore(r: AssessmentScore): number[] {
  const out: number[] = []
  const push = (v: number | null | undefined) => {
    if (v !== null && v !== undefined) out.push(v)
  }
  for (const qs of Object.values(r.questions)) [qs.rawScore, qs.score, qs.targetScore].forEach(push)
  for (const level of [...r.units, ...r.articles, r.overall]) {
    push(level.score)
    push(level.targetScore)
    Object.values(level.subScores).forEach(push)
  }
  for (const g of r.gaps) push(g.score)
  return out
}

function notLower(after: number | null | undefined, before: number | null | undefined): boolean {
  if (before === null || before === undefined) return true
  return after !== null && after !== undefined && after >= before - EPS
}

describe('scoring properties', () => {
  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(arbAssessment(q), (a) => {
        for (const s of everyScore(scoreAssessment(q, a))) {
          expect(s).toBeGreaterThanOrEqual(0)
          expect(s).toBeLessThanOrEqual(100)
        }
      }),
      PROPERTY_RUNS,
    )
  })

  it('never lowers any score when evidence is added to an answer', () => {
    const ids = allQuestions(q).map((x) => x.id)
    fc.assert(
      fc.property(arbAssessment(q), fc.constantFrom(...ids), (a, id) => {
        const answer = a.answers[id]
        fc.pre(answer !== undefined && answer.evidence.length === 0)
        const withEvidence: Assessment = {
          ...a,
          answers: { ...a.answers, [id]: { ...answer, evidence: EVIDENCE } },
        }
        const before = scoreAssessment(q, a)
        const after = scoreAssessment(q, withEvidence)
        for (const qid of ids)
          expect(notLower(after.questions[qid]?.score, before.questions[qid]?.score)).toBe(true)
        before.units.forEach((u, i) => expect(notLower(after.units[i]?.score, u.score)).toBe(true))
        before.articles.forEach((ar, i) =>
          expect(notLower(after.articles[i]?.score, ar.score)).toBe(true),
        )
        expect(notLower(after.overall.score, before.overall.score)).toBe(true)
      }),
      PROPERTY_RUNS,
    )
  })

  it('never lowers the unit, article or overall score when an answer is raised', () => {
    const questions = allQuestions(q)
    const arbChange = fc
      .constantFrom(...questions)
      .chain((question) => fc.tuple(fc.constant(question), arbValue(question), arbValue(question)))
    fc.assert(
      fc.property(arbAssessment(q), arbChange, fc.boolean(), (a, [question, v1, v2], evidence) => {
        const [low, high] =
          scoreAnswerValue(question.answer, v1) <= scoreAnswerValue(question.answer, v2)
            ? [v1, v2]
            : [v2, v1]
        const ev = evidence ? EVIDENCE : []
        const lower: Assessment = {
          ...a,
          answers: { ...a.answers, [question.id]: { value: low, evidence: ev } },
        }
        const higher: Assessment = {
          ...a,
          answers: { ...a.answers, [question.id]: { value: high, evidence: ev } },
        }
        const before = scoreAssessment(q, lower)
        const after = scoreAssessment(q, higher)
        const qs = before.questions[question.id]
        const unitIndex = before.units.findIndex((u) => u.unitId === qs?.unitId)
        const articleIndex = before.articles.findIndex((ar) => ar.articleId === qs?.articleId)
        expect(notLower(after.questions[question.id]?.score, qs?.score)).toBe(true)
        expect(notLower(after.units[unitIndex]?.score, before.units[unitIndex]?.score)).toBe(true)
        expect(
          notLower(after.articles[articleIndex]?.score, before.articles[articleIndex]?.score),
        ).toBe(true)
        expect(notLower(after.overall.score, before.overall.score)).toBe(true)
      }),
      PROPERTY_RUNS,
    )
  })

  it('changes no other question’s score when one question is marked not applicable', () => {
    const ids = allQuestions(q).map((x) => x.id)
    fc.assert(
      fc.property(arbAssessment(q), fc.constantFrom(...ids), (a, id) => {
        const marked: Assessment = {
          ...a,
          answers: {
            ...a.answers,
            [id]: { special: 'not-applicable', reason: 'no programme', evidence: [] },
          },
        }
        const before = scoreAssessment(q, a)
        const after = scoreAssessment(q, marked)
        for (const other of ids) {
          if (other === id) continue
          expect(after.questions[other]).toEqual(before.questions[other])
        }
      }),
      PROPERTY_RUNS,
    )
  })

  it('gives the same scores whatever the order of questions, units and articles', () => {
    const shuffled =
      (seedOrder: number[]) =>
      <T>(items: T[]): T[] => {
        const keyed = items.map((item, i) => ({
          item,
          key: seedOrder[i % seedOrder.length] ?? 0,
          i,
        }))
        return keyed.sort((x, y) => x.key - y.key || y.i - x.i).map((k) => k.item)
      }
    fc.assert(
      fc.property(
        arbAssessment(q),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }),
        (a, order) => {
          const mix = shuffled(order)
          const reordered: Questionnaire = {
            ...q,
            articles: mix(q.articles).map((ar) => ({
              ...ar,
              units: mix(ar.units).map((u) => ({ ...u, questions: mix(u.questions) })),
            })),
          }
          const before = scoreAssessment(q, a)
          const after = scoreAssessment(reordered, a)
          for (const [id, qs] of Object.entries(before.questions))
            expect(after.questions[id]).toEqual(qs)
          for (const u of before.units) {
            const other = after.units.find((x) => x.unitId === u.unitId)
            expect(other?.assessed).toBe(u.assessed)
            if (u.score === null) expect(other?.score).toBeNull()
            else expect(other?.score).toBeCloseTo(u.score, 9)
          }
          for (const ar of before.articles) {
            const other = after.articles.find((x) => x.articleId === ar.articleId)
            if (ar.score === null) expect(other?.score).toBeNull()
            else expect(other?.score).toBeCloseTo(ar.score, 9)
          }
          if (before.overall.score === null) expect(after.overall.score).toBeNull()
          else expect(after.overall.score).toBeCloseTo(before.overall.score, 9)
          expect(after.overall.coverage).toEqual(before.overall.coverage)
          expect(new Set(after.gaps.map((g) => g.questionId))).toEqual(
            new Set(before.gaps.map((g) => g.questionId)),
          )
          expect(after.complete).toBe(before.complete)
        },
      ),
      PROPERTY_RUNS,
    )
  })
})
