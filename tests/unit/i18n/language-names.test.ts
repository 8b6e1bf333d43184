// The language picker's names come from a table (building Intl.DisplayNames for each language
// slowed the start screen); the table must say what Intl says, for every interface language.
import { expect, test } from 'vitest'
import { displayName, nativeLanguageName } from '@/lib/i18n/language-info'
import { UI_LANGUAGES } from '@/lib/i18n'

test('each interface language is named in its own language, as Intl names it', () => {
  for (const code of UI_LANGUAGES) {
    expect(nativeLanguageName(code), code).toBe(displayName(code))
  }
  expect(nativeLanguageName('fr')).toBe('Français')
  expect(nativeLanguageName('ar')).toBe('العربية')
})

test('a language outside the table is still named by Intl', () => {
  expect(nativeLanguageName('de')).toBe('Deutsch')
})
