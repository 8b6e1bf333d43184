// Comparison of two assessments (State vs shadow, or two rounds) and the profile of one State
// over several periods. Both sides are scored by the same engine; questions are matched by id so
// assessments of different questionnaire versions can still be compared, with the unmatched
// questions listed rather than silently dropped.
import type { Questionnaire } from '@/domain/questionnaire/schema'
import { INDICATOR_TYPES, type IndicatorType } from '@/domain/questionnaire/schema'
import type { Assessment, RespondentType, SpecialAnswer } from '@/domain/assessment/schema'
import { DIVERGENCE_THRESHOLD, SCORE_EPSILON } from '@/domain/scoring/rules'
import { scoreAssessment } from '@/domain/scoring/score'
import type { AssessmentScore, BandId, QuestionStatus } from '@/domain/scoring/types'

export interface ComparisonSide {
  assessmentId: string
  name?: string
  state: string
  respondent: RespondentType
  organisation: string
  period: { from: string; to: string }
  questionnaire: { id: string; version: string }
  /** "Self-assessment by <organisation>" or "Shadow assessment by <organisation>". */
  label: string
}

export interface QuestionSide {
  status: QuestionStatus
  score: number | null
  special?: SpecialAnswer
  unevidenced: boolean
}

export type DivergenceReason = 'score-difference' | 'special-answer'

export interface QuestionComparison {
  questionId: string
  unitId: string
  articleId: string
  a: QuestionSide
  b: QuestionSide
  /** b − a; null unless both sides have a score. */
  difference: number | null
  divergent: boolean
  divergenceReason?: DivergenceReason
}

export interface ScorePair {
  a: number | null
  b: number | null
  /** b − a; null unless both sides have a score. */
  difference: number | null
}

export interface LevelComparison extends ScorePair {
  bandA: BandId | null
  bandB: BandId | null
  divergent: boolean
  subScores: Record<IndicatorType, ScorePair>
}

export interface UnitComparison extends LevelComparison {
  unitId: string
  articleId: string
}

export interface ArticleComparison extends LevelComparison {
  articleId: string
}

export interface AssessmentComparison {
  a: ComparisonSide
  b: ComparisonSide
  scoreA: AssessmentScore
  scoreB: AssessmentScore
  /** Questions present in both questionnaires; divergent ones first, then in questionnaire order. */
  questions: QuestionComparison[]
  divergentQuestions: string[]
  /** Units in questionnaire order (A's order, then units only B has). */
  units: UnitComparison[]
  articles: ArticleComparison[]
  overall: LevelComparison
  unmatched: { onlyInA: string[]; onlyInB: string[] }
  /** Same questionnaire id and version on both sides. */
  sameQuestionnaire: boolean
}

function sideOf(assessment: Assessment): ComparisonSide {
  const kind = assessment.meta.respondent === 'shadow' ? 'Shadow assessment' : 'Self-assessment'
  const side: ComparisonSide = {
    assessmentId: assessment.id,
    state: assessment.meta.state,
    respondent: assessment.meta.respondent,
    organisation: assessment.meta.organisation,
    period: assessment.meta.period,
    questionnaire: assessment.questionnaire,
    label: `${kind} by ${assessment.meta.organisation}`,
  }
  if (assessment.name !== undefined) side.name = assessment.name
  return side
}

function pair(a: number | null | undefined, b: number | null | undefined): ScorePair {
  const left = a ?? null
  const right = b ?? null
  return { a: left, b: right, difference: left !== null && right !== null ? right - left : null }
}

function isDivergent(difference: number | null): boolean {
  return difference !== null && Math.abs(difference) >= DIVERGENCE_THRESHOLD - SCORE_EPSILON
}

type Level = {
  score: number | null
  band: BandId | null
  subScores: Record<IndicatorType, number | null>
}

function compareLevel(a: Level | undefined, b: Level | undefined): LevelComparison {
  const scores = pair(a?.score, b?.score)
  const subScores = {} as Record<IndicatorType, ScorePair>
  for (const type of INDICATOR_TYPES) subScores[type] = pair(a?.subScores[type], b?.subScores[type])
  return {
    ...scores,
    bandA: a?.band ?? null,
    bandB: b?.band ?? null,
    divergent: isDivergent(scores.difference),
    subScores,
  }
}

function questionIds(q: Questionnaire): string[] {
  return q.articles.flatMap((a) => a.units.flatMap((u) => u.questions.map((x) => x.id)))
}

/** Ids in A's order, then those only B has. */
function unionInOrder(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a)
  return [...a, ...b.filter((id) => !seen.has(id))]
}

/** Compares two assessments question by question, unit by unit, article by article and overall. */
export function compareAssessments(
  questionnaireA: Questionnaire,
  a: Assessment,
  questionnaireB: Questionnaire,
  b: Assessment,
): AssessmentComparison {
  const scoreA = scoreAssessment(questionnaireA, a)
  const scoreB = scoreAssessment(questionnaireB, b)
  const idsA = questionIds(questionnaireA)
  const idsB = questionIds(questionnaireB)
  const inB = new Set(idsB)
  const inA = new Set(idsA)

  const matched: { item: QuestionComparison; order: number }[] = []
  idsA.forEach((id, order) => {
    const qa = scoreA.questions[id]
    const qb = scoreB.questions[id]
    if (!qa || !qb || !inB.has(id)) return
    const sideA: QuestionSide = {
      status: qa.status,
      score: qa.score ?? null,
      unevidenced: qa.unevidenced,
    }
    const sideB: QuestionSide = {
      status: qb.status,
      score: qb.score ?? null,
      unevidenced: qb.unevidenced,
    }
    if (qa.special) sideA.special = qa.special
    if (qb.special) sideB.special = qb.special
    const { difference } = pair(sideA.score, sideB.score)
    const item: QuestionComparison = {
      questionId: id,
      unitId: qa.unitId,
      articleId: qa.articleId,
      a: sideA,
      b: sideB,
      difference,
      divergent: false,
    }
    // A special answer on one side only (or two different ones) is a disagreement about the facts
    // even when both score 0.
    if (sideA.special !== sideB.special) {
      item.divergent = true
      item.divergenceReason = 'special-answer'
    } else if (isDivergent(difference)) {
      item.divergent = true
      item.divergenceReason = 'score-difference'
    }
    matched.push({ item, order })
  })
  matched.sort((x, y) => Number(y.item.divergent) - Number(x.item.divergent) || x.order - y.order)
  const questions = matched.map((m) => m.item)

  const unitIds = unionInOrder(
    scoreA.units.map((u) => u.unitId),
    scoreB.units.map((u) => u.unitId),
  )
  const units: UnitComparison[] = unitIds.map((unitId) => {
    const ua = scoreA.units.find((u) => u.unitId === unitId)
    const ub = scoreB.units.find((u) => u.unitId === unitId)
    return { unitId, articleId: ua?.articleId ?? ub?.articleId ?? '', ...compareLevel(ua, ub) }
  })

  const articleIds = unionInOrder(
    scoreA.articles.map((x) => x.articleId),
    scoreB.articles.map((x) => x.articleId),
  )
  const articles: ArticleComparison[] = articleIds.map((articleId) => ({
    articleId,
    ...compareLevel(
      scoreA.articles.find((x) => x.articleId === articleId),
      scoreB.articles.find((x) => x.articleId === articleId),
    ),
  }))

  return {
    a: sideOf(a),
    b: sideOf(b),
    scoreA,
    scoreB,
    questions,
    divergentQuestions: questions.filter((x) => x.divergent).map((x) => x.questionId),
    units,
    articles,
    overall: compareLevel(scoreA.overall, scoreB.overall),
    unmatched: {
      onlyInA: idsA.filter((id) => !inB.has(id)),
      onlyInB: idsB.filter((id) => !inA.has(id)),
    },
    sameQuestionnaire:
      questionnaireA.id === questionnaireB.id &&
      questionnaireA.version === questionnaireB.version &&
      a.questionnaire.id === b.questionnaire.id &&
      a.questionnaire.version === b.questionnaire.version,
  }
}

export interface RoundInput {
  questionnaire: Questionnaire
  assessment: Assessment
}

export interface RoundInfo {
  assessmentId: string
  name?: string
  period: { from: string; to: string }
  questionnaire: { id: string; version: string }
}

export interface RoundSeries {
  /** One entry per round, in round order; null where the level has no score in that round. */
  scores: (number | null)[]
  /** Differences from the previous round (null for the first round or where a side is missing). */
  changes: (number | null)[]
}

export interface RoundsProfile {
  state: string
  respondent: RespondentType
  /** Sorted by period (start, then end). */
  rounds: RoundInfo[]
  overall: RoundSeries
  articles: ({ articleId: string } & RoundSeries)[]
  units: ({ unitId: string; articleId: string } & RoundSeries)[]
}

function seriesOf(scores: (number | null)[]): RoundSeries {
  return {
    scores,
    changes: scores.map((s, i) => {
      const previous = i > 0 ? scores[i - 1] : null
      return s !== null && previous !== null && previous !== undefined ? s - previous : null
    }),
  }
}

/**
 * The profile of one State, as seen by one kind of respondent, over several periods. Throws when
 * the assessments are of different States or respondent types: mixing a self-assessment into a
 * shadow series would show a change that is only a change of viewpoint.
 */
export function roundsProfile(inputs: readonly RoundInput[]): RoundsProfile {
  const first = inputs[0]
  if (!first) throw new Error('Choose at least one assessment to show a profile over time.')
  const state = first.assessment.meta.state
  const respondent = first.assessment.meta.respondent
  for (const { assessment } of inputs) {
    if (assessment.meta.state.trim().toLowerCase() !== state.trim().toLowerCase()) {
      throw new Error(
        `Rounds must assess the same State: "${assessment.meta.state}" is not "${state}".`,
      )
    }
    if (assessment.meta.respondent !== respondent) {
      throw new Error(
        'Rounds must come from the same kind of respondent: do not mix self-assessments and shadow assessments.',
      )
    }
  }

  const sorted = [...inputs].sort((x, y) => {
    const px = x.assessment.meta.period
    const py = y.assessment.meta.period
    if (px.from !== py.from) return px.from < py.from ? -1 : 1
    if (px.to !== py.to) return px.to < py.to ? -1 : 1
    return x.assessment.createdAt < y.assessment.createdAt
      ? -1
      : x.assessment.createdAt > y.assessment.createdAt
        ? 1
        : 0
  })
  const scores = sorted.map(({ questionnaire, assessment }) =>
    scoreAssessment(questionnaire, assessment),
  )

  // Latest questionnaire's order first, so the profile reads like the current questionnaire.
  const unitOrder: { unitId: string; articleId: string }[] = []
  const articleOrder: string[] = []
  for (const s of [...scores].reverse()) {
    for (const u of s.units) {
      if (!unitOrder.some((x) => x.unitId === u.unitId))
        unitOrder.push({ unitId: u.unitId, articleId: u.articleId })
    }
    for (const ar of s.articles)
      if (!articleOrder.includes(ar.articleId)) articleOrder.push(ar.articleId)
  }

  return {
    state,
    respondent,
    rounds: sorted.map(({ assessment }) => {
      const info: RoundInfo = {
        assessmentId: assessment.id,
        period: assessment.meta.period,
        questionnaire: assessment.questionnaire,
      }
      if (assessment.name !== undefined) info.name = assessment.name
      return info
    }),
    overall: seriesOf(scores.map((s) => s.overall.score)),
    articles: articleOrder.map((articleId) => ({
      articleId,
      ...seriesOf(
        scores.map((s) => s.articles.find((x) => x.articleId === articleId)?.score ?? null),
      ),
    })),
    units: unitOrder.map(({ unitId, articleId }) => ({
      unitId,
      articleId,
      ...seriesOf(scores.map((s) => s.units.find((x) => x.unitId === unitId)?.score ?? null)),
    })),
  }
}
