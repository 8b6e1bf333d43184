// Facts about a language that need no catalog: its writing direction and its own name. Kept apart
// from languages.ts (which finds catalogs with import.meta.glob) so that build-time code in Node
// (scripts/vite-start-frame.ts) can use them too.

export const DEFAULT_LANGUAGE = 'en'

/** Scripts written right to left, by primary language subtag. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'dv', 'yi'])

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr'
}

/** The interface languages' own names, as CLDR gives them (a unit test compares them with
 * Intl.DisplayNames): building a DisplayNames per language costs the start screen's header
 * tens of milliseconds on a slow phone (performance.md, total blocking time). */
const KNOWN_NATIVE_NAMES: Readonly<Record<string, string>> = {
  ar: 'العربية',
  en: 'English',
  es: 'Español',
  fr: 'Français',
}

/** The language's own name for itself ("Français", "العربية"), for language pickers. */
export function nativeLanguageName(code: string): string {
  const known = KNOWN_NATIVE_NAMES[code]
  if (known) return known
  return displayName(code)
}

/** The name Intl gives a language in that language, capitalised as it stands alone. */
export function displayName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code
    // Intl gives "français", "español": a name standing alone in a list starts with a capital.
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1)
  } catch {
    return code
  }
}
