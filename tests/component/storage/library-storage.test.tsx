// The library storage against an in-memory backend: hydration gating, debouncing, quota
// failures, quarantine of invalid records, revisions across tabs, snapshots before deletion.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  createLibraryStorage,
  createMemoryBackend,
  STORAGE_KEYS,
  STORE_VERSION,
  type ChannelLike,
  type KeyValueBackend,
  type SaveStatus,
  type StoredIndex,
} from '@/lib/storage'
import { createAppStore } from '@/app/store'
import type { Assessment } from '@/domain/assessment/schema'
import { summarizeAssessment } from '@/domain/assessment/summary'
import { makeAssessment } from '../fixtures/assessment'

function record(a: Assessment, revision = 1) {
  return { revision, savedAt: '2025-01-01T00:00:00.000Z', assessment: a }
}

/** Two fake BroadcastChannel ends that deliver to each other asynchronously, like the real one. */
function channelPair(): [ChannelLike, ChannelLike] {
  const make = () => {
    const listeners = new Set<(e: MessageEvent) => void>()
    return {
      listeners,
      peer: undefined as undefined | { listeners: Set<(e: MessageEvent) => void> },
    }
  }
  const a = make()
  const b = make()
  a.peer = b
  b.peer = a
  const end = (self: ReturnType<typeof make>): ChannelLike => ({
    postMessage: (data) => {
      setTimeout(
        () => self.peer?.listeners.forEach((l) => l(new MessageEvent('message', { data }))),
        0,
      )
    },
    addEventListener: (_t, l) => self.listeners.add(l),
    removeEventListener: (_t, l) => self.listeners.delete(l),
    close: () => self.listeners.clear(),
  })
  return [end(a), end(b)]
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('saving', () => {
  test('writes only after the debounce delay, one entry per assessment plus an index', async () => {
    const backend = createMemoryBackend()
    const storage = createLibraryStorage({ backend, channel: null, debounceMs: 250 })
    await storage.load()
    const a = makeAssessment({ id: 'a1' })
    storage.schedule({ a1: a })
    await vi.advanceTimersByTimeAsync(200)
    expect(backend.dump()[STORAGE_KEYS.record('a1')]).toBeUndefined()
    await vi.advanceTimersByTimeAsync(100)
    const stored = backend.dump()
    expect(stored[STORAGE_KEYS.record('a1')]).toMatchObject({ revision: 1, assessment: a })
    // The index lists the assessment and keeps what the library list shows of it.
    expect(stored[STORAGE_KEYS.index]).toEqual({
      version: STORE_VERSION,
      ids: ['a1'],
      summaries: { a1: summarizeAssessment(a) },
    })
    expect(storage.status.kind).toBe('saved')
  })

  test('rewrites only the assessment that changed', async () => {
    const a = makeAssessment({ id: 'a' })
    const b = makeAssessment({ id: 'b' })
    const backend = createMemoryBackend({
      [STORAGE_KEYS.index]: {
        version: 1,
        ids: ['a', 'b'],
        summaries: { a: summarizeAssessment(a), b: summarizeAssessment(b) },
      },
      [STORAGE_KEYS.record('a')]: record(a),
      [STORAGE_KEYS.record('b')]: record(b),
    })
    const updates: string[] = []
    const spy: KeyValueBackend = {
      ...backend,
      update: (k, fn) => (updates.push(k), backend.update(k, fn)),
    }
    const storage = createLibraryStorage({ backend: spy, channel: null })
    const loaded = await storage.load()
    const renamed = { ...b, name: 'renamed' }
    storage.schedule({ ...loaded.assessments, b: renamed })
    await storage.flush()
    // b's record, and the index for b's summary; a's record is left alone.
    expect(updates).toEqual([STORAGE_KEYS.record('b'), STORAGE_KEYS.index])
    expect((backend.dump()[STORAGE_KEYS.index] as StoredIndex).summaries).toEqual({
      a: summarizeAssessment(a),
      b: summarizeAssessment(renamed),
    })
  })

  test('keeps saving while typing continues: at most maxWait after the first change', async () => {
    const backend = createMemoryBackend()
    const storage = createLibraryStorage({
      backend,
      channel: null,
      debounceMs: 250,
      maxWaitMs: 1000,
    })
    await storage.load()
    for (let i = 0; i < 10; i++) {
      storage.schedule({ a1: makeAssessment({ id: 'a1', name: `n${i}` }) })
      await vi.advanceTimersByTimeAsync(150)
    }
    expect(backend.dump()[STORAGE_KEYS.record('a1')]).toBeDefined()
  })

  test('flush writes the pending change at once (pagehide)', async () => {
    const backend = createMemoryBackend()
    const storage = createLibraryStorage({ backend, channel: null })
    await storage.load()
    storage.schedule({ a1: makeAssessment({ id: 'a1', name: 'typed just now' }) })
    await storage.flush()
    expect(backend.dump()[STORAGE_KEYS.record('a1')]).toMatchObject({
      assessment: { name: 'typed just now' },
    })
  })
})

describe('hydration', () => {
  test('nothing is written before the stored library has been read', async () => {
    const stored = makeAssessment({ id: 'a1', name: 'stored work' })
    const backend = createMemoryBackend({
      [STORAGE_KEYS.index]: { version: 1, ids: ['a1'] },
      [STORAGE_KEYS.record('a1')]: record(stored),
    })
    let release: () => void = () => undefined
    const gate = new Promise<void>((r) => (release = r))
    const slow: KeyValueBackend = { ...backend, get: async (k) => (await gate, backend.get(k)) }
    const app = createAppStore({ backend: slow, channel: null })
    const started = app.start()
    // An edit made while storage is still being read must not reach the disk.
    app.store.getState().createAssessment({
      meta: makeAssessment().meta,
      questionnaire: { id: 'fixture', version: '1.0.0' },
    })
    await vi.advanceTimersByTimeAsync(2000)
    await app.storage.flush()
    expect(backend.dump()[STORAGE_KEYS.index]).toEqual({ version: 1, ids: ['a1'] })
    release()
    await started
    expect(app.store.getState().hydrated).toBe(true)
    expect(app.store.getState().assessments.a1?.name).toBe('stored work')
    expect(backend.dump()[STORAGE_KEYS.record('a1')]).toEqual(record(stored))
  })

  test('a library from a newer version blocks every write and says so', async () => {
    const backend = createMemoryBackend({
      [STORAGE_KEYS.index]: { version: STORE_VERSION + 1, ids: ['a1'] },
      [STORAGE_KEYS.record('a1')]: { revision: 3, future: true },
    })
    const before = backend.dump()
    const app = createAppStore({ backend, channel: null })
    await app.start()
    const s = app.store.getState()
    expect(s.hydrationProblem?.kind).toBe('newer-version')
    s.createAssessment({
      meta: makeAssessment().meta,
      questionnaire: { id: 'q', version: '1.0.0' },
    })
    await vi.advanceTimersByTimeAsync(1000)
    await app.storage.flush()
    expect(backend.dump()).toEqual(before)
    // The raw data is still there to export.
    await expect(s.exportRawBackup()).resolves.toEqual(before)
  })
})

describe('quarantine', () => {
  test('an invalid stored record is set aside, never dropped, and reported', async () => {
    const good = makeAssessment({ id: 'good' })
    const bad = { ...makeAssessment({ id: 'bad' }), meta: { state: '' } }
    const backend = createMemoryBackend({
      [STORAGE_KEYS.index]: { version: 1, ids: ['good', 'bad'] },
      [STORAGE_KEYS.record('good')]: record(good),
      [STORAGE_KEYS.record('bad')]: record(bad as unknown as Assessment),
    })
    const app = createAppStore({ backend, channel: null })
    await app.start()
    const s = app.store.getState()
    expect(Object.keys(s.assessments)).toEqual(['good'])
    expect(s.quarantined).toHaveLength(1)
    expect(s.quarantined[0]).toMatchObject({
      key: STORAGE_KEYS.record('bad'),
      raw: record(bad as unknown as Assessment),
    })
    expect(s.quarantined[0]?.reason).toMatch(/meta/)
    const keys = Object.keys(backend.dump())
    expect(keys.some((k) => k.startsWith(STORAGE_KEYS.quarantinePrefix))).toBe(true)
    expect(keys).not.toContain(STORAGE_KEYS.record('bad'))
  })
})

describe('storage full', () => {
  test('a failed write is reported at once, keeps the data in memory, and clears on the next success', async () => {
    const backend = createMemoryBackend()
    let full = true
    const flaky: KeyValueBackend = {
      ...backend,
      update: (k, fn) => (full ? Promise.reject(quotaError()) : backend.update(k, fn)),
      set: (k, v) => (full ? Promise.reject(quotaError()) : backend.set(k, v)),
    }
    const statuses: SaveStatus[] = []
    const app = createAppStore({ backend: flaky, channel: null, retryMs: 5000 })
    app.store.subscribe((s) => statuses.push(s.saveStatus))
    await app.start()
    const id = app.store.getState().createAssessment({
      meta: makeAssessment().meta,
      questionnaire: { id: 'q', version: '1.0.0' },
    })
    await vi.advanceTimersByTimeAsync(1000)
    const status = app.store.getState().saveStatus
    expect(status).toMatchObject({ kind: 'error', name: 'QuotaExceededError' })
    expect(app.store.getState().assessments[id]).toBeDefined()
    expect(backend.dump()[STORAGE_KEYS.record(id)]).toBeUndefined()
    full = false
    await vi.advanceTimersByTimeAsync(5000)
    expect(app.store.getState().saveStatus.kind).toBe('saved')
    expect(backend.dump()[STORAGE_KEYS.record(id)]).toMatchObject({ revision: 1 })
  })
})

describe('two tabs', () => {
  test('a stale tab merges with the newer record instead of overwriting it', async () => {
    const base = makeAssessment({ id: 'a1' })
    const backend = createMemoryBackend({
      [STORAGE_KEYS.index]: { version: 1, ids: ['a1'] },
      [STORAGE_KEYS.record('a1')]: record(base, 4),
    })
    // No channel: tab 2 never hears about tab 1's save, as with a hidden, throttled tab.
    const tab1 = createLibraryStorage({ backend, channel: null })
    const tab2 = createLibraryStorage({ backend, channel: null })
    await tab1.load()
    await tab2.load()
    tab1.schedule({ a1: { ...base, answers: { q1: { value: 'yes', evidence: [] } } } })
    await tab1.flush()
    tab2.schedule({ a1: { ...base, answers: { q2: { value: 'no', evidence: [] } } } })
    await tab2.flush()
    const stored = backend.dump()[STORAGE_KEYS.record('a1')] as {
      revision: number
      assessment: Assessment
    }
    expect(stored.revision).toBe(6)
    expect(Object.keys(stored.assessment.answers).sort()).toEqual(['q1', 'q2'])
  })

  test('another tab is told to reload the record it has open', async () => {
    const base = makeAssessment({ id: 'a1' })
    const backend = createMemoryBackend({
      [STORAGE_KEYS.index]: { version: 1, ids: ['a1'] },
      [STORAGE_KEYS.record('a1')]: record(base, 1),
    })
    const [c1, c2] = channelPair()
    const tab1 = createAppStore({ backend, channel: c1 })
    const tab2 = createAppStore({ backend, channel: c2 })
    await tab1.start()
    await tab2.start()
    tab1.store.getState().setAnswer('a1', 'q1', { value: 'partly', evidence: [] })
    await tab1.storage.flush()
    await vi.advanceTimersByTimeAsync(10)
    expect(tab2.store.getState().assessments.a1?.answers.q1?.value).toBe('partly')
    expect(tab2.store.getState().notices).toEqual([
      expect.objectContaining({ kind: 'external-update', assessmentId: 'a1' }),
    ])
    // Tab 2 now edits on top of tab 1's revision; nothing is lost in either direction.
    tab2.store.getState().setAnswer('a1', 'q2', { value: 'no', evidence: [] })
    await tab2.storage.flush()
    await vi.advanceTimersByTimeAsync(10)
    expect(Object.keys(tab1.store.getState().assessments.a1?.answers ?? {}).sort()).toEqual([
      'q1',
      'q2',
    ])
  })
})

describe('deleting', () => {
  test('a snapshot is kept before a record is deleted, and undo restores it', async () => {
    const a = makeAssessment({ id: 'a1', name: 'precious' })
    const backend = createMemoryBackend({
      [STORAGE_KEYS.index]: { version: 1, ids: ['a1'] },
      [STORAGE_KEYS.record('a1')]: record(a),
    })
    const app = createAppStore({ backend, channel: null })
    await app.start()
    app.store.getState().deleteAssessment('a1')
    await app.storage.flush()
    expect(backend.dump()[STORAGE_KEYS.record('a1')]).toBeUndefined()
    const snapshots = await app.storage.listSnapshots()
    expect(snapshots[0]).toMatchObject({ why: 'delete', assessment: a })
    expect(app.store.getState().undoDelete()).toBe('a1')
    await app.storage.flush()
    expect(backend.dump()[STORAGE_KEYS.record('a1')]).toMatchObject({
      assessment: { name: 'precious' },
    })
  })
})
