// Saves the assessment library on this device, one entry per assessment plus an index, so a
// library of hundreds of assessments only rewrites what changed (design/reliability.md items 4–9).
//
// Guarantees:
// - nothing is written before `load()` has finished (a store set before hydration cannot
//   overwrite what is stored) and nothing at all once `block()` was called;
// - stored records are read through zod; an invalid record is moved to a quarantine key, never
//   dropped, and reported;
// - each record carries a revision; a write compares it inside one transaction, so a stale tab
//   merges with the newer record instead of overwriting it, and other tabs are told over a
//   BroadcastChannel to reload that record;
// - saves are debounced (default 250 ms after the last change, at most 2 s while typing goes on)
//   and `flush()` writes at once, for `pagehide` and `visibilitychange`;
// - a failed write (QuotaExceededError and others) is reported at once, the data stays in memory,
//   writing is retried, and the next successful write reports "saved" again;
// - a record is copied to a snapshot key before it is deleted;
// - on `pagehide`, every change not yet confirmed (edits, new assessments and deletions) is parked
//   with a synchronous write (see parking.ts) and merged back on the next load.
import type { Assessment } from '@/domain/assessment/schema'
import {
  isAssessmentSummary,
  sameSummary,
  summarizeAssessment,
  type AssessmentSummary,
} from '@/domain/assessment/summary'
import type { KeyValueBackend } from '@/lib/storage/backend'
import { mergeAssessment } from '@/lib/storage/merge'
import type { ParkingStore } from '@/lib/storage/parking'

/** Version of the stored library layout; bump it with a step in `migrateStoredLibrary`. */
export const STORE_VERSION = 1

export const STORAGE_KEYS = {
  index: 'isa:index',
  recordPrefix: 'isa:assessment:',
  quarantinePrefix: 'isa:quarantine:',
  snapshotPrefix: 'isa:snapshot:',
  /** Changes parked by `saveOnUnload` when the page went away before they were confirmed. */
  unsavedPrefix: 'isa:unsaved:',
  backupPrefix: 'isa:backup:',
  /** Custom questionnaires a user loaded, one per `<id>@<version>` (src/lib/storage/questionnaires.ts). */
  questionnairePrefix: 'isa:questionnaire:',
  record: (id: string) => `isa:assessment:${id}`,
} as const

export const BROADCAST_CHANNEL_NAME = 'isa-library'

/** Marks entries of the raw backup that come from the parking store, not from the backend. */
export const PARKED_EXPORT_PREFIX = 'parked:'

// The zod schema is loaded with the stored library rather than with the first screen
// (performance.md): `load()` awaits it when there are records to check; after an empty start it
// is loaded with the first change, and other tabs' news wait for it.
type AssessmentSchema = (typeof import('@/domain/assessment/schema'))['Assessment']
let assessmentSchema: AssessmentSchema | undefined
async function loadSchema(): Promise<AssessmentSchema> {
  assessmentSchema ??= (await import('@/domain/assessment/schema')).Assessment
  return assessmentSchema
}
function schema(): AssessmentSchema {
  if (!assessmentSchema) throw new Error('the assessment schema is used before it was loaded')
  return assessmentSchema
}

export interface StoredRecord {
  revision: number
  savedAt: string
  assessment: unknown
}

export interface StoredIndex {
  version: number
  ids: string[]
  /** What the library list shows of each stored assessment, by id, so the list can be drawn from
   * this one entry before the records are read. Derived data: written with the records, checked
   * against the record keys when read, and never used to restore anything. Older versions of
   * the app leave it out (or drop it); the list then waits for the records. */
  summaries?: Record<string, AssessmentSummary>
}

export interface QuarantineEntry {
  /** Key the record was stored under before it was set aside. */
  key: string
  quarantinedAt: string
  /** Why it could not be read, in plain words. */
  reason: string
  raw: unknown
}

export interface SnapshotEntry {
  key: string
  takenAt: string
  why: 'delete'
  assessment: unknown
}

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'blocked'; reason: string }

export interface LoadedLibrary {
  /** Layout version found on the device (STORE_VERSION for an empty device). */
  version: number
  /** Valid assessments by id. When `version` differs from STORE_VERSION, the raw records. */
  assessments: Record<string, Assessment>
  rawRecords: Record<string, unknown>
  quarantined: QuarantineEntry[]
}

export interface LibraryStorageEvents {
  onStatus?(status: SaveStatus): void
  /** Another tab saved (or deleted, when `assessment` is null) a record. `merged` is true when
   * this tab had unsaved changes to it that were merged into the other tab's version. */
  onExternalChange?(id: string, assessment: Assessment | null, merged: boolean): void
  /** Our write found a newer record from another tab; the two were merged and saved. */
  onConflictMerged?(id: string, assessment: Assessment): void
  /** Records moved to quarantine during load. */
  onQuarantine?(entries: QuarantineEntry[]): void
}

/** The part of BroadcastChannel we use, so tests can pass a fake. */
export interface ChannelLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  close(): void
}

export interface LibraryStorageOptions {
  backend: KeyValueBackend
  events?: LibraryStorageEvents
  debounceMs?: number
  maxWaitMs?: number
  retryMs?: number
  /** null: no cross-tab messages (tests, or browsers without BroadcastChannel). */
  channel?: ChannelLike | null
  now?: () => Date
  /**
   * Synchronous store for changes parked on `pagehide` (localStorage in the app). Without one, or
   * when it refuses a write, they are parked in the backend, which only lands when no
   * revision-checked save is in flight at that moment.
   */
  parking?: ParkingStore | null
  /** Makes the summary the index keeps of an assessment; the app adds its progress when the
   * questionnaire and the scoring code are at hand. Default: the summary without progress. */
  summarize?: (assessment: Assessment) => AssessmentSummary
}

export interface LibraryStorage {
  load(): Promise<LoadedLibrary>
  /**
   * The stored summaries of every assessment, from the index alone, for drawing the library list
   * before `load()` has read the records. Null when they cannot be trusted to match the records:
   * no summaries, one missing for a stored record (or the other way round), another layout
   * version, or changes parked by a page that went away (they are merged back by `load()`).
   */
  readSummaries(): Promise<AssessmentSummary[] | null>
  /** Summaries may have changed without the assessments changing (e.g. progress became known
   * once the questionnaire loaded): compare them with the stored ones and save any difference. */
  refreshSummaries(): void
  /** The library changed in memory: save it after the debounce delay. */
  schedule(assessments: Record<string, Assessment>): void
  /** Write any pending change now; resolves when the writes have settled. */
  flush(): Promise<void>
  /** Stop writing for good, e.g. after a failed migration. */
  block(reason: string): void
  /**
   * The page is going away (`pagehide`): besides flushing, park every change not yet confirmed
   * (edited or new assessments, and deletions) under a recovery key with a synchronous write;
   * the revision-checked save needs a read first and may not get one before the page is gone.
   * The next load merges parked changes back like another tab's (reliability item 4).
   */
  saveOnUnload(): void
  readonly loaded: boolean
  readonly status: SaveStatus
  /** True while a change is not yet on disk (pending, saving or failed). */
  hasUnsavedChanges(): boolean
  listQuarantine(): Promise<QuarantineEntry[]>
  listSnapshots(): Promise<SnapshotEntry[]>
  /** Every stored key and value, untouched, for the "export raw backup" action. */
  exportRaw(): Promise<Record<string, unknown>>
  dispose(): void
}

type BroadcastMessage =
  { type: 'saved'; id: string; revision: number } | { type: 'deleted'; id: string }

interface Baseline {
  revision: number
  assessment: Assessment
}

function isRecord(v: unknown): v is StoredRecord {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as StoredRecord).revision === 'number' &&
    'assessment' in v
  )
}

function isIndex(v: unknown): v is StoredIndex {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as StoredIndex).version === 'number' &&
    Array.isArray((v as StoredIndex).ids)
  )
}

function isMessage(v: unknown): v is BroadcastMessage {
  if (typeof v !== 'object' || v === null) return false
  const m = v as { type?: unknown; id?: unknown; revision?: unknown }
  return (
    typeof m.id === 'string' &&
    ((m.type === 'saved' && typeof m.revision === 'number') || m.type === 'deleted')
  )
}

interface UnsavedEntry {
  id: string
  /** Revision of the stored record the change was made against (0: never stored). */
  baseRevision: number
  /** Revision and content of this page's last own write, which may have landed just before
   * the page went away without the page hearing of it. */
  ownRevision?: number
  own?: unknown
  /** That record's assessment, for the three-way merge. */
  base?: unknown
  /** The changed assessment; for a deletion, its last version, kept in the snapshot. */
  assessment: unknown
  savedAt: string
  /** Set when the change is the assessment's deletion: when it was deleted. */
  deletedAt?: string
}

function isUnsaved(v: unknown): v is UnsavedEntry {
  if (typeof v !== 'object' || v === null) return false
  const e = v as UnsavedEntry
  return (
    typeof e.id === 'string' &&
    typeof e.baseRevision === 'number' &&
    (e.ownRevision === undefined || typeof e.ownRevision === 'number') &&
    (e.ownRevision === undefined || 'own' in e) &&
    (e.deletedAt === undefined || typeof e.deletedAt === 'string') &&
    'assessment' in v
  )
}

/** A deletion not yet written: when it happened and the version to keep in its snapshot. */
interface Removal {
  at: string
  assessment: Assessment | undefined
}

/** Records read from the backend per request while loading. */
const READ_BATCH = 50
/** Longest stretch of loading work between two pauses, in milliseconds. */
const SLICE_MS = 25

/** Pauses (a macrotask, so the page can paint and handle input) once SLICE_MS of work has gone
 * by since the last pause; costs nothing for a small library. */
function slicer(): { pauseIfDue(): Promise<void> } {
  let since = performance.now()
  return {
    async pauseIfDue() {
      if (performance.now() - since < SLICE_MS) return
      await new Promise((resolve) => setTimeout(resolve, 0))
      since = performance.now()
    },
  }
}

function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
}): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`)
    .join('; ')
}

function errorInfo(e: unknown): { name: string; message: string } {
  if (e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException)) {
    return { name: e.name, message: e.message }
  }
  return { name: 'Error', message: String(e) }
}

export function createLibraryStorage(options: LibraryStorageOptions): LibraryStorage {
  const {
    backend,
    events = {},
    debounceMs = 250,
    maxWaitMs = 2000,
    retryMs = 5000,
    now = () => new Date(),
  } = options
  const channel = options.channel ?? null
  const parking = options.parking ?? null
  const summarize = options.summarize ?? ((a: Assessment) => summarizeAssessment(a))
  /** The summaries the stored index holds, as far as this page knows (read at load, then
   * updated by its own writes). */
  const storedSummaries = new Map<string, AssessmentSummary>()
  /** Summaries by assessment object (the store replaces the object on every change); only those
   * with a progress are kept, since one without may get it once the questionnaire is loaded. */
  const summaryCache = new WeakMap<Assessment, AssessmentSummary>()
  const summaryOf = (a: Assessment): AssessmentSummary => {
    const hit = summaryCache.get(a)
    if (hit) return hit
    const made = summarize(a)
    if (made.progress !== undefined) summaryCache.set(a, made)
    return made
  }

  const baseline = new Map<string, Baseline>()
  /** Recovery keys in the backend and in the parking store, read at load or written by
   * saveOnUnload; removed once a save confirms them. */
  const parked = new Set<string>()
  const parkedLocally = new Set<string>()
  /** Deletions seen by `schedule` and not yet written, so the snapshot key and content are the
   * same whether this page writes the deletion or the next load does it from a parked entry. */
  const removals = new Map<string, Removal>()
  /** Messages from other tabs, and entries other pages parked, that arrived before the library
   * was read. */
  const early: MessageEvent[] = []
  const earlyParked: [string, unknown][] = []
  /** Records whose deletion is being written, so an overlapping save does not delete them twice. */
  const removing = new Set<string>()
  let indexIds: string[] = []
  let loaded = false
  let blockedReason: string | undefined
  let status: SaveStatus = { kind: 'idle' }
  /** The newest library state handed to us and not yet fully written. */
  let pending: Record<string, Assessment> | undefined
  /** The newest library state we know of, written or not. */
  let latest: Record<string, Assessment> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let firstPendingAt: number | undefined
  let inFlight: Promise<void> | undefined
  /** Counts saveOnUnload calls: only a save started after the last one covers what it parked. */
  let parkings = 0

  const setStatus = (s: SaveStatus) => {
    status = s
    events.onStatus?.(s)
  }

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  const post = (m: BroadcastMessage) => {
    try {
      channel?.postMessage(m)
    } catch {
      // A closed channel only costs other tabs a live update; they still read on next load.
    }
  }

  async function quarantine(key: string, raw: unknown, reason: string): Promise<QuarantineEntry> {
    const entry: QuarantineEntry = { key, quarantinedAt: now().toISOString(), reason, raw }
    // Copy first, delete second: if the copy fails the original stays where it was.
    await backend.set(`${STORAGE_KEYS.quarantinePrefix}${key}:${entry.quarantinedAt}`, entry)
    await backend.del(key)
    return entry
  }

  async function listByPrefix<T>(prefix: string): Promise<T[]> {
    const ks = (await backend.keys()).filter((k) => k.startsWith(prefix)).sort()
    return (await backend.getMany(ks)) as T[]
  }

  async function load(): Promise<LoadedLibrary> {
    const [rawIndex, allKeys] = await Promise.all([backend.get(STORAGE_KEYS.index), backend.keys()])
    const index = isIndex(rawIndex) ? rawIndex : undefined
    const version = index?.version ?? STORE_VERSION
    if (version === STORE_VERSION) {
      for (const [id, summary] of Object.entries(index?.summaries ?? {})) {
        if (isAssessmentSummary(summary) && summary.id === id) storedSummaries.set(id, summary)
      }
    }
    const present = new Set(allKeys)
    const recordKeys = new Set(allKeys.filter((k) => k.startsWith(STORAGE_KEYS.recordPrefix)))
    for (const id of index?.ids ?? []) {
      if (present.has(STORAGE_KEYS.record(id))) recordKeys.add(STORAGE_KEYS.record(id))
    }
    const keyList = [...recordKeys]
    // The schema's code is loaded only when there is something to check: an empty device's start
    // screen does without it (performance.md); writes and other tabs' news load it when needed.
    const schemaLoaded =
      keyList.length > 0 ||
      allKeys.some((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix)) ||
      (parking?.list(STORAGE_KEYS.unsavedPrefix).length ?? 0) > 0
        ? loadSchema()
        : undefined
    // Read in batches with pauses between them: the page stays responsive while a library of
    // hundreds of records (tens of kilobytes each) is read and checked.
    const slices = slicer()
    const values: unknown[] = []
    for (let i = 0; i < keyList.length; i += READ_BATCH) {
      values.push(...(await backend.getMany(keyList.slice(i, i + READ_BATCH))))
      await slices.pauseIfDue()
    }
    const rawRecords: Record<string, unknown> = {}
    keyList.forEach((k, i) => {
      rawRecords[k.slice(STORAGE_KEYS.recordPrefix.length)] = values[i]
    })

    if (version !== STORE_VERSION) {
      // Keep the untouched bytes before any migration step runs (reliability item 3).
      if (version < STORE_VERSION) {
        await backend.set(`${STORAGE_KEYS.backupPrefix}v${version}:${now().toISOString()}`, {
          index: rawIndex,
          records: rawRecords,
        })
      } else {
        block('newer-version')
      }
      return { version, assessments: {}, rawRecords, quarantined: await listQuarantine() }
    }

    await schemaLoaded
    const assessments: Record<string, Assessment> = {}
    const fresh: QuarantineEntry[] = []
    for (const [id, raw] of Object.entries(rawRecords)) {
      const key = STORAGE_KEYS.record(id)
      if (!isRecord(raw)) {
        fresh.push(await quarantine(key, raw, 'the stored entry is not an assessment record'))
        continue
      }
      const parsed = schema().safeParse(raw.assessment)
      if (!parsed.success) {
        fresh.push(await quarantine(key, raw, describeIssues(parsed.error)))
        continue
      }
      if (parsed.data.id !== id) {
        fresh.push(await quarantine(key, raw, `the record says it is "${parsed.data.id}"`))
        continue
      }
      assessments[id] = parsed.data
      baseline.set(id, { revision: raw.revision, assessment: parsed.data })
      await slices.pauseIfDue()
    }
    // Changes parked when a page went away before its save was confirmed: merge them back.
    const parkedEntries = await readParked(allKeys)
    if (parkedEntries.length > 0) await loadSchema()
    const recovered = recoverParked(assessments, parkedEntries)
    const quarantined = await listQuarantine()
    // Nothing awaits from here to the return, so the store is hydrated with this library before
    // any timer or storage event runs: a status change of the save below would otherwise hand
    // over the store's empty state from before hydration, and that save would delete everything.
    // The stored index, not what was just read: a recovered assessment must be added to it.
    indexIds = [...(index?.ids ?? [])].sort()
    latest = assessments
    loaded = true
    if (recovered || parked.size > 0 || parkedLocally.size > 0) {
      pending = assessments
      timer = setTimeout(() => void flush(), 0)
    }
    if (early.length > 0 || earlyParked.length > 0) {
      // After hydration (a later task), so a change applied to the store is not lost with it.
      const news = early.splice(0)
      const parkedNews = earlyParked.splice(0)
      setTimeout(() => {
        news.forEach((e) => void onMessage(e))
        parkedNews.forEach(([key, value]) => onParkedElsewhere(key, value))
      }, 0)
    }
    if (fresh.length > 0) events.onQuarantine?.(fresh)
    return { version, assessments, rawRecords, quarantined }
  }

  /** Parked entries from the backend and the parking store; where both hold a key, the later. */
  async function readParked(allKeys: string[]): Promise<UnsavedEntry[]> {
    const byKey = new Map<string, UnsavedEntry>()
    const keep = (key: string, entry: unknown) => {
      if (!isUnsaved(entry)) return
      const other = byKey.get(key)
      if (!other || other.savedAt < entry.savedAt) byKey.set(key, entry)
    }
    const backendKeys = allKeys.filter((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix))
    const backendValues = backendKeys.length > 0 ? await backend.getMany(backendKeys) : []
    backendKeys.forEach((key, i) => {
      parked.add(key)
      keep(key, backendValues[i])
    })
    for (const [key, value] of parking?.list(STORAGE_KEYS.unsavedPrefix) ?? []) {
      parkedLocally.add(key)
      keep(key, value)
    }
    return [...byKey.values()]
  }

  /** Applies parked entries to the assessments just read; true when anything must be saved. */
  function recoverParked(
    assessments: Record<string, Assessment>,
    entries: UnsavedEntry[],
  ): boolean {
    let recovered = false
    for (const entry of entries) {
      const stored = baseline.get(entry.id)
      // The stored record is the one the change was made against, or the page's own last write.
      const unchanged = stored !== undefined && stored.revision === entry.baseRevision
      const ownWrite = stored !== undefined && !unchanged && stored.revision === entry.ownRevision
      const ours = schema().safeParse(entry.assessment)
      const oursValid = ours.success && ours.data.id === entry.id
      if (entry.deletedAt !== undefined) {
        // A deletion that may not have been written. Newer work on the record from another tab
        // is kept rather than deleted; a record already gone stays gone.
        if (!stored || !(unchanged || ownWrite)) continue
        delete assessments[entry.id]
        removals.set(entry.id, {
          at: entry.deletedAt,
          assessment: oursValid ? ours.data : stored.assessment,
        })
        recovered = true
        continue
      }
      if (!ours.success || !oursValid) continue
      if (!stored) {
        // Never saved before the page went away; a record deleted since stays deleted.
        if (entry.baseRevision !== 0) continue
        assessments[entry.id] = ours.data
        recovered = true
        continue
      }
      // On our own last write, only what changed since that write is ours: the write may have
      // merged another tab's work, which must stay.
      const base = schema().safeParse(ownWrite ? entry.own : entry.base)
      const from = base.success ? base.data : undefined
      // Where both changed the same answer, the later edit wins: a parked entry can be older than
      // the stored record (its page's last save landed after all, and another tab went on).
      assessments[entry.id] = unchanged
        ? ours.data
        : stored.assessment.updatedAt > ours.data.updatedAt
          ? mergeAssessment(from, stored.assessment, ours.data)
          : mergeAssessment(from, ours.data, stored.assessment)
      recovered = true
    }
    return recovered
  }

  function listQuarantine(): Promise<QuarantineEntry[]> {
    return listByPrefix<QuarantineEntry>(STORAGE_KEYS.quarantinePrefix)
  }

  async function readSummaries(): Promise<AssessmentSummary[] | null> {
    const [rawIndex, allKeys] = await Promise.all([backend.get(STORAGE_KEYS.index), backend.keys()])
    if (allKeys.some((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix))) return null
    if ((parking?.list(STORAGE_KEYS.unsavedPrefix).length ?? 0) > 0) return null
    const recordIds = allKeys
      .filter((k) => k.startsWith(STORAGE_KEYS.recordPrefix))
      .map((k) => k.slice(STORAGE_KEYS.recordPrefix.length))
    // Nothing stored yet: an empty library, known at once.
    if (rawIndex === undefined && recordIds.length === 0) return []
    if (!isIndex(rawIndex) || rawIndex.version !== STORE_VERSION || !rawIndex.summaries) return null
    const summaries = rawIndex.summaries
    if (Object.keys(summaries).length !== recordIds.length) return null
    const list: AssessmentSummary[] = []
    for (const id of recordIds) {
      const summary = summaries[id]
      if (!isAssessmentSummary(summary) || summary.id !== id) return null
      list.push(summary)
    }
    return list
  }

  /** Summaries that differ from the stored ones: the new summary, or null for one to drop. */
  function summaryChanges(
    target: Record<string, Assessment>,
  ): [string, AssessmentSummary | null][] {
    const changes: [string, AssessmentSummary | null][] = []
    for (const [id, assessment] of Object.entries(target)) {
      const summary = summaryOf(assessment)
      const stored = storedSummaries.get(id)
      if (sameSummary(stored, summary)) continue
      // Progress not known yet (the scoring code loads after the first screen) leaves the stored
      // progress of this same version in place.
      if (
        summary.progress === undefined &&
        sameSummary(stored, { ...summary, progress: stored?.progress })
      )
        continue
      changes.push([id, summary])
    }
    for (const id of storedSummaries.keys()) if (!(id in target)) changes.push([id, null])
    return changes
  }

  /** Writes the index: this page's list of ids when it changed, and the summaries that changed,
   * patched into the stored ones in one transaction so another tab's summaries stay. */
  async function writeIndex(
    ids: string[] | undefined,
    changes: [string, AssessmentSummary | null][],
  ): Promise<void> {
    await backend.update(STORAGE_KEYS.index, (old) => {
      const current = isIndex(old) && old.version === STORE_VERSION ? old : undefined
      const summaries = { ...(current?.summaries ?? {}) }
      for (const [id, summary] of changes) {
        if (summary) summaries[id] = summary
        else delete summaries[id]
      }
      const next: StoredIndex = {
        version: STORE_VERSION,
        ids: ids ?? current?.ids ?? [],
        summaries,
      }
      return next
    })
    for (const [id, summary] of changes) {
      if (summary) storedSummaries.set(id, summary)
      else storedSummaries.delete(id)
    }
  }

  type WriteOutcome = { id: string; revision: number; assessment: Assessment; merged: boolean }

  /** The revision this tab last wrote per record, set inside the write transaction. A save that
   * starts while an earlier one of ours is still settling finds that revision, not its baseline's,
   * and must not take our own earlier write for another tab's. */
  const ownRevision = new Map<string, number>()
  /** What that write put on disk, for merging a parked change over it (see saveOnUnload). */
  const ownWritten = new Map<string, Assessment>()

  async function writeOne(id: string, ours: Assessment): Promise<WriteOutcome> {
    const base = baseline.get(id)
    let outcome: WriteOutcome | undefined
    let setAside: { raw: unknown; reason: string } | undefined
    await backend.update(STORAGE_KEYS.record(id), (old) => {
      const savedAt = now().toISOString()
      const baseRevision = base?.revision ?? 0
      if (!isRecord(old) || old.revision === baseRevision || old.revision === ownRevision.get(id)) {
        if (old !== undefined && !isRecord(old))
          setAside = { raw: old, reason: 'overwritten unreadable entry' }
        const revision = (isRecord(old) ? old.revision : baseRevision) + 1
        outcome = { id, revision, assessment: ours, merged: false }
        ownRevision.set(id, revision)
        ownWritten.set(id, ours)
        return { revision, savedAt, assessment: ours } satisfies StoredRecord
      }
      // Another tab saved a newer revision since we read ours: merge, never overwrite. Their
      // version is set aside instead when it cannot be read, or cannot be checked yet (this page
      // started on an empty library and has not needed the schema's code until now).
      const theirs = assessmentSchema?.safeParse(old.assessment)
      const assessment = theirs?.success
        ? mergeAssessment(base?.assessment, ours, theirs.data)
        : ours
      if (!theirs)
        setAside = { raw: old, reason: 'saved by another tab before this one could check it' }
      else if (!theirs.success) setAside = { raw: old, reason: describeIssues(theirs.error) }
      const revision = Math.max(old.revision, baseRevision) + 1
      outcome = { id, revision, assessment, merged: theirs?.success ?? false }
      ownRevision.set(id, revision)
      ownWritten.set(id, assessment)
      return { revision, savedAt, assessment } satisfies StoredRecord
    })
    if (!outcome) throw new Error('the write did not run')
    if (setAside) {
      const at = now().toISOString()
      await backend.set(`${STORAGE_KEYS.quarantinePrefix}${STORAGE_KEYS.record(id)}:${at}`, {
        key: STORAGE_KEYS.record(id),
        quarantinedAt: at,
        reason: setAside.reason,
        raw: setAside.raw,
      } satisfies QuarantineEntry)
    }
    return outcome
  }

  async function removeOne(id: string): Promise<void> {
    const removal = removals.get(id)
    const takenAt = removal?.at ?? now().toISOString()
    // The same deletion always gets the same key, so a page and the load that finishes its
    // deletion after it went away keep one snapshot, not two.
    const key = `${STORAGE_KEYS.snapshotPrefix}delete:${id}:${takenAt}`
    const assessment = removal?.assessment ?? baseline.get(id)?.assessment
    await backend.set(key, { key, takenAt, why: 'delete', assessment } satisfies SnapshotEntry)
    await backend.del(STORAGE_KEYS.record(id))
  }

  /** Writes started and not yet settled, of every save in progress. */
  let writesInFlight = 0
  function tracked<T>(write: Promise<T>): Promise<T> {
    writesInFlight += 1
    return write.finally(() => {
      writesInFlight -= 1
    })
  }

  async function runSave(): Promise<void> {
    if (!loaded || blockedReason !== undefined || !pending) return
    const target = pending
    const parkingsCovered = parkings
    pending = undefined
    firstPendingAt = undefined
    const changed = Object.entries(target).filter(([id, a]) => baseline.get(id)?.assessment !== a)
    const removed = [...baseline.keys()].filter((id) => !(id in target) && !removing.has(id))
    const ids = Object.keys(target).sort()
    const indexChanged = ids.join('\n') !== indexIds.join('\n')
    const summaries = summaryChanges(target)
    if (changed.length === 0 && removed.length === 0 && !indexChanged && summaries.length === 0) {
      // Parked copies that changed nothing (already saved when their page went) go too.
      if (!pending && parkingsCovered === parkings && writesInFlight === 0) await dropParked()
      if (status.kind === 'pending') setStatus({ kind: 'saved', at: now().toISOString() })
      return
    }
    setStatus({ kind: 'saving' })
    // Every write starts in this same turn, so a flush from `pagehide` queues all of them before
    // the page goes away.
    const writes = changed.map(([id, a]) => tracked(writeOne(id, a)))
    removed.forEach((id) => removing.add(id))
    const removalWrites = removed.map((id) =>
      tracked(removeOne(id))
        .then(() => id)
        .finally(() => removing.delete(id)),
    )
    const indexWrite =
      indexChanged || summaries.length > 0
        ? tracked(writeIndex(indexChanged ? ids : undefined, summaries)).then(() =>
            indexChanged ? ids : undefined,
          )
        : Promise.resolve(undefined)
    const [writeResults, removalResults, indexResult] = await Promise.all([
      Promise.allSettled(writes),
      Promise.allSettled(removalWrites),
      indexWrite.then(
        (v) => ({ ok: true as const, v }),
        (e: unknown) => ({ ok: false as const, e }),
      ),
    ])
    let failure: unknown
    for (const r of writeResults) {
      if (r.status === 'rejected') {
        failure ??= r.reason
        continue
      }
      const o = r.value
      // Overlapping saves may settle out of order; the baseline only ever moves forward.
      if ((baseline.get(o.id)?.revision ?? -1) < o.revision) {
        baseline.set(o.id, { revision: o.revision, assessment: o.assessment })
      }
      post({ type: 'saved', id: o.id, revision: o.revision })
      if (o.merged) events.onConflictMerged?.(o.id, o.assessment)
    }
    for (const r of removalResults) {
      if (r.status === 'rejected') {
        failure ??= r.reason
        continue
      }
      baseline.delete(r.value)
      removals.delete(r.value)
      post({ type: 'deleted', id: r.value })
    }
    if (indexResult.ok) {
      if (indexResult.v) indexIds = indexResult.v
    } else failure ??= indexResult.e

    if (failure !== undefined) {
      setStatus({ kind: 'error', ...errorInfo(failure) })
      // Keep the newest state queued and try again later; a newer change retries sooner.
      pending ??= target
      clearTimer()
      timer = setTimeout(() => void flush(), retryMs)
      return
    }
    // Everything is on disk now, parked copies included: drop them, or a later load would merge
    // these older changes over newer work. Not while an earlier save's writes are still going
    // (a deletion, say): if the page went away now, those would be lost with their parked copy.
    if (!pending && parkingsCovered === parkings && writesInFlight === 0) await dropParked()
    setStatus(pending ? { kind: 'pending' } : { kind: 'saved', at: now().toISOString() })
  }

  async function dropParked(): Promise<void> {
    for (const k of parkedLocally) parking?.remove(k)
    parkedLocally.clear()
    if (parked.size === 0) return
    const keys = [...parked]
    parked.clear()
    await Promise.all(keys.map((k) => backend.del(k))).catch(() =>
      keys.forEach((k) => parked.add(k)),
    )
  }

  function saveOnUnload(): void {
    if (!loaded || blockedReason !== undefined || !latest) return
    const current = latest
    parkings += 1
    const savedAt = now().toISOString()
    const entries: [string, UnsavedEntry][] = []
    // Only a write the page has not heard back from (newer than its baseline) is worth parking.
    const own = (id: string) => {
      const revision = ownRevision.get(id)
      const written = ownWritten.get(id)
      if (
        revision === undefined ||
        written === undefined ||
        revision <= (baseline.get(id)?.revision ?? 0)
      )
        return {}
      return { ownRevision: revision, own: written }
    }
    for (const [id, assessment] of Object.entries(current)) {
      const base = baseline.get(id)
      if (base?.assessment === assessment) continue
      entries.push([
        `${STORAGE_KEYS.unsavedPrefix}${id}`,
        {
          id,
          baseRevision: base?.revision ?? 0,
          ...own(id),
          ...(base ? { base: base.assessment } : {}),
          assessment,
          savedAt,
        },
      ])
    }
    for (const [id, base] of baseline) {
      if (id in current) continue
      const removal = removals.get(id) ?? { at: savedAt, assessment: base.assessment }
      removals.set(id, removal)
      entries.push([
        `${STORAGE_KEYS.unsavedPrefix}${id}`,
        {
          id,
          baseRevision: base.revision,
          ...own(id),
          assessment: removal.assessment,
          savedAt,
          deletedAt: removal.at,
        },
      ])
    }
    // Parked synchronously: an IndexedDB write started now would queue behind a save already in
    // flight, whose read-then-write cannot finish once the page is gone, and be lost with it.
    const fallback: [string, UnsavedEntry][] = []
    for (const [key, entry] of entries) {
      try {
        if (!parking) throw new Error('no parking store')
        parking.set(key, entry)
        parkedLocally.add(key)
      } catch {
        fallback.push([key, entry])
      }
    }
    // Without room there, plain writes to the backend, ahead of the save started below.
    fallback.forEach(([key]) => parked.add(key))
    if (fallback.length > 0) backend.setNow(fallback).catch(() => undefined)
    // A save of everything parked, even what a save in flight is writing: only one started after
    // the parking may drop the parked copies once it is confirmed.
    if (entries.length > 0) pending = current
    void flush()
  }

  function flush(): Promise<void> {
    clearTimer()
    // The writes start now, even while an earlier save is still settling: a flush from `pagehide`
    // that first waited for that save would queue nothing before the page is gone (reliability
    // item 4). IndexedDB runs the transactions in the order they start, and `ownRevision` keeps
    // the later write from mistaking the earlier one for another tab's.
    const earlier = inFlight
    const p = Promise.all([runSave(), earlier])
      .then(() => undefined)
      .finally(() => {
        if (inFlight === p) inFlight = undefined
      })
    inFlight = p
    return p
  }

  /** True when these are exactly the stored assessments (the same objects) and no save or
   * deletion is waiting. */
  function matchesStored(assessments: Record<string, Assessment>): boolean {
    if (pending !== undefined || removals.size > 0 || inFlight !== undefined) return false
    const ids = Object.keys(assessments)
    return (
      ids.length === baseline.size &&
      ids.every((id) => baseline.get(id)?.assessment === assessments[id])
    )
  }

  function refreshSummaries(): void {
    if (!loaded || blockedReason !== undefined || !latest) return
    if (summaryChanges(latest).length === 0) return
    pending = latest
    if (timer === undefined) timer = setTimeout(() => void flush(), debounceMs)
  }

  function schedule(assessments: Record<string, Assessment>): void {
    if (blockedReason !== undefined) return
    if (assessments === latest) return
    const previous = latest
    latest = assessments
    if (!loaded) return // nothing may be written before the stored library has been read
    // The store hands over the library it was just hydrated with: nothing to save, and no
    // "Saving…" in the header on every start.
    if (matchesStored(assessments)) return
    noteRemovals(previous, assessments)
    // The first change after an empty start: load the schema's code for checking other tabs'
    // records, well before it could be needed (see writeOne).
    if (!assessmentSchema && Object.keys(assessments).length > 0)
      void loadSchema().catch(() => undefined)
    pending = assessments
    const t = Date.now()
    firstPendingAt ??= t
    if (status.kind !== 'error') setStatus({ kind: 'pending' })
    clearTimer()
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - t))
    timer = setTimeout(() => void flush(), wait)
  }

  /** Remembers when each assessment left the library and its last version, for its snapshot. */
  function noteRemovals(
    previous: Record<string, Assessment> | undefined,
    next: Record<string, Assessment>,
  ): void {
    for (const id of removals.keys()) if (id in next) removals.delete(id) // put back (undo)
    if (!previous) return
    for (const [id, assessment] of Object.entries(previous)) {
      if (!(id in next) && !removals.has(id))
        removals.set(id, { at: now().toISOString(), assessment })
    }
  }

  function block(reason: string): void {
    blockedReason = reason
    clearTimer()
    pending = undefined
    setStatus({ kind: 'blocked', reason })
  }

  async function onMessage(event: MessageEvent): Promise<void> {
    const m: unknown = event.data
    if (blockedReason !== undefined || !isMessage(m)) return
    if (!loaded) {
      // A page that was just left may still be finishing its save while this one loads (the
      // browser can run its pagehide after this page has started): keep the news for later.
      early.push(event)
      return
    }
    if (m.type === 'deleted') {
      if (!baseline.has(m.id)) return
      baseline.delete(m.id)
      removals.delete(m.id)
      if (latest && m.id in latest) {
        const rest = { ...latest }
        delete rest[m.id]
        latest = rest
        if (pending) pending = rest
      }
      events.onExternalChange?.(m.id, null, false)
      return
    }
    const base = baseline.get(m.id)
    if (base && base.revision >= m.revision) return
    const [raw, checker] = await Promise.all([backend.get(STORAGE_KEYS.record(m.id)), loadSchema()])
    if (!isRecord(raw)) return
    const parsed = checker.safeParse(raw.assessment)
    if (!parsed.success) return
    const current = baseline.get(m.id)
    if (current && current.revision >= raw.revision) return
    const ours = latest?.[m.id]
    const hasLocalChanges = ours !== undefined && ours !== current?.assessment
    baseline.set(m.id, { revision: raw.revision, assessment: parsed.data })
    const result = hasLocalChanges
      ? mergeAssessment(current?.assessment, ours, parsed.data)
      : parsed.data
    events.onExternalChange?.(m.id, result, hasLocalChanges)
  }

  /** Another page parked a change after this one read the library (see ParkingStore.subscribe):
   * apply it as another tab's change; this page then saves it and drops the parked copy. */
  function onParkedElsewhere(key: string, value: unknown): void {
    if (
      blockedReason !== undefined ||
      !key.startsWith(STORAGE_KEYS.unsavedPrefix) ||
      !isUnsaved(value)
    )
      return
    if (!assessmentSchema) {
      void loadSchema().then(() => onParkedElsewhere(key, value))
      return
    }
    if (!loaded || !latest) {
      earlyParked.push([key, value])
      return
    }
    const id = value.id
    const current = latest[id]
    const stored = baseline.get(id)
    const next = { ...latest }
    if (!recoverParked(next, [value])) return
    parkedLocally.add(key)
    const theirs = next[id]
    const hasLocalChanges = current !== undefined && current !== stored?.assessment
    if (theirs === undefined) {
      // Deleted there; work this page has not saved yet is kept rather than deleted.
      if (hasLocalChanges || current === undefined) return
      events.onExternalChange?.(id, null, false)
      return
    }
    const result = hasLocalChanges ? mergeAssessment(stored?.assessment, current, theirs) : theirs
    if (result === current) return
    events.onExternalChange?.(id, result, hasLocalChanges)
  }

  const listener = (e: MessageEvent) => void onMessage(e)
  channel?.addEventListener('message', listener)
  const stopParkingNews = parking?.subscribe?.(onParkedElsewhere)

  return {
    load,
    readSummaries,
    refreshSummaries,
    schedule,
    flush,
    block,
    saveOnUnload,
    get loaded() {
      return loaded
    },
    get status() {
      return status
    },
    hasUnsavedChanges: () =>
      pending !== undefined || status.kind === 'saving' || status.kind === 'error',
    listQuarantine,
    listSnapshots: () => listByPrefix<SnapshotEntry>(STORAGE_KEYS.snapshotPrefix),
    exportRaw: async () => {
      const ks = (await backend.keys()).sort()
      const vs = await backend.getMany(ks)
      // Parked changes may be the only copy of the last work: they go into the backup too.
      const local = (parking?.list(STORAGE_KEYS.unsavedPrefix) ?? []).map(([k, v]) => [
        `${PARKED_EXPORT_PREFIX}${k}`,
        v,
      ])
      return Object.fromEntries([...ks.map((k, i) => [k, vs[i]]), ...local])
    },
    dispose: () => {
      clearTimer()
      // A disposed storage writes nothing more, whoever still holds it.
      blockedReason ??= 'disposed'
      stopParkingNews?.()
      channel?.removeEventListener('message', listener)
      channel?.close()
    },
  }
}

/** Opens the cross-tab channel, or null where BroadcastChannel is missing. */
export function openLibraryChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined'
    ? null
    : new BroadcastChannel(BROADCAST_CHANNEL_NAME)
}
