// Result types of the scoring engine (methodology section 3). Every consumer — results screens,
// the report builder, the command line — reads these, so the numbers agree everywhere.
import type { Addressee, IndicatorType } from '@/domain/questionnaire/schema'
import type { SpecialAnswer } from '@/domain/assessment/schema'

export const BAND_IDS = ['not-aligned', 'minimal', 'partial', 'substantial', 'strong'] as const
export type BandId = (typeof BAND_IDS)[number]

/** Why a question counts for nothing in the scores. */
export type QuestionStatus =
  | 'scored' // has a value or a scoring special answer (dont-know, not-public)
  | 'unanswered' // applicable but no answer yet: excluded from scores, counts against coverage
  | 'not-applicable' // respondent marked it not applicable (with a reason)
  | 'excluded-role' // outside the respondent's cooperation roles

export interface QuestionScore {
  questionId: string
  unitId: string
  articleId: string
  indicator: IndicatorType
  weight: number
  critical: boolean
  status: QuestionStatus
  /** For excluded-role: e.g. "asked of providers of cooperation only". */
  excludedReason?: string
  special?: SpecialAnswer
  /** Score before the evidence gate (0–100); undefined unless status is "scored". */
  rawScore?: number
  /** Score after the evidence gate (0–100); undefined unless status is "scored". */
  score?: number
  hasEvidence: boolean
  /** Would have scored above the cap but had no evidence, so it was capped. */
  unevidenced: boolean
  /** Critical question scoring 0. */
  redFlag: boolean
  /** Shadow assessment answered "information not public": a finding about the State. */
  transparencyFinding: boolean
  /** Score of the target value, when a target is set (evidence gate not applied: a plan). */
  targetScore?: number
}

export interface Coverage {
  /** Questions in the respondent's roles and not marked not applicable. */
  applicable: number
  answered: number
  answeredWithEvidence: number
  /** answered / applicable, 0–1 (0 when nothing is applicable). */
  answeredShare: number
  /** answeredWithEvidence / applicable, 0–1. */
  evidenceShare: number
}

export type SubScores = Record<IndicatorType, number | null>

export interface UnitScore {
  unitId: string
  articleId: string
  /** False when more than half the in-role questions are not applicable, or nothing is scored. */
  assessed: boolean
  notAssessedReason?: 'mostly-not-applicable' | 'no-answers' | 'no-questions-in-role'
  score: number | null
  band: BandId | null
  subScores: SubScores
  coverage: Coverage
  redFlags: string[]
  transparencyFindings: string[]
  /** Planned profile: the unit score with target values in place of current ones where set. */
  targetScore: number | null
}

export interface ArticleScore {
  articleId: string
  score: number | null
  band: BandId | null
  /** Units whose scores entered the mean. */
  assessedUnits: string[]
  subScores: SubScores
  coverage: Coverage
  redFlags: string[]
  transparencyFindings: string[]
  targetScore: number | null
}

export interface Gap {
  questionId: string
  unitId: string
  articleId: string
  score: number
  /** 100 − score. */
  gap: number
  weight: number
  critical: boolean
  unevidenced: boolean
  /** Priority used for ranking: critical first, then gap × weight. */
  priority: number
  addressee: Addressee
  /** True when the recommendation applies (score ≤ 50, methodology section 2). */
  recommend: boolean
  /** Set when the score comes from "don't know" or "information not public". */
  special?: SpecialAnswer
}

export interface AssessmentScore {
  questionnaire: { id: string; version: string }
  questions: Record<string, QuestionScore>
  units: UnitScore[]
  articles: ArticleScore[]
  overall: {
    score: number | null
    band: BandId | null
    subScores: SubScores
    coverage: Coverage
    redFlags: string[]
    transparencyFindings: string[]
    targetScore: number | null
  }
  /** Ranked: critical first, then gap × weight (descending), then questionnaire order. */
  gaps: Gap[]
  /** Question ids of gaps that carry a recommendation, grouped by addressee, in gap order. */
  recommendationsByAddressee: Record<Addressee, string[]>
  /** True when every applicable question has an answer. */
  complete: boolean
}
