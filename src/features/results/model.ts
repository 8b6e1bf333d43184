// Rows the results screens, their charts and their data tables share, taken from the engine's
// result and the questionnaire. Charts and tables are built from the same rows so the table is a
// faithful alternative to the chart.
import {
  allQuestionLocations,
  allUnits,
  localize,
  type Question,
  type Questionnaire,
} from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
import type {
  ArticleScore,
  AssessmentScore,
  QuestionScore,
  SubScores,
  UnitScore,
} from '@/domain/scoring'

export interface UnitRow {
  unitId: string
  articleId: string
  title: string
  score: UnitScore
  /** Null when the unit is not assessed: charts leave a gap there, never a zero. */
  current: number | null
  /** Null when nothing can be planned for the unit. */
  planned: number | null
}

export function unitRows(
  questionnaire: Questionnaire,
  score: AssessmentScore,
  language: string,
): UnitRow[] {
  const byId = new Map(score.units.map((u) => [u.unitId, u]))
  return allUnits(questionnaire).flatMap(({ unit, article }) => {
    const us = byId.get(unit.id)
    if (!us) return []
    return [
      {
        unitId: unit.id,
        articleId: article.id,
        title: localize(unit.title, language),
        score: us,
        current: us.assessed ? us.score : null,
        planned: us.targetScore,
      },
    ]
  })
}

export interface ArticleRow {
  articleId: string
  title: string
  score: ArticleScore
  subScores: SubScores
}

export function articleRows(
  questionnaire: Questionnaire,
  score: AssessmentScore,
  language: string,
): ArticleRow[] {
  const byId = new Map(score.articles.map((a) => [a.articleId, a]))
  return questionnaire.articles.flatMap((article) => {
    const as = byId.get(article.id)
    return as
      ? [
          {
            articleId: article.id,
            title: localize(article.title, language),
            score: as,
            subScores: as.subScores,
          },
        ]
      : []
  })
}

export interface TargetRow {
  question: Question
  unitId: string
  articleId: string
  questionScore: QuestionScore
}

/** Questions where the respondent set a target, in questionnaire order. */
export function targetRows(
  questionnaire: Questionnaire,
  assessment: Assessment,
  score: AssessmentScore,
): TargetRow[] {
  return allQuestionLocations(questionnaire).flatMap(({ question, unit, article }) => {
    const qs = score.questions[question.id]
    if (
      !qs ||
      qs.targetScore === undefined ||
      assessment.answers[question.id]?.target === undefined
    )
      return []
    return [{ question, unitId: unit.id, articleId: article.id, questionScore: qs }]
  })
}

/** Highest and lowest assessed units; ties go to the earlier unit in the questionnaire. */
export function extremes(
  rows: readonly UnitRow[],
): { strongest: UnitRow; weakest: UnitRow } | undefined {
  let strongest: UnitRow | undefined
  let weakest: UnitRow | undefined
  for (const row of rows) {
    if (row.current === null) continue
    if (!strongest || row.current > (strongest.current ?? -Infinity)) strongest = row
    if (!weakest || row.current < (weakest.current ?? Infinity)) weakest = row
  }
  return strongest && weakest ? { strongest, weakest } : undefined
}
