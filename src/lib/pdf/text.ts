// Text helpers for the PDF renderer: direction of a piece of text, the jsPDF bidi options that
// go with it, Arabic shaping, characters the embedded font cannot draw, and line wrapping that
// measures with the current font. jsPDF's bidi engine writes our logical strings in visual order
// with brackets mirrored; its own Arabic shaper counts vowel marks and Arabic punctuation as
// letters (so a word before "،" or a vowelled letter loses its joins), so text is shaped here
// first and jsPDF keeps the forms it is given.
import type { jsPDF, TextOptionsLight } from 'jspdf'

export type Direction = 'ltr' | 'rtl'

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/
const LTR_LETTER = /(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])\p{L}/u

/**
 * Base direction for a piece of text: right to left only when its letters are all in a
 * right-to-left script, left to right only when none is; mixed or letterless text follows the
 * report (`fallback`). In mixed text the bidi engine still orders each run correctly, and the
 * layout stays that of the report's language rather than flipping on the first word.
 */
export function directionOf(text: string, fallback: Direction = 'ltr'): Direction {
  const rtl = RTL_LETTER.test(text)
  const ltr = LTR_LETTER.test(text)
  if (rtl && !ltr) return 'rtl'
  if (ltr && !rtl) return 'ltr'
  return fallback
}

export const LTR_TEXT: TextOptionsLight = {
  isInputVisual: false,
  isOutputVisual: true,
  isInputRtl: false,
  isOutputRtl: false,
  isSymmetricSwapping: true,
}

export const RTL_TEXT: TextOptionsLight = {
  isInputVisual: false,
  isOutputVisual: true,
  isInputRtl: true,
  isOutputRtl: false,
  isSymmetricSwapping: true,
}

export function bidiOptions(direction: Direction): TextOptionsLight {
  return direction === 'rtl' ? RTL_TEXT : LTR_TEXT
}

/**
 * Text ready for the embedded font. DejaVu Sans covers the Basic Multilingual Plane scripts the
 * app supports but no emoji or other supplementary-plane characters; jsPDF would silently drop
 * them, so they are shown as U+FFFD and the reader can see that something was there. Arabic is
 * shaped (see shapeArabic).
 */
export function drawable(text: string): string {
  const safe = text.replace(/[\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
  return ARABIC_LETTER.test(safe) ? shapeArabic(safe) : safe
}

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FC]/

/**
 * Contextual forms of each Arabic letter, [isolated, final] for letters that join only to the
 * letter before them and [isolated, final, initial, medial] for letters that join on both sides,
 * read from Unicode's compatibility mappings of the presentation-form blocks (which list each
 * letter's forms in that order) rather than typed out by hand.
 */
const FORMS: Map<string, string[]> = (() => {
  const forms = new Map<string, string[]>()
  const collect = (from: number, to: number, known: Set<string>) => {
    for (let code = from; code <= to; code++) {
      const form = String.fromCharCode(code)
      const base = form.normalize('NFKC')
      if (base.length !== 1 || base === form || known.has(base)) continue
      forms.set(base, [...(forms.get(base) ?? []), form])
    }
  }
  // The main block first; the extended block only adds letters it does not have (it also holds
  // Uighur forms of alef maksura, which would otherwise be taken for the Arabic ones).
  collect(0xfe80, 0xfef4, new Set())
  collect(0xfb50, 0xfbff, new Set(forms.keys()))
  return forms
})()

const TATWEEL = '\u0640'
const TRANSPARENT = /\p{Mn}/u

/** Joins on both sides: dual-joining letters and the tatweel. */
function joinsBoth(ch: string | undefined): boolean {
  return ch === TATWEEL || (ch !== undefined && (FORMS.get(ch)?.length ?? 0) === 4)
}

/** Joins to the letter before it. */
function joinsBefore(ch: string | undefined): boolean {
  return ch === TATWEEL || (ch !== undefined && (FORMS.get(ch)?.length ?? 0) >= 2)
}

/**
 * Replaces each Arabic letter with its contextual presentation form, skipping vowel marks when
 * looking for neighbours and treating Arabic punctuation as a non-letter. Marks are put in
 * canonical order first so that a vowel precedes the shadda (jsPDF would otherwise fuse them
 * into ligatures the font does not have). Lam–alef ligatures are left to jsPDF, which forms them
 * from these presentation forms.
 */
export function shapeArabic(text: string): string {
  const chars = [...text.normalize('NFC')]
  const neighbour = (from: number, step: 1 | -1): string | undefined => {
    for (let i = from + step; i >= 0 && i < chars.length; i += step) {
      const ch = chars[i]
      if (ch !== undefined && !TRANSPARENT.test(ch)) return ch
    }
    return undefined
  }
  return (
    chars
      .map((ch, i) => {
        const forms = FORMS.get(ch)
        if (!forms || forms.length < 2) return ch
        const joinPrevious = joinsBoth(neighbour(i, -1))
        const joinNext = forms.length === 4 && joinsBefore(neighbour(i, 1))
        const index = joinPrevious ? (joinNext ? 3 : 1) : joinNext ? 2 : 0
        return forms[index] ?? ch
      })
      .join('')
      // jsPDF would fuse alef–lam–lam–heh into the "Allah" ligature, which DejaVu Sans lacks (the
      // word, or a name such as عبدالله, would vanish); a zero-width non-joiner after the alef,
      // which never joins forward anyway, prevents it without changing what is drawn.
      .replace(/\uFE8D(?=\uFEDF\uFEE0\uFEEA)/g, '\uFE8D\u200C')
  )
}

const LRM = '\u200E'
const RTL_RUN = /[^\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]+/g

/**
 * In a right-to-left line, keeps each left-to-right fragment that holds Latin letters, a dashed
 * number or a signed number ("A/HRC/35/35", "7.1-S1", "Kingdom of Sahelia (fictional example)",
 * "2023-01-01", "-6", "+12") in its own order by fencing it with left-to-right marks; otherwise
 * the bidi engine would carry the digits, hyphen, sign or closing bracket to the wrong end ("6-").
 * A signed number then reads as the app's screens show it in Arabic, where the number formatter
 * puts a left-to-right mark before the sign. The marks have no width in the font. Other plain
 * numbers and arithmetic are left to the bidi engine, as a browser would.
 */
export function isolateLtrRuns(line: string): string {
  // A line with no right-to-left letter at all (a wrapped English citation, say) reads as one
  // left-to-right line, its closing punctuation included, while still set from the right edge.
  if (/\p{Script=Latin}/u.test(line) && !/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(line)) {
    return `${LRM}${line}${LRM}`
  }
  return line.replace(RTL_RUN, (segment) => splitAtStrayBrackets(segment).map(fence).join(''))
}

/**
 * Cuts a segment at brackets whose partner lies outside it (in the right-to-left text around),
 * so a fragment never takes one bracket of a pair and leaves the other to the other direction.
 */
function splitAtStrayBrackets(segment: string): string[] {
  const stray = new Set<number>()
  const open: number[] = []
  for (let i = 0; i < segment.length; i++) {
    const ch = segment.charAt(i)
    if (ch === '(' || ch === '[') open.push(i)
    else if (ch === ')' || ch === ']') {
      if (open.length === 0) stray.add(i)
      else open.pop()
    }
  }
  for (const i of open) stray.add(i)
  const pieces: string[] = []
  let from = 0
  for (const i of [...stray].sort((a, b) => a - b)) {
    pieces.push(segment.slice(from, i), segment.charAt(i))
    from = i + 1
  }
  pieces.push(segment.slice(from))
  return pieces
}

/** A plus or minus sign that begins a number: at the start or after a space or bracket. */
const SIGN = /(^|[\s(])[-+\u2212]\d/u

/**
 * Fences the part of a piece from its first letter, digit or bracket (or the sign of a signed
 * number) to its last with marks.
 */
function fence(piece: string): string {
  if (!/\p{Script=Latin}|\d[-/]\d/u.test(piece) && !SIGN.test(piece)) return piece
  const edge = /[\p{L}\p{N}()[\]]/u
  let start = 0
  while (start < piece.length && !edge.test(piece.charAt(start))) start++
  // The sign belongs to its number.
  if (start > 0 && /[-+\u2212]/u.test(piece.charAt(start - 1))) {
    const before = piece.charAt(start - 2)
    if (start === 1 || /[\s(]/u.test(before)) start--
  }
  let end = piece.length - 1
  while (end > start && !edge.test(piece.charAt(end))) end--
  return `${piece.slice(0, start)}${LRM}${piece.slice(start, end + 1)}${LRM}${piece.slice(end + 1)}`
}

/**
 * Breaks text into lines no wider than `width` (points), measured with the document's current
 * font and size. The first line can be shorter (`firstWidth`) to leave room for a run-in label.
 * Line breaks in the text are kept; a word longer than a line is cut where it must be.
 */
export function wrapText(doc: jsPDF, text: string, width: number, firstWidth = width): string[] {
  const size = doc.getFontSize()
  const scale = doc.internal.scaleFactor
  const measure = (s: string) => (doc.getStringUnitWidth(s) * size) / scale
  const space = measure(' ')
  const lines: string[] = []
  let avail = firstWidth
  for (const paragraph of text.split('\n')) {
    let line = ''
    let lineWidth = 0
    const push = () => {
      lines.push(line)
      line = ''
      lineWidth = 0
      avail = width
    }
    for (const word of paragraph.split(/[ \t]+/)) {
      if (word === '') continue
      const w = measure(word)
      const sep = line === '' ? 0 : space
      if (lineWidth + sep + w <= avail) {
        line = line === '' ? word : `${line} ${word}`
        lineWidth += sep + w
        continue
      }
      if (line !== '') push()
      if (w <= avail) {
        line = word
        lineWidth = w
        continue
      }
      const pieces = cutWord(doc, word, avail, width, size / scale)
      for (let i = 0; i < pieces.length - 1; i++) {
        line = pieces[i] ?? ''
        push()
      }
      line = pieces[pieces.length - 1] ?? ''
      lineWidth = measure(line)
    }
    push()
  }
  return lines
}

/** Cuts an over-long word into pieces that fit, never between the halves of a surrogate pair. */
function cutWord(
  doc: jsPDF,
  word: string,
  firstWidth: number,
  width: number,
  unit: number,
): string[] {
  const widths: number[] = doc.getCharWidthsArray(word)
  const pieces: string[] = []
  let start = 0
  let acc = 0
  let avail = firstWidth
  for (let i = 0; i < word.length; i++) {
    const w = (widths[i] ?? 0) * unit
    const code = word.charCodeAt(i)
    const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff
    if (acc + w > avail && i > start && !isLowSurrogate) {
      pieces.push(word.slice(start, i))
      start = i
      acc = 0
      avail = width
    }
    acc += w
  }
  pieces.push(word.slice(start))
  return pieces
}
