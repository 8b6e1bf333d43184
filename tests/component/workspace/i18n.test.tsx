// Interface language: typed keys, <html lang dir>, locale formatting, per-user preference.
import { afterEach, expect, test } from 'vitest'
import { createFormatters, directionOf, i18n, preferredLanguage, setLanguage } from '@/lib/i18n'

afterEach(async () => {
  localStorage.clear()
  await setLanguage('en')
})

test('keys are typed against the English catalog', () => {
  expect(i18n.t('library.new')).toBe('New assessment')
  // @ts-expect-error a key that is not in the catalog does not typecheck
  expect(i18n.t('library.noSuchKey')).toBe('library.noSuchKey')
})

test('setLanguage sets <html lang dir> and remembers the user’s choice', async () => {
  await setLanguage('en', { remember: true })
  expect(document.documentElement.lang).toBe('en')
  expect(document.documentElement.dir).toBe('ltr')
  expect(preferredLanguage()).toBe('en')
  // A language without a catalog falls back to English rather than showing keys.
  await setLanguage('xx')
  expect(document.documentElement.lang).toBe('en')
})

test('Arabic and other right-to-left languages are laid out right to left', () => {
  expect(directionOf('ar')).toBe('rtl')
  expect(directionOf('fr')).toBe('ltr')
})

test('numbers, percentages and dates follow the locale', () => {
  const fr = createFormatters('fr')
  expect(fr.number(1234.5)).toBe('1\u202f234,5')
  expect(fr.percent(0.42)).toBe('42\u00a0%')
  expect(fr.date('2024-03-01')).toBe('1 mars 2024')
  const en = createFormatters('en')
  expect(en.percent(0.42)).toBe('42%')
  expect(en.date('2024-03-01')).toBe('Mar 1, 2024')
})

test('every Arabic plural category reads in Arabic, not English (2, 3, 11 and 0 included)', async () => {
  await setLanguage('ar')
  expect(document.documentElement.dir).toBe('rtl')
  for (const count of [0, 1, 2, 3, 11, 100]) {
    const text = i18n.t('review.evidence', { count })
    expect(text, `count ${count}`).not.toMatch(/evidence/i)
    expect(text, `count ${count}`).toMatch(/[\u0600-\u06FF]/)
  }
})
