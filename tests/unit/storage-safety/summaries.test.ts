// The library's summaries in the stored index (performance.md, "opening a library of 500"): the
// start screen lists the library from them before the records are read, so they must describe
// the records exactly, or not be used at all. They are derived data and never restore anything.
import { expect, test } from 'vitest'
import { createAppStore } from '@/app/store'
import {
  isAssessmentSummary,
  sameSummary,
  summarizeAssessment,
  type AssessmentSummary,
} from '@/domain/assessment/summary'
import {
  createLibraryStorage,
  createMemoryBackend,
  createMemoryParking,
  STORAGE_KEYS,
  STORE_VERSION,
  type StoredIndex,
} from '@/lib/storage'
import { assessment } from './factory'

type Memory = ReturnType<typeof createMemoryBackend>

const indexOf = (memory: Memory) => memory.dump()[STORAGE_KEYS.index] as StoredIndex | undefined

async function saved(memory: Memory, assessments: Parameters<typeof assessment>[0][]) {
  const storage = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  await storage.load()
  storage.schedule(Object.fromEntries(assessments.map((id) => [id, assessment(id)])))
  await storage.flush()
  storage.dispose()
}

test('a summary keeps what the list shows, and a stored one is checked field by field', () => {
  const a = assessment('a', { name: 'Round 2', meta: { ...assessment('a').meta, example: true } })
  const summary = summarizeAssessment(a, 0.25)
  expect(summary).toEqual({
    id: 'a',
    name: 'Round 2',
    state: 'State a',
    respondent: 'shadow',
    example: true,
    period: { from: '2024-01-01', to: '2024-12-31' },
    updatedAt: '2025-01-01T00:00:00.000Z',
    questionnaire: { id: 'fixture', version: '1.0.0' },
    progress: 0.25,
  })
  expect(isAssessmentSummary(summary)).toBe(true)
  expect(isAssessmentSummary(JSON.parse(JSON.stringify(summary)))).toBe(true)
  // Anything off, and the summary is not trusted.
  for (const broken of [
    { ...summary, respondent: 'government' },
    { ...summary, progress: 1.5 },
    { ...summary, period: { from: '2024-01-01' } },
    { ...summary, questionnaire: null },
    { ...summary, name: 7 },
    null,
    'a',
  ]) {
    expect(isAssessmentSummary(broken)).toBe(false)
  }
  expect(sameSummary(summary, { ...summary })).toBe(true)
  expect(sameSummary(summary, { ...summary, progress: 0.5 })).toBe(false)
  expect(
    sameSummary(summary, { ...summary, period: { from: '2024-01-01', to: '2025-01-01' } }),
  ).toBe(false)
})

test('saving writes each assessment’s summary into the index; deleting removes it', async () => {
  const memory = createMemoryBackend()
  const storage = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  await storage.load()
  const a = assessment('a')
  const b = assessment('b', { name: 'Shadow report' })
  storage.schedule({ a, b })
  await storage.flush()
  expect(indexOf(memory)?.summaries).toEqual({
    a: summarizeAssessment(a),
    b: summarizeAssessment(b),
  })
  const renamed = { ...b, name: 'Shadow report 2024', updatedAt: '2025-02-01T00:00:00.000Z' }
  storage.schedule({ b: renamed })
  await storage.flush()
  expect(indexOf(memory)?.summaries).toEqual({ b: summarizeAssessment(renamed) })
  expect(await storage.readSummaries()).toEqual([summarizeAssessment(renamed)])
})

test('summaries are read from the index alone, and only when they match the stored records', async () => {
  const memory = createMemoryBackend()
  // An empty device: an empty list at once.
  expect(await createLibraryStorage({ backend: memory, channel: null }).readSummaries()).toEqual([])
  await saved(memory, ['a', 'b'])
  const fresh = () => createLibraryStorage({ backend: memory, channel: null })
  expect((await fresh().readSummaries())?.map((s) => s.id).sort()).toEqual(['a', 'b'])

  // A record without a summary (an older version of the app wrote the index): not used.
  const index = indexOf(memory)
  if (!index?.summaries) throw new Error('no summaries')
  await memory.set(STORAGE_KEYS.index, { ...index, summaries: { a: index.summaries.a } })
  expect(await fresh().readSummaries()).toBeNull()
  // An index without summaries at all.
  await memory.set(STORAGE_KEYS.index, { version: STORE_VERSION, ids: ['a', 'b'] })
  expect(await fresh().readSummaries()).toBeNull()
  // A summary that does not check out.
  await memory.set(STORAGE_KEYS.index, {
    ...index,
    summaries: { ...index.summaries, b: { ...index.summaries.b, respondent: 'someone' } },
  })
  expect(await fresh().readSummaries()).toBeNull()
  // Another layout version.
  await memory.set(STORAGE_KEYS.index, { ...index, version: STORE_VERSION + 1 })
  expect(await fresh().readSummaries()).toBeNull()
})

test('with changes parked by a page that went away, the list waits for the records', async () => {
  const memory = createMemoryBackend()
  await saved(memory, ['a'])
  const parking = createMemoryParking()
  const dying = createLibraryStorage({ backend: memory, parking, channel: null })
  const loaded = await dying.load()
  dying.schedule({ ...loaded.assessments, a: assessment('a', { name: 'typed, then closed' }) })
  dying.saveOnUnload()
  dying.dispose()
  const next = createLibraryStorage({ backend: memory, parking, channel: null })
  expect(await next.readSummaries()).toBeNull()
  // The records, with the parked change merged back, are what the list then shows.
  expect((await next.load()).assessments.a?.name).toBe('typed, then closed')
})

test('an older index is given its summaries on the first save after loading', async () => {
  const a = assessment('a')
  const memory = createMemoryBackend({
    [STORAGE_KEYS.index]: { version: STORE_VERSION, ids: ['a'] },
    [STORAGE_KEYS.record('a')]: { revision: 3, savedAt: '2025-01-01T00:00:00.000Z', assessment: a },
  })
  const storage = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  await storage.load()
  // The app asks for this once the scoring code has loaded (src/app/store).
  storage.refreshSummaries()
  await storage.flush()
  expect(indexOf(memory)).toEqual({
    version: STORE_VERSION,
    ids: ['a'],
    summaries: { a: summarizeAssessment(a) },
  })
  // The record itself was not rewritten.
  expect(memory.dump()[STORAGE_KEYS.record('a')]).toMatchObject({ revision: 3 })
})

test('progress is added once it can be worked out, and never dropped for the same version', async () => {
  const memory = createMemoryBackend()
  const a = assessment('a')
  let known: number | undefined
  const summarize = (x: typeof a): AssessmentSummary => summarizeAssessment(x, known)
  const first = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0, summarize })
  await first.load()
  first.schedule({ a })
  await first.flush()
  expect(indexOf(memory)?.summaries?.a?.progress).toBeUndefined()
  // The questionnaire and the scoring code have loaded: the summary gets its progress.
  known = 0.4
  first.refreshSummaries()
  await first.flush()
  expect(indexOf(memory)?.summaries?.a?.progress).toBe(0.4)
  first.dispose()

  // The next visit, before the scoring code has loaded: the stored progress stays.
  known = undefined
  const next = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0, summarize })
  const loaded = await next.load()
  next.schedule({ ...loaded.assessments })
  next.refreshSummaries()
  await next.flush()
  expect(indexOf(memory)?.summaries?.a?.progress).toBe(0.4)
  // A new version of the assessment: its progress is no longer known.
  const edited = { ...a, name: 'edited', updatedAt: '2025-03-01T00:00:00.000Z' }
  next.schedule({ a: edited })
  await next.flush()
  expect(indexOf(memory)?.summaries?.a).toEqual(summarizeAssessment(edited))
})

test('two tabs each patch their own summaries into the index', async () => {
  const memory = createMemoryBackend()
  await saved(memory, ['a', 'b'])
  const tab1 = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  const tab2 = createLibraryStorage({ backend: memory, channel: null, debounceMs: 0 })
  const l1 = await tab1.load()
  const l2 = await tab2.load()
  const a = { ...assessment('a'), name: 'edited in tab 1', updatedAt: '2025-05-01T00:00:00.000Z' }
  const b = { ...assessment('b'), name: 'edited in tab 2', updatedAt: '2025-05-02T00:00:00.000Z' }
  tab1.schedule({ ...l1.assessments, a })
  await tab1.flush()
  tab2.schedule({ ...l2.assessments, b })
  await tab2.flush()
  expect(indexOf(memory)?.summaries).toEqual({
    a: summarizeAssessment(a),
    b: summarizeAssessment(b),
  })
})

test('the app store lists the summaries before the records are read, and keeps work done meanwhile', async () => {
  const memory = createMemoryBackend()
  await saved(memory, ['a', 'b'])
  // Reads of records are slow; the index is not.
  let release: () => void = () => undefined
  const gate = new Promise<void>((r) => (release = r))
  const app = createAppStore({
    backend: { ...memory, getMany: async (keys) => (await gate, memory.getMany(keys)) },
    channel: null,
    debounceMs: 0,
  })
  const started = app.start()
  await expect.poll(() => app.store.getState().storedSummaries).not.toBeNull()
  expect(app.store.getState().hydrated).toBe(false)
  expect(Object.keys(app.store.getState().storedSummaries ?? {}).sort()).toEqual(['a', 'b'])
  // An assessment created while the records are still being read is kept and saved with them.
  const created = app.store.getState().addAssessment(assessment('ignored', { name: 'made early' }))
  release()
  await started
  expect(Object.keys(app.store.getState().assessments).sort()).toEqual([created, 'a', 'b'].sort())
  await app.storage.flush()
  expect(memory.dump()[STORAGE_KEYS.record(created)]).toBeDefined()
  app.storage.dispose()
})

test('opening the app on an unchanged library writes nothing and does not report saving', async () => {
  const memory = createMemoryBackend()
  await saved(memory, ['a', 'b'])
  const writes: string[] = []
  const statuses: string[] = []
  const app = createAppStore({
    backend: {
      ...memory,
      set: (k, v) => (writes.push(k), memory.set(k, v)),
      update: (k, fn) => (writes.push(k), memory.update(k, fn)),
      del: (k) => (writes.push(k), memory.del(k)),
    },
    channel: null,
    debounceMs: 0,
  })
  app.store.subscribe((s, prev) => {
    if (s.saveStatus !== prev.saveStatus) statuses.push(s.saveStatus.kind)
  })
  await app.start()
  await new Promise((r) => setTimeout(r, 20))
  await app.storage.flush()
  expect(writes).toEqual([])
  expect(statuses).toEqual([])
  // A real change is saved as before.
  app.store.getState().renameAssessment('a', 'renamed')
  await new Promise((r) => setTimeout(r, 20))
  await app.storage.flush()
  expect(writes).toContain(STORAGE_KEYS.record('a'))
  expect(statuses).toContain('saved')
  app.storage.dispose()
})
