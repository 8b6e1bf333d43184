// Shared checks for the file tests: what "one clear sentence" means, the app's import flow
// (parse → preview → apply) in one call, and a snapshot of the built-in prototypes.
import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import type { Assessment } from '@/domain/assessment/schema'
import {
  applyImport,
  parseAssessmentFile,
  previewImport,
  type ImportOptions,
} from '@/domain/files/import'

export const FIXTURE_DIR = new URL('../../fixtures/file-versions/', import.meta.url)

export function readFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURE_DIR), 'utf8')
}

/**
 * A message a person can act on: one line, one sentence (capital first, full stop last, no
 * second sentence outside quoted file content), and short enough to read at a glance.
 */
export function expectOneSentence(message: unknown): void {
  expect(typeof message).toBe('string')
  const text = message as string
  expect(text.length).toBeGreaterThan(15)
  expect(text.length).toBeLessThan(500)
  expect(text).not.toMatch(/[\r\n]/)
  expect(text).toMatch(/^[A-Z]/)
  expect(text).toMatch(/\.$/)
  // Quoted content (from the file) may hold anything; the sentence around it may not hold two.
  const outsideQuotes = text.replace(/“[^”]*”/g, '“…”').replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
  expect(outsideQuotes.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/)
  expect(text).not.toMatch(/undefined|\[object Object\]|ZodError|TypeError|at .*\.ts:/)
}

/** Everything the built-in prototypes own, to prove a file added nothing to them. */
export function prototypeSnapshot(): string {
  const names = (o: object) => Reflect.ownKeys(o).map(String).sort().join(',')
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map(names)
    .join('|')
}

export type ImportFlow =
  | { ok: true; library: Assessment[] }
  | { ok: false; message: string; library: readonly Assessment[] }

/** What the app does with a chosen file: read it, preview, apply. */
export function importInto(
  library: readonly Assessment[],
  input: string | Uint8Array,
  options?: ImportOptions,
): ImportFlow {
  const result = parseAssessmentFile(input, options)
  // The catch-all in the pipeline hides bugs from users, not from tests.
  if (!result.ok) expect(result.code).not.toBe('unexpected')
  if (!result.ok) return { ok: false, message: result.message, library }
  const applied = applyImport(library, previewImport(library, result.assessments))
  if (!applied.ok) return { ok: false, message: applied.message, library }
  return { ok: true, library: applied.library }
}
