// The key–value backend under the library storage. The app uses IndexedDB through idb-keyval;
// tests and browsers without IndexedDB use the in-memory backend. Keeping this interface small
// lets the storage logic (revisions, quarantine, debouncing) be tested without a browser.
import { createStore, del, get, getMany, keys, promisifyRequest, set, update, type UseStore } from 'idb-keyval'

export interface KeyValueBackend {
  get(key: string): Promise<unknown>
  getMany(keys: readonly string[]): Promise<unknown[]>
  set(key: string, value: unknown): Promise<void>
  del(key: string): Promise<void>
  /** Read and write one key in a single transaction, so two tabs cannot interleave. */
  update(key: string, updater: (old: unknown) => unknown): Promise<void>
  keys(): Promise<string[]>
  /**
   * Plain writes of several keys in one transaction that is committed at once, without waiting
   * for the page to go idle: the only kind of write that still lands from a `pagehide` handler.
   */
  setNow(entries: readonly (readonly [string, unknown])[]): Promise<void>
}

export const IDB_DATABASE = 'international-solidarity-assessment'
export const IDB_STORE = 'library'

export function createIdbBackend(): KeyValueBackend {
  let store: UseStore | undefined
  const s = (): UseStore => (store ??= createStore(IDB_DATABASE, IDB_STORE))
  return {
    get: (key) => get(key, s()),
    getMany: (ks) => getMany([...ks], s()),
    set: (key, value) => set(key, value, s()),
    del: (key) => del(key, s()),
    update: (key, updater) => update(key, updater, s()),
    keys: async () => (await keys(s())).map(String),
    setNow: (entries) =>
      s()('readwrite', (store) => {
        for (const [key, value] of entries) store.put(value, key)
        // Explicit commit (where supported) sends the writes now rather than when the page idles.
        store.transaction.commit?.()
        return promisifyRequest(store.transaction)
      }),
  }
}

/** Values are cloned in and out, as IndexedDB would, so callers never share objects with it. */
export function createMemoryBackend(initial: Record<string, unknown> = {}): KeyValueBackend & {
  dump(): Record<string, unknown>
} {
  const data = new Map<string, unknown>(Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]))
  return {
    get: async (key) => structuredClone(data.get(key)),
    getMany: async (ks) => ks.map((k) => structuredClone(data.get(k))),
    set: async (key, value) => {
      data.set(key, structuredClone(value))
    },
    del: async (key) => {
      data.delete(key)
    },
    update: async (key, updater) => {
      data.set(key, structuredClone(updater(structuredClone(data.get(key)))))
    },
    keys: async () => [...data.keys()],
    setNow: async (entries) => {
      for (const [key, value] of entries) data.set(key, structuredClone(value))
    },
    dump: () => Object.fromEntries([...data.entries()].map(([k, v]) => [k, structuredClone(v)])),
  }
}

export function indexedDbAvailable(): boolean {
  return typeof indexedDB !== 'undefined'
}
