// Adapts the library storage to zustand's `persist` middleware. `persist` hands over the whole
// partialized state on every change; the library storage decides what actually needs writing.
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import type { Assessment } from '@/domain/assessment/schema'
import { STORE_VERSION, type LibraryStorage } from '@/lib/storage/library-storage'

export interface PersistedLibrary {
  assessments: Record<string, Assessment>
}

export function createPersistStorage(storage: LibraryStorage): PersistStorage<PersistedLibrary> {
  return {
    async getItem(): Promise<StorageValue<PersistedLibrary> | null> {
      const loaded = await storage.load()
      // Assessments can come from parked changes alone (created, then the page closed at once).
      const empty = Object.keys(loaded.rawRecords).length === 0 && Object.keys(loaded.assessments).length === 0
      if (empty) return null
      // On a version mismatch the records are passed raw to `migrate`, which validates them.
      const assessments = (loaded.version === STORE_VERSION
        ? loaded.assessments
        : loaded.rawRecords) as Record<string, Assessment>
      return { state: { assessments }, version: loaded.version }
    },
    setItem(_name, value) {
      storage.schedule(value.state.assessments)
    },
    removeItem() {
      // Erasing the library is an explicit action on the privacy page, never a side effect.
    },
  }
}
