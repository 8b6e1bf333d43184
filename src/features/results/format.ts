// Number formatting for the results screens. Scores are rounded half up exactly as the engine's
// formatScore does (so the screen, the report and the command line agree), then written with the
// reader's locale digits.
import { roundHalfUp } from '@/domain/scoring'

const DASH = '–'

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options)
  } catch {
    // An unknown tag from a custom questionnaire must not blank the results.
    return new Intl.NumberFormat('en', options)
  }
}

/** A 0–100 score as a whole number in the locale ("–" when there is none). */
export function formatScoreIn(locale: string, score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return DASH
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(roundHalfUp(score))
}

/** A signed difference of two scores, rounded the same way: "+25", "−10", "0". */
export function formatScoreChange(
  locale: string,
  from: number | null | undefined,
  to: number | null | undefined,
): string {
  if (from === null || from === undefined || to === null || to === undefined) return DASH
  const change = roundHalfUp(to) - roundHalfUp(from)
  return numberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
    change,
  )
}

/** A 0–1 share as a whole percentage in the locale. */
export function formatShare(locale: string, share: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** A plain number as entered by the respondent, with up to three decimals. */
export function formatNumberIn(locale: string, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 3 }).format(value)
}
