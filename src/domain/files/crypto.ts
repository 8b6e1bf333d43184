// Passphrase encryption of assessment files, for people whose notes must stay unreadable if a
// laptop or USB stick is taken. Web Crypto only (globalThis.crypto.subtle: browsers and Node 20),
// no library of our own making in the cipher itself.
//
// File layout (text, so it survives e-mail and copy-paste):
//   line 1  a JSON header with every parameter needed to decrypt, e.g.
//           {"format":"international-solidarity-assessment-encrypted","version":1,
//            "kdf":"PBKDF2-SHA256","iterations":600000,"salt":"<b64>","iv":"<b64>",
//            "cipher":"AES-GCM-256"}
//   line 2  base64 of the AES-GCM ciphertext with its 16-byte tag
// The header line's exact bytes are the cipher's additional authenticated data, so changing any
// byte of the file, header included, makes decryption fail.
export const ENCRYPTED_FORMAT = 'international-solidarity-assessment-encrypted'
export const ENCRYPTED_FORMAT_VERSION = 1
/** OWASP's current figure for PBKDF2-HMAC-SHA256; files asking for fewer are refused. */
export const MIN_PBKDF2_ITERATIONS = 600_000
/** A crafted header must not make the app hash for minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000
export const SALT_BYTES = 16
export const IV_BYTES = 12
/** Largest encrypted file read: a 20 MB assessment file after base64 and the header. */
export const MAX_ENCRYPTED_BYTES = Math.ceil((20 * 1024 * 1024 + 16) / 3) * 4 + 4096

export const WRONG_OR_ALTERED = 'The passphrase is wrong or the file has been altered.'
export const NOT_ENCRYPTED =
  'This file is not an encrypted assessment file; open it with the ordinary import instead.'
export const ENCRYPTED_TOO_LARGE =
  'This file is too large to be an encrypted assessment file, so it was not opened; check that you chose the right file.'

export interface EncryptedHeader {
  format: typeof ENCRYPTED_FORMAT
  version: typeof ENCRYPTED_FORMAT_VERSION
  kdf: 'PBKDF2-SHA256'
  iterations: number
  salt: string
  iv: string
  cipher: 'AES-GCM-256'
}

export type DecryptResult = { ok: true; plaintext: string } | { ok: false; message: string }

// ---------------------------------------------------------------------------------------------
// Base64, strict: one spelling per byte string, so no altered character decodes to the same bytes.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const DECODE = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i += 1) DECODE[ALPHABET.charCodeAt(i)] = i

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  let chunk = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const n = (a << 16) | (b << 8) | c
    chunk += ALPHABET[(n >> 18) & 63]
    chunk += ALPHABET[(n >> 12) & 63]
    chunk += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '='
    chunk += i + 2 < bytes.length ? ALPHABET[n & 63] : '='
    if (chunk.length >= 8192) {
      parts.push(chunk)
      chunk = ''
    }
  }
  parts.push(chunk)
  return parts.join('')
}

/** Bytes of a canonical base64 string, or null for anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0) return null
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - padding)
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length
    const values = [0, 0, 0, 0]
    for (let j = 0; j < 4; j += 1) {
      const code = text.charCodeAt(i + j)
      const isPad = last && code === 61 && j >= 4 - padding
      const v = isPad ? 0 : code < 128 ? (DECODE[code] ?? -1) : -1
      if (v < 0) return null
      values[j] = v
    }
    const n =
      ((values[0] ?? 0) << 18) |
      ((values[1] ?? 0) << 12) |
      ((values[2] ?? 0) << 6) |
      (values[3] ?? 0)
    const bytes = [(n >> 16) & 255, (n >> 8) & 255, n & 255]
    const keep = last ? 3 - padding : 3
    // Bits the padding leaves unused must be zero, or two spellings would mean the same bytes.
    if (last && padding > 0 && (n & (padding === 2 ? 0xffff : 0xff)) !== 0) return null
    for (let k = 0; k < keep; k += 1) out[o++] = bytes[k] ?? 0
  }
  return out
}

// ---------------------------------------------------------------------------------------------

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle
  if (!api)
    throw new Error(
      'Encryption needs Web Crypto, which this browser does not provide in this context.',
    )
  return api
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length)
  globalThis.crypto.getRandomValues(bytes)
  return bytes
}

/** NFC so a passphrase typed with composed or decomposed accents (macOS vs Windows) still works. */
function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(passphrase.normalize('NFC'))
}

/** The AES-GCM key for a passphrase; the slow part (hundreds of milliseconds by design). */
export async function deriveFileKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ])
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

export interface EncryptOptions {
  /**
   * PBKDF2 iterations; defaults to MIN_PBKDF2_ITERATIONS. Tests may pass fewer to check that
   * decryptFile refuses such files; the app never does.
   */
  iterations?: number
}

/** Encrypts file text under a passphrase, with a fresh salt and IV every time. */
export async function encryptFile(
  plaintext: string,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<string> {
  if (passphrase.length === 0) throw new RangeError('A passphrase is required to encrypt a file.')
  const iterations = options.iterations ?? MIN_PBKDF2_ITERATIONS
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new RangeError(
      `PBKDF2 iterations must be a whole number from 1 to ${MAX_PBKDF2_ITERATIONS}.`,
    )
  }
  const salt = randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const header: EncryptedHeader = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_FORMAT_VERSION,
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    cipher: 'AES-GCM-256',
  }
  const headerLine = JSON.stringify(header)
  const key = await deriveFileKey(passphrase, salt, iterations)
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(headerLine), tagLength: 128 },
    key,
    new TextEncoder().encode(plaintext),
  )
  return `${headerLine}\n${toBase64(new Uint8Array(ciphertext))}\n`
}

export interface OpenedFile {
  header: EncryptedHeader
  headerLine: string
  salt: Uint8Array<ArrayBuffer>
  iv: Uint8Array<ArrayBuffer>
  ciphertext: Uint8Array<ArrayBuffer>
}

function asText(input: string | Uint8Array): string | null {
  if (typeof input === 'string') return input
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input)
  } catch {
    return null
  }
}

/** Cheap check for choosing between the encrypted and the ordinary import. */
export function isEncryptedFile(input: string | Uint8Array): boolean {
  const head =
    typeof input === 'string' ? input.slice(0, 80) : (asText(input.subarray(0, 80)) ?? '')
  return head.startsWith(`{"format":"${ENCRYPTED_FORMAT}"`)
}

/**
 * Splits and checks an encrypted file's layout and header, without the passphrase. Returns the
 * message to show when the file cannot be decrypted at all.
 */
export function readEncryptedFile(input: string | Uint8Array): OpenedFile | { message: string } {
  const size = typeof input === 'string' ? input.length : input.byteLength
  if (size > MAX_ENCRYPTED_BYTES) return { message: ENCRYPTED_TOO_LARGE }
  const text = asText(input)
  if (text === null) return { message: isEncryptedFile(input) ? WRONG_OR_ALTERED : NOT_ENCRYPTED }
  const newline = text.indexOf('\n')
  const headerLine = newline < 0 ? text : text.slice(0, newline)
  let header: unknown
  try {
    header = JSON.parse(headerLine)
  } catch {
    return { message: isEncryptedFile(text) ? WRONG_OR_ALTERED : NOT_ENCRYPTED }
  }
  if (
    header === null ||
    typeof header !== 'object' ||
    (header as { format?: unknown }).format !== ENCRYPTED_FORMAT
  ) {
    return { message: NOT_ENCRYPTED }
  }
  const h = header as Record<string, unknown>
  const keys = Object.keys(h).sort().join(',')
  if (
    keys !== 'cipher,format,iterations,iv,kdf,salt,version' ||
    h.version !== ENCRYPTED_FORMAT_VERSION ||
    h.kdf !== 'PBKDF2-SHA256' ||
    h.cipher !== 'AES-GCM-256' ||
    typeof h.iterations !== 'number' ||
    !Number.isInteger(h.iterations) ||
    h.iterations < MIN_PBKDF2_ITERATIONS ||
    h.iterations > MAX_PBKDF2_ITERATIONS ||
    typeof h.salt !== 'string' ||
    typeof h.iv !== 'string' ||
    newline < 0
  ) {
    return { message: WRONG_OR_ALTERED }
  }
  // Exactly one body line, with or without a final newline: stray bytes count as alterations.
  let body = text.slice(newline + 1)
  if (body.endsWith('\n')) body = body.slice(0, -1)
  const salt = fromBase64(h.salt)
  const iv = fromBase64(h.iv)
  const ciphertext = fromBase64(body)
  if (
    !salt ||
    salt.length !== SALT_BYTES ||
    !iv ||
    iv.length !== IV_BYTES ||
    !ciphertext ||
    ciphertext.length < 16
  ) {
    return { message: WRONG_OR_ALTERED }
  }
  return { header: h as unknown as EncryptedHeader, headerLine, salt, iv, ciphertext }
}

/** Decrypts an opened file with an already derived key. */
export async function decryptWithKey(file: OpenedFile, key: CryptoKey): Promise<DecryptResult> {
  try {
    const plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: file.iv,
        additionalData: new TextEncoder().encode(file.headerLine),
        tagLength: 128,
      },
      key,
      file.ciphertext,
    )
    return { ok: true, plaintext: new TextDecoder('utf-8', { fatal: true }).decode(plain) }
  } catch {
    return { ok: false, message: WRONG_OR_ALTERED }
  }
}

/**
 * Decrypts a file made by encryptFile. A wrong passphrase and any change to the file give the
 * same single message (AES-GCM cannot tell them apart, and neither should an attacker); never throws.
 */
export async function decryptFile(
  input: string | Uint8Array,
  passphrase: string,
): Promise<DecryptResult> {
  const opened = readEncryptedFile(input)
  if ('message' in opened) return { ok: false, message: opened.message }
  try {
    const key = await deriveFileKey(passphrase, opened.salt, opened.header.iterations)
    return await decryptWithKey(opened, key)
  } catch {
    return { ok: false, message: WRONG_OR_ALTERED }
  }
}
