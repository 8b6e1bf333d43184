// The assessment file: an envelope naming the format and its version around one assessment or a
// whole library. Export writes it with a canonical key order and layout, so exporting, importing
// and exporting again gives the same bytes (users compare files and keep them under version
// control). Reading untrusted files goes through ./import.ts, never through these types directly.
import { z } from 'zod'
import { version as appVersion } from '../../../package.json'
import type { Assessment } from '@/domain/assessment/schema'

export const FILE_FORMAT = 'international-solidarity-assessment-file'
/** Bump with a new step in ./migrations.ts and a sample in tests/fixtures/file-versions. */
export const FILE_FORMAT_VERSION = 2

export const APP_NAME = 'International Solidarity Assessment'

export interface AppInfo {
  name: string
  version: string
}

export const CURRENT_APP: AppInfo = { name: APP_NAME, version: appVersion }

/** What this version of the app writes. */
export interface ExportedFile {
  format: typeof FILE_FORMAT
  version: typeof FILE_FORMAT_VERSION
  /** ISO 8601 timestamp of the export. */
  exportedAt: string
  app: AppInfo
  assessments: Assessment[]
}

/**
 * The envelope of a current-version file as read from disk, before its assessments are checked
 * one by one (so a bad assessment is reported by its position and name, not as a schema dump).
 */
export const ImportedEnvelope = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_FORMAT_VERSION),
  exportedAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  assessments: z.array(z.unknown()),
})
export type ImportedEnvelope = z.infer<typeof ImportedEnvelope>

/** Key order of the envelope and of each assessment, as people read them: what it is first,
 * answers last. Other objects list `id` first, then their keys sorted. */
const ENVELOPE_ORDER = ['format', 'version', 'exportedAt', 'app', 'assessments']
const ASSESSMENT_ORDER = [
  'format',
  'formatVersion',
  'id',
  'name',
  'questionnaire',
  'meta',
  'createdAt',
  'updatedAt',
  'answers',
]
const OTHER_ORDER = ['id']

type Level = 'envelope' | 'assessment' | 'other'

function keyComparator(order: readonly string[]): (a: string, b: string) => number {
  const rank = new Map(order.map((key, index) => [key, index]))
  return (a, b) => {
    const ra = rank.get(a) ?? order.length
    const rb = rank.get(b) ?? order.length
    if (ra !== rb) return ra - rb
    // Code-unit order, not localeCompare: the result must not depend on the device's locale.
    return a < b ? -1 : a > b ? 1 : 0
  }
}

const COMPARATORS: Record<Level, (a: string, b: string) => number> = {
  envelope: keyComparator(ENVELOPE_ORDER),
  assessment: keyComparator(ASSESSMENT_ORDER),
  other: keyComparator(OTHER_ORDER),
}

function canonicalizeAt(value: unknown, level: Level): unknown {
  if (Array.isArray(value)) return value.map((item) => canonicalizeAt(item, 'other'))
  if (value === null || typeof value !== 'object') return value
  const source = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(source).sort(COMPARATORS[level])) {
    const item = source[key]
    // Dropped here rather than by JSON.stringify so the canonical copy deep-equals a re-read file.
    if (item === undefined) continue
    const next =
      level === 'envelope' && key === 'assessments' && Array.isArray(item)
        ? item.map((a) => canonicalizeAt(a, 'assessment'))
        : canonicalizeAt(item, 'other')
    // defineProperty: a key named "__proto__" stays an ordinary key instead of a prototype.
    Object.defineProperty(out, key, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}

/** A copy of a JSON value with object keys in canonical order (arrays keep their order). */
export function canonicalize(value: unknown): unknown {
  return canonicalizeAt(value, 'other')
}

/** The canonical text of any JSON value: ordered keys, two-space indent, final newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(canonicalize(value), null, 2)}\n`
}

export function buildFile(
  assessments: readonly Assessment[],
  exportedAt: string,
  app: AppInfo = CURRENT_APP,
): ExportedFile {
  return {
    format: FILE_FORMAT,
    version: FILE_FORMAT_VERSION,
    exportedAt,
    app: { name: app.name, version: app.version },
    assessments: [...assessments],
  }
}

/**
 * The file text for one assessment or a library. `exportedAt` is passed in (ISO 8601) so the
 * output depends only on the arguments.
 */
export function serializeFile(
  assessments: readonly Assessment[],
  exportedAt: string,
  app: AppInfo = CURRENT_APP,
): string {
  return `${JSON.stringify(canonicalizeAt(buildFile(assessments, exportedAt, app), 'envelope'), null, 2)}\n`
}

/** A file name such as "assessment-norway-2026-03-01.json", safe on every operating system. */
export function suggestFileName(
  assessments: readonly Assessment[],
  exportedAt: string,
  extension = 'json',
): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(exportedAt)?.[0] ?? 'undated'
  const only = assessments.length === 1 ? assessments[0] : undefined
  const label = only ? (only.name ?? only.meta.state) : 'library'
  const slug =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'assessment'
  return `assessment-${slug}-${date}.${extension}`
}
