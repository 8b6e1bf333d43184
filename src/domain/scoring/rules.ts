// The named constants of the scoring rule (methodology section 3) and the answer → 0–100 step.
// The Method page, the PDF annex and the engine all read these constants, so the words shown to
// users and the arithmetic cannot drift apart.
import type { AnswerSpec, NumberSpec } from '@/domain/questionnaire/schema'
import type { AnswerValue } from '@/domain/assessment/schema'
import { BAND_IDS, type BandId } from '@/domain/scoring/types'

export const MIN_SCORE = 0
export const MAX_SCORE = 100

/** yes / partly / no → 100 / 50 / 0. */
export const YES_PARTLY_NO_SCORES = { yes: 100, partly: 50, no: 0 } as const

/** Maturity level 0–4 → score; index = level. */
export const MATURITY_SCORES = [0, 25, 50, 75, 100] as const
export const MATURITY_MAX_LEVEL = MATURITY_SCORES.length - 1

/** An answer that would score above this without evidence is capped here and marked unevidenced. */
export const EVIDENCE_CAP = 50

/** Score of "don't know" and of "information not public". */
export const SPECIAL_ANSWER_SCORE = 0

/** A unit is not assessed when the share of in-role questions marked not applicable exceeds this. */
export const NOT_ASSESSED_NA_SHARE = 1 / 2

/** Upper bound (inclusive) of each band but the last; a score above the last bound is "strong". */
export const BAND_THRESHOLDS = [20, 40, 60, 80] as const

/** The recommendation of a question applies when its score is at or below this. */
export const RECOMMENDATION_THRESHOLD = 50

/** Two scores of the same question, unit or article this far apart (or more) are divergent. */
export const DIVERGENCE_THRESHOLD = 25

/** Default weight of a question when the questionnaire sets none. */
export const DEFAULT_WEIGHT = 1

/**
 * Tolerance for comparisons against the thresholds above. Means of fractions such as 1/3 are not
 * exact in binary floating point, and a unit whose true score is 60 must not land in the next band
 * because it was computed as 60.00000000000001.
 */
export const SCORE_EPSILON = 1e-9

/** Scores move between 0 and 100 only. */
export function clampScore(score: number): number {
  return Math.min(MAX_SCORE, Math.max(MIN_SCORE, score))
}

/** Linear: `zero` scores 0, `full` scores 100, clamped. Works for either direction. */
function linear(value: number, zero: number, full: number): number {
  if (zero === full) {
    // Degenerate setting: nothing to interpolate, so only reaching the target counts.
    return value === full ? MAX_SCORE : MIN_SCORE
  }
  return clampScore(((value - zero) / (full - zero)) * MAX_SCORE)
}

/** The value above a band that scores 0: set explicitly or the mirror of the floor. */
export function bandCeiling(spec: NumberSpec): number {
  const band = spec.band ?? { min: spec.target, max: spec.target }
  return spec.ceiling ?? band.max + (band.min - spec.floor)
}

/** Score of a number answer (methodology section 3, step 1). */
export function scoreNumber(spec: NumberSpec, value: number): number {
  if (spec.direction !== 'band') {
    // floor > target for lower-is-better, so the same line runs the other way.
    return linear(value, spec.floor, spec.target)
  }
  const band = spec.band ?? { min: spec.target, max: spec.target }
  if (value >= band.min && value <= band.max) return MAX_SCORE
  if (value < band.min) return linear(value, spec.floor, band.min)
  return linear(value, bandCeiling(spec), band.max)
}

/**
 * Score of an answer value for a question's answer type, 0–100, before the evidence gate.
 * A value of the wrong form for the answer type scores 0; validation rejects such files before
 * they reach the engine, so this only guards against callers that skip validation.
 */
export function scoreAnswerValue(spec: AnswerSpec, value: AnswerValue): number {
  switch (spec.type) {
    case 'yes-partly-no':
      return typeof value === 'string' ? YES_PARTLY_NO_SCORES[value] : MIN_SCORE
    case 'maturity': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return MIN_SCORE
      return MATURITY_SCORES[value] ?? MIN_SCORE
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? scoreNumber(spec, value)
        : MIN_SCORE
    case 'checklist': {
      if (!Array.isArray(value)) return MIN_SCORE
      const known = new Set(spec.items.map((i) => i.id))
      const present = new Set(value.filter((id) => known.has(id)))
      return (present.size / spec.items.length) * MAX_SCORE
    }
  }
}

/** Band of a 0–100 score (methodology section 3, step 6). */
export function bandFor(score: number): BandId {
  for (let i = 0; i < BAND_THRESHOLDS.length; i++) {
    const bound = BAND_THRESHOLDS[i]
    const id = BAND_IDS[i]
    if (bound !== undefined && id !== undefined && score <= bound + SCORE_EPSILON) return id
  }
  return 'strong'
}

/** Lower and upper bounds of a band, for legends: [from, to], "from" exclusive except for the first. */
export function bandRange(band: BandId): [number, number] {
  const index = BAND_IDS.indexOf(band)
  const from = index === 0 ? MIN_SCORE : (BAND_THRESHOLDS[index - 1] ?? MIN_SCORE)
  const to = BAND_THRESHOLDS[index] ?? MAX_SCORE
  return [from, to]
}

/**
 * Rounds a score for display: half up, to an integer. The engine never rounds, so totals are
 * computed from exact means; only what people read is rounded.
 */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return '–'
  return String(roundHalfUp(score))
}

/**
 * The difference `to − from` as the reader can check it from the two shown scores: each is rounded
 * first, so 87.5 and 50 show as 88 and 50 with a difference of −38. Null unless both exist. Every
 * place that prints a difference beside its two scores uses it: the screens, the report and the
 * command line.
 */
export function shownDifference(
  from: number | null | undefined,
  to: number | null | undefined,
): number | null {
  if (from === null || from === undefined || to === null || to === undefined) return null
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null
  return roundHalfUp(to) - roundHalfUp(from)
}

/** Half-up rounding to `decimals` places that ignores binary noise such as 49.99999999999999. */
export function roundHalfUp(value: number, decimals = 0): number {
  const factor = 10 ** decimals
  const cleaned = Math.round(value * factor * 1e6) / 1e6
  return Math.floor(cleaned + 0.5) / factor
}
