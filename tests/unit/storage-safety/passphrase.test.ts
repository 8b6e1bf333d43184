// The passphrase strength hint on the export form.
import { expect, test } from 'vitest'
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '@/features/files/passphrase'

test('rates passphrases from too short to strong', () => {
  expect(passphraseStrength('')).toBe('empty')
  expect(passphraseStrength('a'.repeat(MIN_PASSPHRASE_LENGTH - 1))).toBe('too-short')
  expect(passphraseStrength('password')).toBe('weak')
  expect(passphraseStrength('aaaaaaaaaaaa')).toBe('weak')
  expect(passphraseStrength('Blue-kettle9')).toBe('fair')
  expect(passphraseStrength('correct horse battery staple')).toBe('strong')
  // Non-Latin scripts count as varied characters, not as nothing.
  expect(passphraseStrength('تضامن دولي في العمل')).toBe('strong')
})

test('counts characters, not UTF-16 units, for the minimum length', () => {
  expect(passphraseStrength('😀😀😀😀😀😀😀')).toBe('too-short')
})
