// Adapts the library storage to zustand's `persist` middleware. `persist` hands over the whole
// partialized state on every change of the store, session state included (save status, notices,
// "hydrated"); the library storage decides what actually needs writing.
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import type { Assessment } from '@/domain/assessment/schema'
import { STORE_VERSION, type LibraryStorage } from '@/lib/storage/library-storage'

export interface PersistedLibrary {
  assessments: Record<string, Assessment>
}

/** Same ids holding the very same assessment objects: nothing in the library changed. */
function sameLibrary(a: Record<string, Assessment>, b: Record<string, Assessment>): boolean {
  if (a === b) return true
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => a[k] === b[k])
}

export function createPersistStorage(storage: LibraryStorage): PersistStorage<PersistedLibrary> {
  // The library last handed to the storage (or read from it). A change of session state alone,
  // or hydration of an empty device replacing `{}` with another `{}`, must not be scheduled: the
  // storage would report "Saving…" then "Saved" for a write of nothing, and the header's status
  // would change on start although the user did nothing (performance.md, layout shift).
  let last: Record<string, Assessment> | undefined
  return {
    async getItem(): Promise<StorageValue<PersistedLibrary> | null> {
      const loaded = await storage.load()
      // Assessments can come from parked changes alone (created, then the page closed at once).
      const empty = Object.keys(loaded.rawRecords).length === 0 && Object.keys(loaded.assessments).length === 0
      if (loaded.version === STORE_VERSION) last = loaded.assessments
      if (empty) return null
      // On a version mismatch the records are passed raw to `migrate`, which validates them.
      const assessments = (loaded.version === STORE_VERSION
        ? loaded.assessments
        : loaded.rawRecords) as Record<string, Assessment>
      return { state: { assessments }, version: loaded.version }
    },
    setItem(_name, value) {
      const { assessments } = value.state
      if (last !== undefined && sameLibrary(last, assessments)) return
      last = assessments
      storage.schedule(assessments)
    },
    removeItem() {
      // Erasing the library is an explicit action on the privacy page, never a side effect.
    },
  }
}
