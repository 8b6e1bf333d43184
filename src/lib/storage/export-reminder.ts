// The last time the user saved a file of their work, and whether to remind them to do it again
// (design/reliability.md item 8). Browsers may evict script-written storage (Safari after 7 days
// without a visit), so an exported file is the only copy the user truly owns. The date is kept
// in the same device storage as the library, under its own key.
import type { KeyValueBackend } from '@/lib/storage/backend'

export const LAST_EXPORT_KEY = 'isa:meta:last-export'
/** Remind when the last export is older than this many days. */
export const EXPORT_REMINDER_DAYS = 7

const DAY_MS = 24 * 60 * 60 * 1000

export interface ExportLog {
  /** ISO time of the last export of the whole library or one assessment, or null for never. */
  lastExport(): Promise<string | null>
  record(at: string): Promise<void>
  /** Called after each `record`, so a reminder on screen goes away at once. */
  subscribe(listener: () => void): () => void
}

export function createExportLog(backend: KeyValueBackend): ExportLog {
  const listeners = new Set<() => void>()
  return {
    async lastExport() {
      const v = await backend.get(LAST_EXPORT_KEY)
      return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null
    },
    async record(at) {
      await backend.set(LAST_EXPORT_KEY, at)
      listeners.forEach((l) => l())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export interface ReminderInput {
  lastExport: string | null
  /** True when at least one assessment on the device holds an answer. */
  hasAnswers: boolean
  now: Date
  days?: number
}

/** True when there is work to lose and no file of it is younger than `days` days. */
export function isExportReminderDue({ lastExport, hasAnswers, now, days = EXPORT_REMINDER_DAYS }: ReminderInput): boolean {
  if (!hasAnswers) return false
  if (lastExport === null) return true
  const at = Date.parse(lastExport)
  if (Number.isNaN(at)) return true
  // A date in the future (a wrong clock) counts as recent rather than nagging on every visit.
  return now.getTime() - at > days * DAY_MS
}

/** Whole days since the last export, for the reminder text; null for never. */
export function daysSince(lastExport: string | null, now: Date): number | null {
  if (lastExport === null) return null
  const at = Date.parse(lastExport)
  return Number.isNaN(at) ? null : Math.max(0, Math.floor((now.getTime() - at) / DAY_MS))
}
