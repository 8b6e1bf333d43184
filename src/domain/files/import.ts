// Reading an assessment file someone hands us: size check → decode → JSON parse → safety walk →
// envelope and version → migrate → validate each assessment. Any file at all, however broken or
// hostile, ends in either the assessments it holds or ONE sentence saying what is wrong and what
// to do; nothing here throws and nothing here touches the library. Adding to the library is a
// second, explicit step: previewImport shows what would happen and applyImport does exactly that.
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  Assessment,
} from '@/domain/assessment/schema'
import { validateAssessment } from '@/domain/assessment/validate'
import type { Questionnaire } from '@/domain/questionnaire/schema'
import {
  canonicalJson,
  FILE_FORMAT,
  FILE_FORMAT_VERSION,
  ImportedEnvelope,
  type AppInfo,
} from './envelope'
import { describeFirstIssue, fileErrorMap, quote } from './messages'
import { LEGACY_V1_TYPE, migrateFile, OLDEST_FILE_FORMAT_VERSION } from './migrations'
import { ENCRYPTED_FORMAT } from './crypto'

/** Files above this are refused before they are read as JSON (20 MB, in bytes of UTF-8). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
/** Deepest nesting an assessment file needs is under 10; anything far deeper is not ours. */
export const MAX_DEPTH = 40
/** Values (objects, arrays, strings, numbers…) in one file; a library of 100 full assessments
 * stays far below this. Bounds the work validation does on a crafted file. */
export const MAX_VALUES = 1_000_000

/** Keys that could change object prototypes if any code ever assigned them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-text'
  | 'encrypted'
  | 'not-json'
  | 'unsafe'
  | 'not-assessment-file'
  | 'newer-version'
  | 'unknown-version'
  | 'migration-failed'
  | 'damaged-envelope'
  | 'no-assessments'
  | 'invalid-assessment'
  /** A bug on our side; tests assert it never happens, users still get a sentence, not a crash. */
  | 'unexpected'

export type ImportResult =
  | {
      ok: true
      assessments: Assessment[]
      /** "file" for an envelope, "assessment" for a bare assessment object. */
      kind: 'file' | 'assessment'
      /** Format version the file was written in. */
      sourceVersion: number
      /** Names of the migration steps run, in order (empty for a current file). */
      migrations: string[]
      exportedAt?: string
      app?: AppInfo
    }
  | { ok: false; code: ImportErrorCode; message: string }

export interface ImportOptions {
  /** Defaults to MAX_FILE_BYTES. */
  maxBytes?: number
  /**
   * Questionnaires the app has loaded. When given, every assessment must name one of them (by
   * id) and is checked against it: question ids, answer types, ranges, checklist items.
   */
  questionnaires?: readonly Questionnaire[]
}

const EXPORT_AGAIN = 'export it again from the app or choose another file'

/** Longest problem description placed inside a message. */
const MAX_PROBLEM = 240

function fail(code: ImportErrorCode, message: string): ImportResult {
  // Problem descriptions can quote the file; a message stays on one line whatever it holds.
  return { ok: false, code, message: message.replace(/[\r\n\u2028\u2029]+/g, ' ') }
}

/** A problem description ready to sit inside parentheses in a sentence. */
function fragment(problem: string): string {
  const flat = problem.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[.\s]+$/, '')
  return flat.length > MAX_PROBLEM ? `${flat.slice(0, MAX_PROBLEM - 1)}…` : flat
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
}

/** UTF-8 length of a string without allocating its encoding. */
function utf8Length(text: string, stopAbove: number): number {
  let bytes = 0
  for (let i = 0; i < text.length && bytes <= stopAbove; i += 1) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i += 1
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

function tooLarge(maxBytes: number): ImportResult {
  return fail(
    'too-large',
    `This file is larger than ${megabytes(maxBytes)}, so it was not opened; check that you chose an assessment file exported from the app.`,
  )
}

/** Decodes bytes or checks the length of text, before any parsing. */
function readText(
  input: string | Uint8Array,
  maxBytes: number,
): { ok: true; text: string } | ImportResult {
  if (typeof input === 'string') {
    // Every UTF-16 unit is at least one UTF-8 byte, so this settles most huge inputs at once.
    if (input.length > maxBytes || utf8Length(input, maxBytes) > maxBytes) return tooLarge(maxBytes)
    return { ok: true, text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input }
  }
  if (input.byteLength > maxBytes) return tooLarge(maxBytes)
  try {
    // fatal: a file in another encoding is refused rather than silently garbled.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(input) }
  } catch {
    return fail(
      'not-text',
      'This file is not UTF-8 text, so it cannot be an assessment file; choose a file exported from the app.',
    )
  }
}

/**
 * Walks the parsed value without recursion (a crafted file must not exhaust the stack) and
 * refuses prototype-changing keys, numbers that overflowed to Infinity, excessive nesting and
 * excessive size.
 */
function inspect(root: unknown): ImportResult | null {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }]
  let count = 0
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number }
    count += 1
    if (count > MAX_VALUES) {
      return fail(
        'unsafe',
        `This file holds more than ${MAX_VALUES.toLocaleString('en')} values, far more than any assessment file; ${EXPORT_AGAIN}.`,
      )
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return fail(
        'unsafe',
        `This file contains a number too large to handle, so it was not opened; ${EXPORT_AGAIN}.`,
      )
    }
    if (value === null || typeof value !== 'object') continue
    if (depth >= MAX_DEPTH) {
      return fail(
        'unsafe',
        `This file is nested more than ${MAX_DEPTH} levels deep, which no assessment file is; ${EXPORT_AGAIN}.`,
      )
    }
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 })
      continue
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return fail(
          'unsafe',
          `This file contains the disallowed name ${quote(key)}, so it was not opened for safety; ${EXPORT_AGAIN}.`,
        )
      }
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 })
    }
  }
  return null
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function newerVersion(version: number): ImportResult {
  return fail(
    'newer-version',
    `This file was made by a newer version of the app (format ${version}); update the app to open it.`,
  )
}

/** Decides the file's format version, or why it has none we can read. */
function fileVersion(value: unknown): ImportResult | number {
  if (!Number.isInteger(value)) {
    return fail(
      'unknown-version',
      `This file does not say which format version it uses; ${EXPORT_AGAIN}.`,
    )
  }
  const version = value as number
  if (version > FILE_FORMAT_VERSION) return newerVersion(version)
  if (version < OLDEST_FILE_FORMAT_VERSION) {
    return fail(
      'unknown-version',
      `This file claims format version ${version}, which never existed; ${EXPORT_AGAIN}.`,
    )
  }
  return version
}

/** A short label for an assessment in messages: its State, if the file gives one. */
function labelOf(raw: unknown): string {
  if (
    isRecord(raw) &&
    isRecord(raw.meta) &&
    typeof raw.meta.state === 'string' &&
    raw.meta.state.trim()
  ) {
    return ` (${quote(raw.meta.state)})`
  }
  return ''
}

function checkAssessments(
  rawList: readonly unknown[],
  options: ImportOptions,
): Assessment[] | ImportResult {
  const out: Assessment[] = []
  const total = rawList.length
  for (const [index, raw] of rawList.entries()) {
    const which =
      total === 1
        ? `The assessment${labelOf(raw)}`
        : `Assessment ${index + 1} of ${total}${labelOf(raw)}`
    if (
      isRecord(raw) &&
      Number.isInteger(raw.formatVersion) &&
      (raw.formatVersion as number) > ASSESSMENT_FORMAT_VERSION
    ) {
      return fail(
        'newer-version',
        `${which} was made by a newer version of the app (assessment format ${String(raw.formatVersion)}); update the app to open it.`,
      )
    }
    const parsed = Assessment.safeParse(raw, { error: fileErrorMap })
    if (!parsed.success) {
      return fail(
        'invalid-assessment',
        `${which} is not valid (${fragment(describeFirstIssue(parsed.error))}); correct it or ${EXPORT_AGAIN}.`,
      )
    }
    if (options.questionnaires) {
      const ref = parsed.data.questionnaire
      const questionnaire = options.questionnaires.find((q) => q.id === ref.id)
      if (!questionnaire) {
        return fail(
          'invalid-assessment',
          `${which} answers the questionnaire ${quote(ref.id)}, which is not loaded in the app; load that questionnaire first.`,
        )
      }
      const validation = validateAssessment(parsed.data, questionnaire)
      if (!validation.ok) {
        const first = validation.problems[0]
        const problem = first
          ? first.path
            ? `${first.path}: ${first.message}`
            : first.message
          : 'unknown problem'
        return fail(
          'invalid-assessment',
          `${which} does not fit its questionnaire (${fragment(problem)}); correct it or ${EXPORT_AGAIN}.`,
        )
      }
    }
    out.push(parsed.data)
  }
  return out
}

/**
 * Reads an assessment file (an envelope of any known format version, or a bare assessment).
 * Never throws; never changes anything outside its own result.
 */
export function parseAssessmentFile(
  input: string | Uint8Array,
  options: ImportOptions = {},
): ImportResult {
  try {
    return readAssessmentFile(input, options)
  } catch {
    return fail(
      'unexpected',
      `This file could not be read because of an unexpected problem in the app; ${EXPORT_AGAIN}.`,
    )
  }
}

function readAssessmentFile(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES
  const read = readText(input, maxBytes)
  if (!('text' in read)) return read
  const text = read.text
  if (text.trim() === '') {
    return fail('empty', 'This file is empty; choose an assessment file exported from the app.')
  }
  if (text.trimStart().startsWith(`{"format":"${ENCRYPTED_FORMAT}"`)) {
    return fail('encrypted', 'This file is encrypted; open it with its passphrase.')
  }

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail(
      'not-json',
      'This file is not an assessment file (its content is not JSON); choose a file exported from the app.',
    )
  }
  const unsafe = inspect(data)
  if (unsafe) return unsafe
  if (!isRecord(data)) {
    return fail(
      'not-assessment-file',
      'This file is not an assessment file from this app; choose a file exported from the app.',
    )
  }

  if (data.format === ASSESSMENT_FORMAT) {
    const checked = checkAssessments([data], options)
    if (!Array.isArray(checked)) return checked
    return {
      ok: true,
      assessments: checked,
      kind: 'assessment',
      sourceVersion: FILE_FORMAT_VERSION,
      migrations: [],
    }
  }

  let envelope: unknown = data
  let sourceVersion: number
  let migrations: string[] = []
  if (data.format === FILE_FORMAT || data.type === LEGACY_V1_TYPE) {
    const version = fileVersion(data.version)
    if (typeof version !== 'number') return version
    if (data.type === LEGACY_V1_TYPE && version !== 1) {
      return fail(
        'unknown-version',
        `This file claims format version ${version} in the format 1 layout, so it is damaged; ${EXPORT_AGAIN}.`,
      )
    }
    if (data.format === FILE_FORMAT && version < 2) {
      return fail(
        'unknown-version',
        `This file claims format version ${version} in the current layout, so it is damaged; ${EXPORT_AGAIN}.`,
      )
    }
    sourceVersion = version
    const migrated = migrateFile(data, version)
    if (!migrated.ok) {
      return fail(
        'migration-failed',
        `This file (format ${version}) could not be brought up to date (${fragment(migrated.problem)}); ${EXPORT_AGAIN}.`,
      )
    }
    envelope = migrated.file
    migrations = migrated.steps
  } else if (Array.isArray(data.articles) || isRecord(data.articles)) {
    return fail(
      'not-assessment-file',
      'This is a questionnaire file, not an assessment file; load it as a questionnaire instead.',
    )
  } else {
    return fail(
      'not-assessment-file',
      'This file is not an assessment file from this app; choose a file exported from the app.',
    )
  }

  const parsed = ImportedEnvelope.safeParse(envelope, { error: fileErrorMap })
  if (!parsed.success) {
    return fail(
      'damaged-envelope',
      `This file is damaged (${fragment(describeFirstIssue(parsed.error))}); ${EXPORT_AGAIN}.`,
    )
  }
  if (parsed.data.assessments.length === 0) {
    return fail(
      'no-assessments',
      'This file contains no assessments, so there is nothing to import.',
    )
  }
  const checked = checkAssessments(parsed.data.assessments, options)
  if (!Array.isArray(checked)) return checked
  return {
    ok: true,
    assessments: checked,
    kind: 'file',
    sourceVersion,
    migrations,
    exportedAt: parsed.data.exportedAt,
    app: parsed.data.app,
  }
}

// ---------------------------------------------------------------------------------------------
// Preview and apply

export type ImportAction = 'new' | 'replaces' | 'skipped'

export interface ImportPreviewItem {
  id: string
  /** The State assessed, for the preview list. */
  state: string
  name?: string
  action: ImportAction
  /** Why an item is skipped, as a sentence fragment ("your library already holds this version"). */
  reason?: string
  /** The assessment from the file. */
  assessment: Assessment
  /** For "replaces": the library's copy that would be replaced (snapshot it before applying). */
  previous?: Assessment
}

export interface ImportPreview {
  items: ImportPreviewItem[]
}

export interface PreviewOptions {
  /** Replace a library copy even when it was changed more recently than the file's. */
  replaceNewer?: boolean
}

function timeOf(iso: string): number {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t
}

/** What importing would do to each assessment of the file; changes nothing. */
export function previewImport(
  library: readonly Assessment[],
  imported: readonly Assessment[],
  options: PreviewOptions = {},
): ImportPreview {
  const byId = new Map(library.map((a) => [a.id, a]))
  const seen = new Set<string>()
  const items = imported.map((assessment): ImportPreviewItem => {
    const base = {
      id: assessment.id,
      state: assessment.meta.state,
      ...(assessment.name === undefined ? {} : { name: assessment.name }),
      assessment,
    }
    if (seen.has(assessment.id)) {
      return {
        ...base,
        action: 'skipped',
        reason: 'the file holds this assessment more than once and only its first copy is used',
      }
    }
    seen.add(assessment.id)
    const existing = byId.get(assessment.id)
    if (!existing) return { ...base, action: 'new' }
    if (canonicalJson(existing) === canonicalJson(assessment)) {
      return { ...base, action: 'skipped', reason: 'your library already holds this exact version' }
    }
    if (!options.replaceNewer && timeOf(existing.updatedAt) > timeOf(assessment.updatedAt)) {
      return {
        ...base,
        action: 'skipped',
        reason: `your library holds a more recent version (changed ${existing.updatedAt})`,
        previous: existing,
      }
    }
    return { ...base, action: 'replaces', previous: existing }
  })
  return { items }
}

export type ApplyResult =
  | {
      ok: true
      /** The new library: replaced assessments stay in place, new ones are appended in file order. */
      library: Assessment[]
      added: Assessment[]
      /** Library copies that were replaced, for the undo snapshot. */
      replaced: Assessment[]
    }
  | { ok: false; message: string }

/**
 * Carries out a preview against the library it was made from. If the library changed in the
 * meantime (another tab, an edit), nothing is applied and the preview must be made again, so the
 * result always matches what the user was shown.
 */
export function applyImport(library: readonly Assessment[], preview: ImportPreview): ApplyResult {
  const stale: ApplyResult = {
    ok: false,
    message:
      'Your library changed since this import was previewed; review the import again before applying it.',
  }
  const index = new Map(library.map((a, i) => [a.id, i]))
  const next = [...library]
  const added: Assessment[] = []
  const replaced: Assessment[] = []
  const handled = new Set<string>()
  for (const item of preview.items) {
    if (item.action === 'skipped') continue
    if (item.assessment.id !== item.id || handled.has(item.id)) return stale
    handled.add(item.id)
    const at = index.get(item.id)
    if (item.action === 'new') {
      if (at !== undefined) return stale
      added.push(item.assessment)
      continue
    }
    const current = at === undefined ? undefined : library[at]
    if (
      at === undefined ||
      !current ||
      !item.previous ||
      canonicalJson(current) !== canonicalJson(item.previous)
    ) {
      return stale
    }
    next[at] = item.assessment
    replaced.push(current)
  }
  return { ok: true, library: [...next, ...added], added, replaced }
}
