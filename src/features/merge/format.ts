// Number formatting for the merge preview, in the reader's locale.
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options)
  } catch {
    // An unknown tag from a custom questionnaire must not blank the page.
    return new Intl.NumberFormat('en', options)
  }
}

/** A number as entered by a respondent, with up to three decimals. */
export function formatNumberIn(locale: string, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 3 }).format(value)
}

/** "file 1, file 2 and file 3" in the reader's language. */
export function formatList(locale: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
  } catch {
    return items.join(', ')
  }
}
