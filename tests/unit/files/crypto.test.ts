// Encrypted files (reliability.md item 10): AES-GCM-256 under a PBKDF2-SHA256 key with ≥ 600,000
// iterations, fresh 16-byte salt and 12-byte IV per file, parameters in a readable header. A wrong
// passphrase or any flipped bit gives one clean message; IVs and salts never repeat.
// Key derivation takes ~0.3–1 s by design, so full-strength encryptions are few and the bit-flip
// test derives each distinct key once.
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  ENCRYPTED_FORMAT,
  IV_BYTES,
  MIN_PBKDF2_ITERATIONS,
  NOT_ENCRYPTED,
  SALT_BYTES,
  WRONG_OR_ALTERED,
  decryptFile,
  decryptWithKey,
  deriveFileKey,
  encryptFile,
  fromBase64,
  isEncryptedFile,
  readEncryptedFile,
  toBase64,
} from '@/domain/files/crypto'
import { expectOneSentence, readFixture } from './helpers'

const SEED = 20_260_227
const PASSPHRASE = 'correct horse battery staple – Café'
const SLOW = 120_000

afterEach(() => {
  vi.restoreAllMocks()
})

function headerOf(file: string): Record<string, unknown> {
  return JSON.parse(file.slice(0, file.indexOf('\n'))) as Record<string, unknown>
}

describe('base64 (strict)', () => {
  it('round-trips any bytes like Node’s encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64'))
        expect(fromBase64(text)).toEqual(new Uint8Array(bytes))
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  it('refuses every other spelling, so no altered character decodes to the same bytes', () => {
    expect(fromBase64('QQ==')).toEqual(new Uint8Array([65]))
    for (const bad of [
      'QR==',
      'QQ=',
      'QQ',
      'Q===',
      '=QQ=',
      'QQ==QQ==',
      'Q Q=',
      'QQ=\n',
      'Q\u00e9==',
    ]) {
      expect(fromBase64(bad)).toBeNull()
    }
  })
})

describe('encryptFile and decryptFile', () => {
  it(
    'round-trips a library file, with every parameter in a readable header',
    async () => {
      const plaintext = readFixture('v2.json')
      const file = await encryptFile(plaintext, PASSPHRASE)
      const [headerLine, body, rest] = file.split('\n')
      expect(rest).toBe('')
      expect(headerOf(file)).toEqual({
        format: ENCRYPTED_FORMAT,
        version: 1,
        kdf: 'PBKDF2-SHA256',
        iterations: 600_000,
        salt: expect.any(String),
        iv: expect.any(String),
        cipher: 'AES-GCM-256',
      })
      expect(headerLine?.startsWith(`{"format":"${ENCRYPTED_FORMAT}","version":1,`)).toBe(true)
      expect(fromBase64(String(headerOf(file).salt))).toHaveLength(SALT_BYTES)
      expect(fromBase64(String(headerOf(file).iv))).toHaveLength(IV_BYTES)
      // Ciphertext plus the 16-byte GCM tag, and nothing of the plaintext visible.
      expect(fromBase64(body ?? '')).toHaveLength(new TextEncoder().encode(plaintext).length + 16)
      expect(file).not.toContain('Norway')
      expect(isEncryptedFile(file)).toBe(true)
      expect(isEncryptedFile(plaintext)).toBe(false)

      expect(await decryptFile(file, PASSPHRASE)).toEqual({ ok: true, plaintext })
      expect(await decryptFile(new TextEncoder().encode(file), PASSPHRASE)).toEqual({
        ok: true,
        plaintext,
      })
      // The same passphrase typed with a decomposed accent (as macOS may send it) still opens it.
      expect(await decryptFile(file, PASSPHRASE.normalize('NFD'))).toEqual({ ok: true, plaintext })
    },
    SLOW,
  )

  it(
    'gives one clean message for a wrong passphrase',
    async () => {
      const file = await encryptFile('{"secret":"نعم"}', PASSPHRASE)
      const result = await decryptFile(file, `${PASSPHRASE} `)
      expect(result).toEqual({ ok: false, message: WRONG_OR_ALTERED })
      expectOneSentence(WRONG_OR_ALTERED)
    },
    SLOW,
  )

  it('refuses a header asking for fewer than 600,000 iterations, without deriving a key', async () => {
    const weak = await encryptFile('secret', PASSPHRASE, { iterations: MIN_PBKDF2_ITERATIONS - 1 })
    expect(headerOf(weak).iterations).toBe(599_999)
    const derive = vi.spyOn(globalThis.crypto.subtle, 'deriveKey')
    expect(await decryptFile(weak, PASSPHRASE)).toEqual({ ok: false, message: WRONG_OR_ALTERED })
    expect(derive).not.toHaveBeenCalled()
  })

  it('refuses a header asking for absurdly many iterations, so a crafted file cannot hang the app', async () => {
    const file = await encryptFile('secret', PASSPHRASE, { iterations: 1 })
    const crafted = file.replace('"iterations":1,', '"iterations":1000000000,')
    const derive = vi.spyOn(globalThis.crypto.subtle, 'deriveKey')
    expect(await decryptFile(crafted, PASSPHRASE)).toEqual({ ok: false, message: WRONG_OR_ALTERED })
    expect(derive).not.toHaveBeenCalled()
  })

  it('tells a file that is not encrypted apart, never throwing on any input', async () => {
    expect(await decryptFile(readFixture('v2.json'), PASSPHRASE)).toEqual({
      ok: false,
      message: NOT_ENCRYPTED,
    })
    expect(await decryptFile('', PASSPHRASE)).toEqual({ ok: false, message: NOT_ENCRYPTED })
    expect(await decryptFile(new Uint8Array([0xff, 0x00]), PASSPHRASE)).toEqual({
      ok: false,
      message: NOT_ENCRYPTED,
    })
    expectOneSentence(NOT_ENCRYPTED)
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 100 }), async (text) => {
        const result = await decryptFile(`{"format":"${ENCRYPTED_FORMAT}"${text}`, PASSPHRASE)
        expect(result.ok).toBe(false)
        if (!result.ok) expect([WRONG_OR_ALTERED, NOT_ENCRYPTED]).toContain(result.message)
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('refuses to encrypt without a passphrase', async () => {
    await expect(encryptFile('x', '')).rejects.toThrow(RangeError)
  })

  it('never repeats a salt or an IV over 100 encryptions', async () => {
    const salts = new Set<string>()
    const ivs = new Set<string>()
    for (let i = 0; i < 100; i += 1) {
      // Iterations do not affect how salt and IV are drawn; 1 keeps this test fast.
      const header = headerOf(await encryptFile('same text', 'same passphrase', { iterations: 1 }))
      salts.add(String(header.salt))
      ivs.add(String(header.iv))
    }
    expect(salts.size).toBe(100)
    expect(ivs.size).toBe(100)
  })
})

describe('tampering', () => {
  it(
    'detects every one of 400 bit flips across header, separator and body (fixed seed)',
    async () => {
      const plaintext = JSON.stringify({
        note: 'A short file so flips spread over the header too.',
      })
      const file = new TextEncoder().encode(await encryptFile(plaintext, PASSPHRASE))
      const original = readEncryptedFile(file)
      if ('message' in original) throw new Error(original.message)
      // One derivation per distinct (salt, iterations): real decryptFile would derive exactly that.
      const keys = new Map<string, Promise<CryptoKey>>()
      const keyFor = (salt: Uint8Array<ArrayBuffer>, iterations: number) => {
        const id = `${toBase64(salt)}:${iterations}`
        const key = keys.get(id) ?? deriveFileKey(PASSPHRASE, salt, iterations)
        keys.set(id, key)
        return key
      }
      expect(
        await decryptWithKey(original, await keyFor(original.salt, original.header.iterations)),
      ).toEqual({
        ok: true,
        plaintext,
      })

      const headerBytes = original.headerLine.length + 1
      const flips = fc.sample(fc.nat({ max: file.length * 8 - 1 }), { seed: SEED, numRuns: 400 })
      // Make sure the header and the newline are in the sample, not only the (longer) body.
      flips.push(
        0,
        7,
        headerBytes * 8 - 8,
        headerBytes * 8 - 1,
        (headerBytes - 1) * 8 + 3,
        file.length * 8 - 1,
      )
      const messages = new Set<string>()
      for (const bit of flips) {
        const altered = file.slice()
        altered[bit >> 3] = (altered[bit >> 3] ?? 0) ^ (1 << (bit & 7))
        const opened = readEncryptedFile(altered)
        const result =
          'message' in opened
            ? { ok: false as const, message: opened.message }
            : await decryptWithKey(opened, await keyFor(opened.salt, opened.header.iterations))
        expect(result.ok, `bit ${bit} flipped went unnoticed`).toBe(false)
        if (!result.ok) messages.add(result.message)
      }
      // Flips inside the format name make it another kind of file; every other flip reads as
      // tampering.
      expect([...messages].every((m) => m === WRONG_OR_ALTERED || m === NOT_ENCRYPTED)).toBe(true)
      expect(messages.has(WRONG_OR_ALTERED)).toBe(true)
    },
    SLOW,
  )

  it(
    'end to end: altered header, IV, body and tag each give the one message',
    async () => {
      const file = await encryptFile('{"answers":{}}', PASSPHRASE)
      const header = headerOf(file)
      const body = file.split('\n')[1] ?? ''
      const swapChar = (s: string, i: number) =>
        s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1)
      const variants = [
        file.replace(`"iv":"${String(header.iv)}"`, `"iv":"${swapChar(String(header.iv), 0)}"`),
        file.replace('"iterations":600000', '"iterations":600001'),
        file.replace(body, swapChar(body, 0)),
        file.replace(body, swapChar(body, body.length - 5)),
        file.replace('\n', '\n\n'),
        `${file}extra`,
      ]
      for (const variant of variants) {
        expect(await decryptFile(variant, PASSPHRASE)).toEqual({
          ok: false,
          message: WRONG_OR_ALTERED,
        })
      }
    },
    SLOW,
  )
})
