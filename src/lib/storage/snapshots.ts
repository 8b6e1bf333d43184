// Undo for destructive actions (design/reliability.md item 9). Before an assessment is deleted,
// replaced by an import, or overwritten by a restore, a copy is written to a snapshot key on this
// device; before the stored library is migrated, the library storage backs up the raw records.
// This module lists both kinds, makes them restorable and keeps their number bounded, so a long
// life of edits does not fill the device.
//
// Snapshot keys share the prefix the library storage already uses for deletions
// (`isa:snapshot:<why>:<id>:<takenAt>`), so one list shows every kind.
import type { Assessment } from '@/domain/assessment/schema'
import type { KeyValueBackend } from '@/lib/storage/backend'
import { STORAGE_KEYS } from '@/lib/storage/library-storage'

export const SNAPSHOT_REASONS = ['delete', 'import-replace', 'restore', 'migration'] as const
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number]

/** Snapshots kept; the oldest beyond this are removed when a new one is taken. */
export const MAX_SNAPSHOTS = 30
/** Raw backups made before a stored-layout migration kept; they are rare and precious. */
export const MAX_MIGRATION_BACKUPS = 3

export interface Snapshot {
  key: string
  takenAt: string
  why: SnapshotReason
  /** The assessments that can be put back from it (all valid against the current schema). */
  assessments: Assessment[]
  /** Entries of the snapshot that could not be read as an assessment (kept, not restorable). */
  unreadable: number
  /** The stored value, untouched, for "download raw copy". */
  raw: unknown
}

export interface SnapshotStore {
  /** Copies each assessment to its own snapshot key; resolves once every copy is written. */
  take(why: Exclude<SnapshotReason, 'migration'>, assessments: readonly Assessment[]): Promise<string[]>
  /** Every snapshot and migration backup, newest first. */
  list(): Promise<Snapshot[]>
  remove(key: string): Promise<void>
  /** Removes the oldest snapshots beyond the bounds. */
  prune(): Promise<void>
}

export interface SnapshotStoreOptions {
  maxSnapshots?: number
  maxBackups?: number
  now?: () => Date
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function readReason(v: unknown, key: string): SnapshotReason {
  if (typeof v === 'string' && (SNAPSHOT_REASONS as readonly string[]).includes(v)) return v as SnapshotReason
  // Keys spell the reason too; an entry without a readable field still sorts into the list.
  const fromKey = key.slice(STORAGE_KEYS.snapshotPrefix.length).split(':')[0] ?? ''
  return (SNAPSHOT_REASONS as readonly string[]).includes(fromKey) ? (fromKey as SnapshotReason) : 'delete'
}

type ParseAssessment = (v: unknown) => Assessment | undefined

/** The zod schema is loaded only when snapshots are listed, so it stays out of the first screen. */
async function loadParser(): Promise<ParseAssessment> {
  const { Assessment: schema } = await import('@/domain/assessment/schema')
  return (v) => {
    const parsed = schema.safeParse(v)
    return parsed.success ? parsed.data : undefined
  }
}

/** `isa:backup:v<N>:<ISO time>` → the time, or an empty string when the key has none. */
function backupTime(key: string, value: unknown): string {
  if (isObject(value) && typeof value.takenAt === 'string') return value.takenAt
  const rest = key.slice(STORAGE_KEYS.backupPrefix.length)
  const colon = rest.indexOf(':')
  return colon < 0 ? '' : rest.slice(colon + 1)
}

function fromSnapshotEntry(key: string, value: unknown, parseAssessment: ParseAssessment): Snapshot {
  const entry = isObject(value) ? value : {}
  const assessment = parseAssessment(entry.assessment)
  return {
    key,
    takenAt: typeof entry.takenAt === 'string' ? entry.takenAt : '',
    why: readReason(entry.why, key),
    assessments: assessment ? [assessment] : [],
    unreadable: assessment ? 0 : 1,
    raw: value,
  }
}

function fromBackup(key: string, value: unknown, parseAssessment: ParseAssessment): Snapshot {
  const records = isObject(value) && isObject(value.records) ? Object.values(value.records) : []
  const assessments: Assessment[] = []
  let unreadable = 0
  for (const record of records) {
    // Stored records wrap the assessment ({ revision, savedAt, assessment }); older layouts may not.
    const inner = isObject(record) && 'assessment' in record ? record.assessment : record
    const a = parseAssessment(inner)
    if (a) assessments.push(a)
    else unreadable += 1
  }
  return { key, takenAt: backupTime(key, value), why: 'migration', assessments, unreadable, raw: value }
}

const newestFirst = (a: Snapshot, b: Snapshot) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0)

export function createSnapshotStore(backend: KeyValueBackend, options: SnapshotStoreOptions = {}): SnapshotStore {
  const maxSnapshots = options.maxSnapshots ?? MAX_SNAPSHOTS
  const maxBackups = options.maxBackups ?? MAX_MIGRATION_BACKUPS
  const now = options.now ?? (() => new Date())
  let lastTakenAt = ''

  async function list(): Promise<Snapshot[]> {
    const keys = (await backend.keys()).filter(
      (k) => k.startsWith(STORAGE_KEYS.snapshotPrefix) || k.startsWith(STORAGE_KEYS.backupPrefix),
    )
    const [values, parse] = await Promise.all([backend.getMany(keys), loadParser()])
    return keys
      .map((key, i) =>
        key.startsWith(STORAGE_KEYS.backupPrefix)
          ? fromBackup(key, values[i], parse)
          : fromSnapshotEntry(key, values[i], parse),
      )
      .sort(newestFirst)
  }

  async function prune(): Promise<void> {
    const all = await list()
    const snapshots = all.filter((s) => s.why !== 'migration')
    const backups = all.filter((s) => s.why === 'migration')
    const doomed = [...snapshots.slice(maxSnapshots), ...backups.slice(maxBackups)]
    for (const s of doomed) await backend.del(s.key)
  }

  async function take(why: Exclude<SnapshotReason, 'migration'>, assessments: readonly Assessment[]): Promise<string[]> {
    let takenAt = now().toISOString()
    // Two snapshots in the same millisecond would share a key; nudge the later one so neither is lost.
    if (takenAt <= lastTakenAt) takenAt = new Date(Date.parse(lastTakenAt) + 1).toISOString()
    lastTakenAt = takenAt
    const keys: string[] = []
    for (const assessment of assessments) {
      const key = `${STORAGE_KEYS.snapshotPrefix}${why}:${assessment.id}:${takenAt}`
      await backend.set(key, { key, takenAt, why, assessment })
      keys.push(key)
    }
    // Pruning is housekeeping: a failure here must not turn a successful snapshot into an error.
    await prune().catch(() => undefined)
    return keys
  }

  return { take, list, remove: (key) => backend.del(key), prune }
}
