// Reliability item 4 for whole assessments: what `saveOnUnload` parks when the page goes away
// (new assessments, edits and deletions) must survive even while a save is in flight, whose
// IndexedDB transaction blocks every later write on the same store until it gets its read back —
// which a page being torn down never does. The next load merges the parked changes back, and the
// save of the recovered library must not run before the store holds it.
import { expect, test } from 'vitest'
import { createAppStore } from '@/app/store'
import {
  createLibraryStorage,
  createMemoryBackend,
  createMemoryParking,
  createWebStorageParking,
  PARKED_EXPORT_PREFIX,
  STORAGE_KEYS,
  type ChannelLike,
  type KeyValueBackend,
  type StoredIndex,
  type StoredRecord,
} from '@/lib/storage'
import { assessment, tickingClock } from './factory'

type Memory = ReturnType<typeof createMemoryBackend>

/**
 * IndexedDB as a page being torn down sees it: a read-then-write save never gets its read back,
 * and every write started after it on the same store waits behind it, so it never lands either.
 */
function dyingBackend(memory: Memory): KeyValueBackend {
  let stuck = false
  const never = new Promise<void>(() => {})
  return {
    ...memory,
    update: () => {
      stuck = true
      return never
    },
    set: (key, value) => (stuck ? never : memory.set(key, value)),
    del: (key) => (stuck ? never : memory.del(key)),
    setNow: (entries) => (stuck ? never : memory.setNow(entries)),
  }
}

/** A page already gone: reads are answered, no write ever lands. */
function deadBackend(memory: Memory): KeyValueBackend {
  const never = () => new Promise<void>(() => {})
  return { ...memory, set: never, del: never, update: never, setNow: never }
}

/** Every read takes a turn of the event loop, as IndexedDB's do, so timers can run in between. */
function slowBackend(memory: Memory): KeyValueBackend {
  const later = <T>(v: Promise<T>) => new Promise<void>((r) => setTimeout(r, 1)).then(() => v)
  return {
    ...memory,
    get: (key) => later(memory.get(key)),
    getMany: (keys) => later(memory.getMany(keys)),
    keys: () => later(memory.keys()),
  }
}

const unsavedKeys = async (memory: Memory) =>
  (await memory.keys()).filter((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix))
const snapshotKeys = async (memory: Memory, id: string) =>
  (await memory.keys()).filter((k) => k.startsWith(`${STORAGE_KEYS.snapshotPrefix}delete:${id}:`))

async function seeded(...ids: string[]): Promise<Memory> {
  const memory = createMemoryBackend()
  const seed = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  await seed.load()
  seed.schedule(Object.fromEntries(ids.map((id) => [id, assessment(id)])))
  await seed.flush()
  return memory
}

test('a new assessment parked while a save is in flight comes back on the next load', async () => {
  const memory = await seeded('old')
  const parking = createMemoryParking()
  const dying = createLibraryStorage({
    backend: dyingBackend(memory),
    parking,
    channel: null,
    debounceMs: 0,
  })
  await dying.load()
  const edited = assessment('old', { name: 'edited' })
  const fresh = assessment('new', { name: 'opened from an example' })
  dying.schedule({ old: edited })
  void dying.flush() // the save is in flight when the page goes away
  dying.schedule({ old: edited, new: fresh })
  dying.saveOnUnload()
  await Promise.resolve()
  expect(Object.keys(memory.dump()).filter((k) => k.startsWith(STORAGE_KEYS.recordPrefix))).toEqual(
    [STORAGE_KEYS.record('old')],
  )

  const next = createLibraryStorage({ backend: memory, parking, channel: null, debounceMs: 0 })
  expect((await next.load()).assessments).toEqual({ old: edited, new: fresh })
  await next.flush()
  expect(((await memory.get(STORAGE_KEYS.record('new'))) as StoredRecord).assessment).toEqual(fresh)
  expect(((await memory.get(STORAGE_KEYS.record('old'))) as StoredRecord).assessment).toEqual(
    edited,
  )
  const index = memory.dump()[STORAGE_KEYS.index] as StoredIndex
  expect(index).toMatchObject({ version: 1, ids: ['new', 'old'] })
  expect(Object.keys(index.summaries ?? {}).sort()).toEqual(['new', 'old'])
  expect(parking.dump()).toEqual({})
})

test('without a parking store the same change is lost, which is why the app uses one', async () => {
  const memory = await seeded('old')
  const dying = createLibraryStorage({
    backend: dyingBackend(memory),
    channel: null,
    debounceMs: 0,
  })
  await dying.load()
  dying.schedule({ old: assessment('old', { name: 'edited' }) })
  void dying.flush()
  dying.schedule({ old: assessment('old', { name: 'edited' }), new: assessment('new') })
  dying.saveOnUnload()
  const next = createLibraryStorage({ backend: memory, channel: null })
  expect(Object.keys((await next.load()).assessments)).toEqual(['old'])
})

test('a deletion not yet written is finished by the next load, with one snapshot of the last version', async () => {
  const memory = await seeded('kept', 'doomed')
  const parking = createMemoryParking()
  const dying = createLibraryStorage({
    backend: dyingBackend(memory),
    parking,
    channel: null,
    debounceMs: 250,
    now: tickingClock(),
  })
  await dying.load()
  const typedThenDeleted = assessment('doomed', { name: 'typed just before deleting' })
  dying.schedule({ kept: assessment('kept'), doomed: typedThenDeleted })
  dying.schedule({ kept: assessment('kept') })
  dying.saveOnUnload()

  const next = createLibraryStorage({ backend: memory, parking, channel: null, debounceMs: 0 })
  expect(Object.keys((await next.load()).assessments)).toEqual(['kept'])
  await next.flush()
  expect(await memory.get(STORAGE_KEYS.record('doomed'))).toBeUndefined()
  const snapshots = await snapshotKeys(memory, 'doomed')
  expect(snapshots).toHaveLength(1)
  expect((memory.dump()[snapshots[0] ?? ''] as { assessment: unknown }).assessment).toEqual(
    typedThenDeleted,
  )
  expect(parking.dump()).toEqual({})
  // And it stays deleted.
  const again = createLibraryStorage({ backend: memory, parking, channel: null })
  expect(Object.keys((await again.load()).assessments)).toEqual(['kept'])
})

test('a deletion whose snapshot landed but whose record did not keeps a single snapshot', async () => {
  const memory = await seeded('doomed')
  const parking = createMemoryParking()
  // Snapshot writes land; deleting the record never does.
  const halfDead: KeyValueBackend = { ...memory, del: () => new Promise<void>(() => {}) }
  const dying = createLibraryStorage({
    backend: halfDead,
    parking,
    channel: null,
    debounceMs: 0,
    now: tickingClock(),
  })
  await dying.load()
  dying.schedule({})
  void dying.flush()
  await new Promise((r) => setTimeout(r, 5))
  expect(await snapshotKeys(memory, 'doomed')).toHaveLength(1)
  dying.saveOnUnload()

  const next = createLibraryStorage({
    backend: memory,
    parking,
    channel: null,
    debounceMs: 0,
    now: tickingClock(Date.parse('2027-01-01T00:00:00Z')),
  })
  expect((await next.load()).assessments).toEqual({})
  await next.flush()
  expect(await memory.get(STORAGE_KEYS.record('doomed'))).toBeUndefined()
  expect(await snapshotKeys(memory, 'doomed')).toHaveLength(1)
})

test('a parked deletion does not delete newer work another tab saved since', async () => {
  const memory = await seeded('shared')
  const parking = createMemoryParking()
  const dying = createLibraryStorage({ backend: deadBackend(memory), parking, channel: null })
  await dying.load()
  const other = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  await other.load()
  dying.schedule({})
  dying.saveOnUnload()
  const newer = assessment('shared', { name: 'changed in the other tab' })
  other.schedule({ shared: newer })
  await other.flush()

  const next = createLibraryStorage({ backend: memory, parking, channel: null, debounceMs: 0 })
  expect((await next.load()).assessments).toEqual({ shared: newer })
  await next.flush()
  expect(((await memory.get(STORAGE_KEYS.record('shared'))) as StoredRecord).assessment).toEqual(
    newer,
  )
})

test('the app store saves a recovered assessment after hydration and never deletes it', async () => {
  const memory = createMemoryBackend()
  const parking = createMemoryParking()
  const dying = createLibraryStorage({
    backend: deadBackend(memory),
    parking,
    channel: null,
    debounceMs: 250,
  })
  await dying.load()
  const fresh = assessment('fresh', { name: 'created, then the page was reloaded' })
  dying.schedule({ fresh })
  dying.saveOnUnload()
  dying.dispose()
  expect(Object.keys(parking.dump())).toEqual([`${STORAGE_KEYS.unsavedPrefix}fresh`])

  const app = createAppStore({
    backend: slowBackend(memory),
    parking,
    channel: null,
    debounceMs: 0,
  })
  await app.start()
  expect(Object.keys(app.store.getState().assessments)).toEqual(['fresh'])
  await new Promise((r) => setTimeout(r, 50))
  await app.storage.flush()
  expect(
    ((await memory.get(STORAGE_KEYS.record('fresh'))) as StoredRecord | undefined)?.assessment,
  ).toEqual(fresh)
  expect(await snapshotKeys(memory, 'fresh')).toEqual([])
  expect(Object.keys(app.store.getState().assessments)).toEqual(['fresh'])
  expect(await unsavedKeys(memory)).toEqual([])
  expect(parking.dump()).toEqual({})
})

test('news from a page that saved while this one was still reading the library is applied after', async () => {
  const memory = createMemoryBackend()
  const listeners = new Set<(e: MessageEvent) => void>()
  const channel: ChannelLike = {
    postMessage: () => {},
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
    close: () => listeners.clear(),
  }
  const seen: string[] = []
  const storage = createLibraryStorage({
    backend: slowBackend(memory),
    channel,
    events: { onExternalChange: (id, a) => seen.push(`${id}: ${a?.name ?? 'deleted'}`) },
  })
  const loading = storage.load()
  // The page that was left finishes its save after this one has read what is stored.
  await memory.set(STORAGE_KEYS.record('late'), {
    revision: 1,
    savedAt: '2026-01-01T00:00:00.000Z',
    assessment: assessment('late', { name: 'saved by the page just left' }),
  } satisfies StoredRecord)
  listeners.forEach((l) =>
    l(new MessageEvent('message', { data: { type: 'saved', id: 'late', revision: 1 } })),
  )
  expect(Object.keys((await loading).assessments)).toEqual([])
  await new Promise((r) => setTimeout(r, 20))
  expect(seen).toEqual(['late: saved by the page just left'])
})

test('a change another page parks after this one has loaded is applied here and saved', async () => {
  const memory = await seeded('kept')
  const parking = createMemoryParking()
  const app = createAppStore({ backend: memory, parking, channel: null, debounceMs: 0 })
  await app.start()
  // The page just left ran its pagehide only now, and its own save never landed.
  const left = createLibraryStorage({ backend: deadBackend(memory), parking, channel: null })
  await left.load()
  const fresh = assessment('fresh', { name: 'created just before leaving' })
  left.schedule({ kept: assessment('kept'), fresh })
  left.saveOnUnload()
  const key = `${STORAGE_KEYS.unsavedPrefix}fresh`
  expect(Object.keys(parking.dump())).toContain(key)
  for (const [k, v] of Object.entries(parking.dump())) parking.parkFromElsewhere(k, v)

  expect(app.store.getState().assessments.fresh).toEqual(fresh)
  await new Promise((r) => setTimeout(r, 10))
  await app.storage.flush()
  expect(((await memory.get(STORAGE_KEYS.record('fresh'))) as StoredRecord).assessment).toEqual(
    fresh,
  )
  expect(parking.dump()).toEqual({})
})

test('when the parking store refuses a write, the change is parked in the backend instead', async () => {
  const memory = await seeded('a')
  const full = {
    set: () => {
      throw new DOMException('full', 'QuotaExceededError')
    },
    remove: () => {},
    list: () => [],
  }
  const storage = createLibraryStorage({
    backend: memory,
    parking: full,
    channel: null,
    debounceMs: 250,
  })
  await storage.load()
  const edited = assessment('a', { name: 'edited' })
  storage.schedule({ a: edited })
  storage.saveOnUnload()
  expect(await unsavedKeys(memory)).toEqual([`${STORAGE_KEYS.unsavedPrefix}a`])
})

test('a raw backup includes changes that are only parked', async () => {
  const memory = await seeded('a')
  const parking = createMemoryParking()
  const storage = createLibraryStorage({ backend: dyingBackend(memory), parking, channel: null })
  await storage.load()
  storage.schedule({ a: assessment('a', { name: 'parked only' }) })
  storage.saveOnUnload()
  const raw = await storage.exportRaw()
  const parked = raw[`${PARKED_EXPORT_PREFIX}${STORAGE_KEYS.unsavedPrefix}a`] as {
    assessment: { name: string }
  }
  expect(parked.assessment.name).toBe('parked only')
})

test('Web Storage parking stores JSON under the key and skips entries it cannot read', () => {
  const data = new Map<string, string>()
  const area: Storage = {
    get length() {
      return data.size
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  }
  const parking = createWebStorageParking(area)
  expect(parking).not.toBeNull()
  parking?.set('isa:unsaved:a', { id: 'a' })
  data.set('isa:unsaved:b', '{not json')
  data.set('isa:language', 'fr')
  expect(parking?.list('isa:unsaved:')).toEqual([
    ['isa:unsaved:a', { id: 'a' }],
    ['isa:unsaved:b', undefined],
  ])
  parking?.remove('isa:unsaved:a')
  expect(data.has('isa:unsaved:a')).toBe(false)
})
