// Text helpers for the PDF renderer: direction of a piece of text, the jsPDF bidi options that
// go with it, characters the embedded font cannot draw, and line wrapping that measures with
// the current font. jsPDF shapes Arabic itself (its arabic plugin runs on every text() call);
// these options make its bidi engine read our strings as logical text and write them in visual
// order, with brackets mirrored.
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
 * DejaVu Sans covers the Basic Multilingual Plane scripts the app supports but no emoji or other
 * supplementary-plane characters; jsPDF would silently drop them, so they are shown as U+FFFD
 * and the reader can see that something was there.
 */
export function drawable(text: string): string {
  return text.replace(/[\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
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
function cutWord(doc: jsPDF, word: string, firstWidth: number, width: number, unit: number): string[] {
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
