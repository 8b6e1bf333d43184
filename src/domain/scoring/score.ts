// The scoring engine: methodology section 3 applied to one assessment. Pure and synchronous, so
// the app, the report and the command line get the same numbers from the same call. Nothing is
// rounded here; round only for display (formatScore).
import type {
  Addressee,
  IndicatorType,
  Question,
  Questionnaire,
} from '@/domain/questionnaire/schema'
import { ADDRESSEES, INDICATOR_TYPES } from '@/domain/questionnaire/schema'
import type { Answer, Assessment, AssessmentMeta } from '@/domain/assessment/schema'
import {
  DEFAULT_WEIGHT,
  EVIDENCE_CAP,
  MAX_SCORE,
  NOT_ASSESSED_NA_SHARE,
  RECOMMENDATION_THRESHOLD,
  SCORE_EPSILON,
  SPECIAL_ANSWER_SCORE,
  bandFor,
  scoreAnswerValue,
} from '@/domain/scoring/rules'
import { roleExclusionReason } from '@/domain/scoring/strings'
import type {
  ArticleScore,
  AssessmentScore,
  Coverage,
  Gap,
  QuestionScore,
  SubScores,
  UnitScore,
} from '@/domain/scoring/types'

/** Plain mean of the values present; null when none is. */
export function meanOf(values: readonly (number | null | undefined)[]): number | null {
  let sum = 0
  let n = 0
  for (const v of values) {
    if (v === null || v === undefined) continue
    sum += v
    n++
  }
  return n === 0 ? null : sum / n
}

function weightedMean(items: readonly { value: number; weight: number }[]): number | null {
  let sum = 0
  let weights = 0
  for (const { value, weight } of items) {
    sum += value * weight
    weights += weight
  }
  return weights > 0 ? sum / weights : null
}

function emptySubScores(): SubScores {
  return { structural: null, process: null, outcome: null }
}

/** Step 1–3 of the rule for one question. */
export function scoreQuestion(
  question: Question,
  unitId: string,
  articleId: string,
  answer: Answer | undefined,
  meta: Pick<AssessmentMeta, 'roles' | 'respondent'>,
): QuestionScore {
  const hasEvidence = (answer?.evidence.length ?? 0) > 0
  const critical = question.critical ?? false
  let status: QuestionScore['status'] = 'unanswered'
  let excludedReason: string | undefined
  let special: QuestionScore['special']
  let rawScore: number | undefined
  let score: number | undefined
  let targetScore: number | undefined
  let unevidenced = false
  let transparencyFinding = false

  let inRole = false
  for (const role of question.roles) if (meta.roles.includes(role)) inRole = true
  if (!inRole) {
    status = 'excluded-role'
    excludedReason = roleExclusionReason(question.roles)
  } else if (answer?.special === 'not-applicable') {
    status = 'not-applicable'
    special = 'not-applicable'
  } else {
    // A target is a plan, so the evidence gate does not apply to it.
    if (answer?.target !== undefined) targetScore = scoreAnswerValue(question.answer, answer.target)
    if (answer?.special === 'dont-know' || answer?.special === 'not-public') {
      status = 'scored'
      special = answer.special
      rawScore = SPECIAL_ANSWER_SCORE
      score = SPECIAL_ANSWER_SCORE
      transparencyFinding = answer.special === 'not-public' && meta.respondent === 'shadow'
    } else if (answer?.value !== undefined) {
      status = 'scored'
      rawScore = scoreAnswerValue(question.answer, answer.value)
      unevidenced = rawScore > EVIDENCE_CAP + SCORE_EPSILON && !hasEvidence
      score = unevidenced ? EVIDENCE_CAP : rawScore
    }
  }

  // Every result has the same fields in the same order (absent ones undefined): objects of one
  // shape keep the later passes over 1,000 questions fast.
  return {
    questionId: question.id,
    unitId,
    articleId,
    indicator: question.indicator,
    weight: question.weight ?? DEFAULT_WEIGHT,
    critical,
    status,
    excludedReason,
    special,
    rawScore,
    score,
    hasEvidence,
    unevidenced,
    redFlag: critical && score !== undefined && score <= SCORE_EPSILON,
    transparencyFinding,
    targetScore,
  }
}

function coverageOf(applicable: number, answered: number, answeredWithEvidence: number): Coverage {
  return {
    applicable,
    answered,
    answeredWithEvidence,
    answeredShare: applicable > 0 ? answered / applicable : 0,
    evidenceShare: applicable > 0 ? answeredWithEvidence / applicable : 0,
  }
}

function sumCoverage(parts: readonly Coverage[]): Coverage {
  let applicable = 0
  let answered = 0
  let withEvidence = 0
  for (const c of parts) {
    applicable += c.applicable
    answered += c.answered
    withEvidence += c.answeredWithEvidence
  }
  return coverageOf(applicable, answered, withEvidence)
}

/** Weighted mean within each indicator type present, then the plain mean of the type means. */
function profileOf(items: readonly { indicator: IndicatorType; value: number; weight: number }[]): {
  score: number | null
  subScores: SubScores
} {
  const subScores = emptySubScores()
  for (const type of INDICATOR_TYPES) {
    subScores[type] = weightedMean(items.filter((i) => i.indicator === type))
  }
  return { score: meanOf(INDICATOR_TYPES.map((t) => subScores[t])), subScores }
}

/** Step 4: questions → unit. */
export function scoreUnit(
  unitId: string,
  articleId: string,
  questions: readonly QuestionScore[],
): UnitScore {
  const inRole = questions.filter((q) => q.status !== 'excluded-role')
  const notApplicable = inRole.filter((q) => q.status === 'not-applicable').length
  const applicable = inRole.length - notApplicable
  const answered = inRole.filter((q) => q.status === 'scored')
  const coverage = coverageOf(
    applicable,
    answered.length,
    answered.filter((q) => q.hasEvidence).length,
  )
  const unit: UnitScore = {
    unitId,
    articleId,
    assessed: false,
    score: null,
    band: null,
    subScores: emptySubScores(),
    coverage,
    redFlags: answered.filter((q) => q.redFlag).map((q) => q.questionId),
    transparencyFindings: answered.filter((q) => q.transparencyFinding).map((q) => q.questionId),
    targetScore: null,
  }

  if (inRole.length === 0) {
    unit.notAssessedReason = 'no-questions-in-role'
    return unit
  }
  if (notApplicable > inRole.length * NOT_ASSESSED_NA_SHARE) {
    unit.notAssessedReason = 'mostly-not-applicable'
    return unit
  }

  // Planned profile: the target where one is set, otherwise the current score.
  const planned: { indicator: IndicatorType; value: number; weight: number }[] = []
  for (const q of inRole) {
    const value = q.targetScore ?? q.score
    if (value !== undefined) planned.push({ indicator: q.indicator, value, weight: q.weight })
  }
  unit.targetScore = profileOf(planned).score

  const current = profileOf(
    answered.map((q) => ({ indicator: q.indicator, value: q.score ?? 0, weight: q.weight })),
  )
  if (current.score === null) {
    unit.notAssessedReason = 'no-answers'
    return unit
  }
  unit.assessed = true
  unit.score = current.score
  unit.band = bandFor(current.score)
  unit.subScores = current.subScores
  return unit
}

function meanSubScores(parts: readonly SubScores[]): SubScores {
  const out = emptySubScores()
  for (const type of INDICATOR_TYPES) out[type] = meanOf(parts.map((p) => p[type]))
  return out
}

/** Ranked gaps: critical first, then gap × weight descending, then questionnaire order. */
function rankGaps(questions: readonly { score: QuestionScore; question: Question }[]): Gap[] {
  const gaps: { gap: Gap; order: number }[] = []
  questions.forEach(({ score: qs, question }, order) => {
    if (qs.status !== 'scored' || qs.score === undefined) return
    if (qs.score >= MAX_SCORE - SCORE_EPSILON) return
    const gapSize = MAX_SCORE - qs.score
    const gap: Gap = {
      questionId: qs.questionId,
      unitId: qs.unitId,
      articleId: qs.articleId,
      score: qs.score,
      gap: gapSize,
      weight: qs.weight,
      critical: qs.critical,
      unevidenced: qs.unevidenced,
      priority: gapSize * qs.weight,
      addressee: question.recommendation.addressee,
      recommend: qs.score <= RECOMMENDATION_THRESHOLD + SCORE_EPSILON,
      special: qs.special,
    }
    gaps.push({ gap, order })
  })
  gaps.sort((a, b) => {
    if (a.gap.critical !== b.gap.critical) return a.gap.critical ? -1 : 1
    const byPriority = b.gap.priority - a.gap.priority
    if (Math.abs(byPriority) > SCORE_EPSILON) return byPriority
    return a.order - b.order
  })
  return gaps.map((g) => g.gap)
}

/** Scores a whole assessment against its questionnaire (methodology section 3, steps 1–7). */
export function scoreAssessment(
  questionnaire: Questionnaire,
  assessment: Assessment,
): AssessmentScore {
  const questions: Record<string, QuestionScore> = {}
  const ordered: { score: QuestionScore; question: Question }[] = []
  const units: UnitScore[] = []
  const articles: ArticleScore[] = []

  for (const article of questionnaire.articles) {
    const articleUnits: UnitScore[] = []
    for (const unit of article.units) {
      const unitQuestions: QuestionScore[] = []
      for (const question of unit.questions) {
        const qs = scoreQuestion(
          question,
          unit.id,
          article.id,
          assessment.answers[question.id],
          assessment.meta,
        )
        questions[question.id] = qs
        unitQuestions.push(qs)
        ordered.push({ score: qs, question })
      }
      const us = scoreUnit(unit.id, article.id, unitQuestions)
      units.push(us)
      articleUnits.push(us)
    }
    const assessedUnits = articleUnits.filter((u) => u.assessed)
    const score = meanOf(assessedUnits.map((u) => u.score))
    articles.push({
      articleId: article.id,
      score,
      band: score === null ? null : bandFor(score),
      assessedUnits: assessedUnits.map((u) => u.unitId),
      subScores: meanSubScores(assessedUnits.map((u) => u.subScores)),
      coverage: sumCoverage(articleUnits.map((u) => u.coverage)),
      redFlags: articleUnits.flatMap((u) => u.redFlags),
      transparencyFindings: articleUnits.flatMap((u) => u.transparencyFindings),
      targetScore: meanOf(articleUnits.map((u) => u.targetScore)),
    })
  }

  const overallScore = meanOf(articles.map((a) => a.score))
  const gaps = rankGaps(ordered)
  const recommendationsByAddressee = Object.fromEntries(
    ADDRESSEES.map((a) => [a, [] as string[]]),
  ) as Record<Addressee, string[]>
  for (const gap of gaps)
    if (gap.recommend) recommendationsByAddressee[gap.addressee].push(gap.questionId)

  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    questions,
    units,
    articles,
    overall: {
      score: overallScore,
      band: overallScore === null ? null : bandFor(overallScore),
      // Same path as the overall score: units → articles → overall, so Article 9's seven units
      // do not outweigh the other articles.
      subScores: meanSubScores(articles.map((a) => a.subScores)),
      coverage: sumCoverage(articles.map((a) => a.coverage)),
      redFlags: articles.flatMap((a) => a.redFlags),
      transparencyFindings: articles.flatMap((a) => a.transparencyFindings),
      targetScore: meanOf(articles.map((a) => a.targetScore)),
    },
    gaps,
    recommendationsByAddressee,
    complete: ordered.every(({ score }) => score.status !== 'unanswered'),
  }
}
