// Number, score and date formatting in the reader's locale, shared by the results, compare,
// rounds and merge screens. Scores are rounded half up exactly as the engine's formatScore does, so
// a score reads the same on every screen, in the report and on the command line.
import { roundHalfUp, shownDifference } from '@/domain/scoring'

const DASH = '–'

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options)
  } catch {
    // An unknown tag from a custom questionnaire must not blank the page.
    return new Intl.NumberFormat('en', options)
  }
}

/** A 0–100 score as a whole number ("–" when there is none). */
export function formatScoreIn(locale: string, score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return DASH
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(roundHalfUp(score))
}

/** A signed whole difference: "+25", "−10", "0" ("–" when there is none). */
export function formatDifferenceIn(locale: string, difference: number | null | undefined): string {
  if (difference === null || difference === undefined || !Number.isFinite(difference)) return DASH
  return numberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
    difference,
  )
}

/** The difference of two scores as shown: "+25", "−10", "0" ("–" when a side has none). */
export function formatChangeIn(
  locale: string,
  from: number | null | undefined,
  to: number | null | undefined,
): string {
  return formatDifferenceIn(locale, shownDifference(from, to))
}

/** A 0–1 share as a whole percentage. */
export function formatShare(locale: string, share: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** A number as entered by a respondent, with up to three decimals. */
export function formatNumberIn(locale: string, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 3 }).format(value)
}

/** An ISO calendar date as a medium date, the same day in every time zone. */
export function formatDateIn(locale: string, iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    )
  } catch {
    return iso
  }
}

/** "file 1, file 2 and file 3" in the reader's language. */
export function formatList(locale: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
  } catch {
    return items.join(', ')
  }
}
