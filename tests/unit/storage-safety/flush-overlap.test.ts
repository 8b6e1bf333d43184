// Reliability item 4 at the storage level: the flush run on `pagehide` must put the newest state
// on its way to IndexedDB at once, even while an earlier save is still settling — a flush that
// first waited for that save would start nothing before the page is gone. Overlapping saves of
// the same tab must not be mistaken for another tab's work (no merge, no notice).
import { expect, test } from 'vitest'
import { createLibraryStorage, createMemoryBackend, STORAGE_KEYS, type KeyValueBackend, type StoredRecord } from '@/lib/storage'
import { assessment } from './factory'

test('a flush during a save in flight writes the newest state without waiting for it', async () => {
  const memory = createMemoryBackend()
  let release = () => {}
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  // Writes land at once (as an IndexedDB transaction queues in order) but report back late.
  const slow: KeyValueBackend = {
    ...memory,
    update: async (key, updater) => {
      await memory.update(key, updater)
      await gate
    },
  }
  const merged: string[] = []
  const storage = createLibraryStorage({
    backend: slow,
    channel: null,
    debounceMs: 0,
    events: { onConflictMerged: (id) => merged.push(id) },
  })
  await storage.load()
  const v1 = assessment('a', { answers: { q1: { value: 'yes', evidence: [], comment: 'first' } } })
  const v2 = assessment('a', { answers: { q1: { value: 'yes', evidence: [], comment: 'first, then more' } } })
  storage.schedule({ a: v1 })
  const first = storage.flush()
  storage.schedule({ a: v2 })
  const second = storage.flush()
  const stored = (await memory.get(STORAGE_KEYS.record('a'))) as StoredRecord
  expect(stored.assessment).toEqual(v2)
  expect(stored.revision).toBe(2)
  release()
  await Promise.all([first, second])
  expect(merged).toEqual([])
  expect(storage.status.kind).toBe('saved')
  // The next save continues from revision 2 as our own, again without a merge.
  const v3 = assessment('a', { answers: { q1: { value: 'no', evidence: [] } } })
  storage.schedule({ a: v3 })
  await storage.flush()
  expect(((await memory.get(STORAGE_KEYS.record('a'))) as StoredRecord).revision).toBe(3)
  expect(merged).toEqual([])
})

/** A device where plain writes land but read-then-write saves never get their read back, as when
 * the page is torn down right after `pagehide`. */
function dyingBackend(memory: ReturnType<typeof createMemoryBackend>): KeyValueBackend {
  return { ...memory, update: () => new Promise<void>(() => {}) }
}

test('changes parked on pagehide come back on the next load and are then saved normally', async () => {
  const memory = createMemoryBackend()
  const first = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  await first.load()
  const v1 = assessment('a', { answers: { q1: { value: 'yes', evidence: [], comment: 'saved' } } })
  first.schedule({ a: v1 })
  await first.flush()

  const dying = createLibraryStorage({ backend: dyingBackend(memory), channel: null, debounceMs: 250 })
  await dying.load()
  const v2 = assessment('a', { answers: { q1: { value: 'yes', evidence: [], comment: 'saved, and typed just before reload' } } })
  const fresh = assessment('b')
  dying.schedule({ a: v2, b: fresh })
  dying.saveOnUnload()
  await Promise.resolve()

  const next = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  const loaded = await next.load()
  expect(loaded.assessments).toEqual({ a: v2, b: fresh })
  await next.flush()
  expect(((await memory.get(STORAGE_KEYS.record('a'))) as StoredRecord).assessment).toEqual(v2)
  expect(((await memory.get(STORAGE_KEYS.record('b'))) as StoredRecord).assessment).toEqual(fresh)
  expect((await memory.keys()).filter((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix))).toEqual([])
})

test('a parked change is merged with newer work from another tab, never written over it', async () => {
  const memory = createMemoryBackend()
  const base = assessment('a', { answers: { q1: { value: 'no', evidence: [] }, q2: { value: 'no', evidence: [] } } })
  const seed = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  await seed.load()
  seed.schedule({ a: base })
  await seed.flush()

  const dying = createLibraryStorage({ backend: dyingBackend(memory), channel: null })
  await dying.load()
  const other = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  await other.load()
  // This tab changes q1 and goes away; another tab has meanwhile saved a change to q2.
  dying.schedule({ a: { ...base, answers: { ...base.answers, q1: { value: 'yes', evidence: [] } } } })
  dying.saveOnUnload()
  other.schedule({ a: { ...base, answers: { ...base.answers, q2: { value: 'partly', evidence: [] } } } })
  await other.flush()

  const next = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  const loaded = await next.load()
  expect(loaded.assessments.a?.answers).toEqual({ q1: { value: 'yes', evidence: [] }, q2: { value: 'partly', evidence: [] } })
})

test('once a later save succeeds, parked copies are dropped so they cannot revert newer work', async () => {
  const memory = createMemoryBackend()
  const storage = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  await storage.load()
  storage.schedule({ a: assessment('a', { name: 'parked' }) })
  storage.saveOnUnload()
  await storage.flush()
  storage.schedule({ a: assessment('a', { name: 'newer' }) })
  await storage.flush()
  expect((await memory.keys()).filter((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix))).toEqual([])
  const next = createLibraryStorage({ backend: memory, channel: null })
  expect((await next.load()).assessments.a?.name).toBe('newer')
})
