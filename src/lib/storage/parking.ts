// Where `saveOnUnload` parks changes not yet confirmed when the page goes away (reliability.md
// item 4). It must be synchronous: an IndexedDB write started from `pagehide` queues behind any
// revision-checked save already in flight, and that save needs its read back in a page that is
// about to be destroyed, so both are aborted together. A synchronous write is complete when the
// call returns. The app uses localStorage; tests use the in-memory store.

export interface ParkingStore {
  /** Writes at once; throws when it cannot (storage full or disabled), so the caller can fall back. */
  set(key: string, value: unknown): void
  remove(key: string): void
  /** Every readable entry whose key starts with `prefix`. */
  list(prefix: string): [string, unknown][]
  /**
   * Calls `listener` when another page of the app parks an entry. A page that was just left may
   * park after the next one has read the library (browsers can run the old page's `pagehide`
   * after the new page has started), so the new page must hear of it. Returns the unsubscribe.
   */
  subscribe?(listener: (key: string, value: unknown) => void): () => void
}

/** Parking in Web Storage (localStorage in the app). Returns null where it is not available. */
export function createWebStorageParking(storage?: Storage): ParkingStore | null {
  let area: Storage
  try {
    // Reading the property itself throws where storage is disabled by the browser's settings.
    const found = storage ?? (typeof localStorage === 'undefined' ? undefined : localStorage)
    if (!found) return null
    area = found
  } catch {
    return null
  }
  return {
    set: (key, value) => area.setItem(key, JSON.stringify(value)),
    remove: (key) => {
      try {
        area.removeItem(key)
      } catch {
        // Left behind, the entry is merged once more on a later load, which changes nothing.
      }
    },
    list: (prefix) => {
      const out: [string, unknown][] = []
      try {
        const keys: string[] = []
        for (let i = 0; i < area.length; i++) {
          const key = area.key(i)
          if (key?.startsWith(prefix)) keys.push(key)
        }
        for (const key of keys) {
          const text = area.getItem(key)
          if (text === null) continue
          try {
            out.push([key, JSON.parse(text) as unknown])
          } catch {
            // Not our JSON (another script wrote the key): the loader ignores unreadable entries.
            out.push([key, undefined])
          }
        }
      } catch {
        // Unreadable storage holds nothing we can recover.
      }
      return out
    },
    subscribe: (listener) => {
      if (typeof window === 'undefined') return () => undefined
      // The storage event fires in every other page of this origin, never in the writing one.
      const onStorage = (e: StorageEvent) => {
        if (e.storageArea !== area || e.key === null || e.newValue === null) return
        let value: unknown
        try {
          value = JSON.parse(e.newValue) as unknown
        } catch {
          return
        }
        listener(e.key, value)
      }
      window.addEventListener('storage', onStorage)
      return () => window.removeEventListener('storage', onStorage)
    },
  }
}

/** Parking in memory, for tests; values are cloned as JSON, as Web Storage would store them. */
export function createMemoryParking(): ParkingStore & {
  dump(): Record<string, unknown>
  /** Parks an entry as another page would: listeners hear of it. */
  parkFromElsewhere(key: string, value: unknown): void
} {
  const data = new Map<string, string>()
  const listeners = new Set<(key: string, value: unknown) => void>()
  return {
    set: (key, value) => {
      data.set(key, JSON.stringify(value))
    },
    parkFromElsewhere: (key, value) => {
      data.set(key, JSON.stringify(value))
      listeners.forEach((l) => l(key, JSON.parse(JSON.stringify(value)) as unknown))
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    remove: (key) => {
      data.delete(key)
    },
    list: (prefix) =>
      [...data.entries()]
        .filter(([k]) => k.startsWith(prefix))
        .map(([k, v]) => [k, JSON.parse(v) as unknown]),
    dump: () =>
      Object.fromEntries([...data.entries()].map(([k, v]) => [k, JSON.parse(v) as unknown])),
  }
}
