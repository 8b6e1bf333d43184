// Interface text and locale formatting. Every UI string goes through i18next with keys typed
// against the English catalog; numbers, percentages and dates go through Intl in the current
// language. English is bundled; other catalogs load on demand (see languages.ts).
import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { enCore } from '@/lib/i18n/catalogs/en-core'
import {
  DEFAULT_LANGUAGE,
  directionOf,
  hasCatalog,
  loadCatalog,
  UI_LANGUAGES,
  nativeLanguageName,
} from '@/lib/i18n/languages'

export { directionOf, hasCatalog, UI_LANGUAGES, nativeLanguageName, DEFAULT_LANGUAGE }
export type { Catalog } from '@/lib/i18n/catalogs/en'

const PREFERENCE_KEY = 'isa:ui-language'

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  // Only the first screen's English text is bundled; loadScreenStrings adds the rest.
  resources: { en: { translation: enCore } },
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
})

let screenStrings: Promise<void> | undefined

/**
 * Adds the English text of every screen after the start screen (a lazy chunk). The route table
 * awaits it together with each screen's code, so no screen renders before its strings exist.
 */
export function loadScreenStrings(): Promise<void> {
  screenStrings ??= import('@/lib/i18n/catalogs/en-screens').then(({ enScreens }) => {
    i18n.addResourceBundle(DEFAULT_LANGUAGE, 'translation', enScreens, true, false)
  })
  return screenStrings
}

function readPreference(): string | undefined {
  try {
    return localStorage.getItem(PREFERENCE_KEY) ?? undefined
  } catch {
    return undefined
  }
}

/** The user's own choice of interface language, or the browser's language when we have it. */
export function preferredLanguage(): string {
  const saved = readPreference()
  if (saved && hasCatalog(saved)) return saved
  const fromBrowser = typeof navigator === 'undefined' ? [] : navigator.languages
  for (const tag of fromBrowser) {
    const code = tag.split('-')[0] ?? ''
    if (hasCatalog(code)) return code
  }
  return DEFAULT_LANGUAGE
}

/**
 * Switches the interface language and sets `<html lang dir>`. Falls back to English for a
 * language without a catalog (the questionnaire may still be shown in that language).
 * `remember` stores the choice as the user's preference.
 */
export async function setLanguage(language: string, { remember = false } = {}): Promise<void> {
  const code = hasCatalog(language) ? language : DEFAULT_LANGUAGE
  if (!i18n.hasResourceBundle(code, 'translation')) {
    const catalog = await loadCatalog(code)
    if (catalog) i18n.addResourceBundle(code, 'translation', catalog)
  }
  await i18n.changeLanguage(code)
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code
    document.documentElement.dir = directionOf(code)
  }
  if (remember) {
    try {
      localStorage.setItem(PREFERENCE_KEY, code)
    } catch {
      // Private modes may refuse storage: the choice then lasts for this visit only.
    }
  }
}

export interface Formatters {
  language: string
  number(value: number, options?: Intl.NumberFormatOptions): string
  /** A share 0–1 as a percentage ("42 %" in French, "42%" in English). */
  percent(share: number): string
  /** An ISO date (YYYY-MM-DD or a full timestamp) as a date. */
  date(iso: string): string
  time(iso: string): string
  dateTime(iso: string): string
}

/** Makes a value on first use and keeps it. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

export function createFormatters(language: string): Formatters {
  // Each Intl formatter is built on first use: building all six costs tens of milliseconds on a
  // slow phone, and the start screen's first render (the save status) formats nothing.
  const num = lazy(() => new Intl.NumberFormat(language))
  const pct = lazy(
    () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
  )
  const day = lazy(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }))
  const dayUtc = lazy(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
  )
  const time = lazy(() => new Intl.DateTimeFormat(language, { timeStyle: 'short' }))
  const dateTime = lazy(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  )
  // A bare calendar date means that day everywhere, so it is formatted in UTC.
  const asDate = (iso: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso)
  return {
    language,
    number: (v, o) => (o ? new Intl.NumberFormat(language, o).format(v) : num().format(v)),
    percent: (share) => pct().format(share),
    date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayUtc() : day()).format(asDate(iso)),
    time: (iso) => time().format(asDate(iso)),
    dateTime: (iso) => dateTime().format(asDate(iso)),
  }
}

// One set per language for the whole page: Intl constructors are slow, and a library of
// hundreds of cards would otherwise build six of them per card (npm run bench, library of 500).
const formattersByLanguage = new Map<string, Formatters>()

/** Formatters for the current interface language; re-renders when the language changes. */
export function useFormatters(): Formatters {
  const { i18n: instance } = useTranslation()
  const language = instance.language
  let formatters = formattersByLanguage.get(language)
  if (!formatters) {
    formatters = createFormatters(language)
    formattersByLanguage.set(language, formatters)
  }
  return formatters
}
