// A rough strength hint for export passphrases. It is guidance, not a guarantee: it counts
// length and variety, which is what a person typing can act on ("add a word"). The file's real
// protection is AES-GCM with a key stretched by 600,000 PBKDF2 rounds; a short passphrase still
// falls to guessing, so the hint pushes towards several unrelated words.

export const MIN_PASSPHRASE_LENGTH = 8

export type PassphraseStrength = 'empty' | 'too-short' | 'weak' | 'fair' | 'strong'

/** Estimated bits of guessing work, assuming the characters were chosen independently. */
function roughBits(passphrase: string): number {
  const chars = [...passphrase]
  let pool = 0
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10
  if (chars.some((c) => /[^A-Za-z0-9]/.test(c) && c.charCodeAt(0) < 128)) pool += 33
  // Letters beyond ASCII (accents, Arabic, Cyrillic…) widen the pool considerably.
  if (chars.some((c) => c.charCodeAt(0) >= 128)) pool += 100
  // Repeats add little: count distinct characters beyond the first few repetitions at half weight.
  const distinct = new Set(chars).size
  const effective = distinct + (chars.length - distinct) / 2
  return effective * Math.log2(Math.max(pool, 2))
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (passphrase.length === 0) return 'empty'
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'too-short'
  const bits = roughBits(passphrase)
  if (bits < 45) return 'weak'
  if (bits < 70) return 'fair'
  return 'strong'
}
