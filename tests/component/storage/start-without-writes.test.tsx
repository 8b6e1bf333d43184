// Opening the app must not write anything when nothing changed: the header's save status would
// flip from "Saved on this device" to "Saving…" and back on every start, moving the page
// (performance.md, layout shift), and a write of nothing only costs time.
import { describe, expect, test, vi } from 'vitest'
import { createAppStore } from '@/app/store'
import { createMemoryBackend, STORAGE_KEYS, type KeyValueBackend, type SaveStatus } from '@/lib/storage'
import { makeAssessment } from '../fixtures/assessment'

/** The memory backend, counting every write. */
function countingBackend(initial: Record<string, unknown> = {}) {
  const inner = createMemoryBackend(initial)
  const writes: string[] = []
  const backend: KeyValueBackend = {
    ...inner,
    set: (k, v) => (writes.push(k), inner.set(k, v)),
    del: (k) => (writes.push(`del ${k}`), inner.del(k)),
    update: (k, u) => (writes.push(k), inner.update(k, u)),
    setNow: (entries) => (writes.push(...entries.map(([k]) => k)), inner.setNow(entries)),
  }
  return { backend, writes }
}

async function startAndSettle(backend: KeyValueBackend) {
  const app = createAppStore({ backend, channel: null, debounceMs: 10 })
  const statuses: SaveStatus['kind'][] = []
  app.store.subscribe((s, prev) => {
    if (s.saveStatus !== prev.saveStatus) statuses.push(s.saveStatus.kind)
  })
  await app.start()
  // Session changes after start (a notice dismissed, a deletion cleared) are not library changes.
  app.store.getState().clearLastDeleted()
  await vi.waitFor(() => expect(app.store.getState().hydrated).toBe(true))
  await new Promise((r) => setTimeout(r, 50))
  await app.storage.flush()
  return { app, statuses }
}

describe('starting the app', () => {
  test('on an empty device writes nothing and keeps the status unchanged', async () => {
    const { backend, writes } = countingBackend()
    const { app, statuses } = await startAndSettle(backend)
    expect(writes).toEqual([])
    expect(statuses).toEqual([])
    expect(app.store.getState().saveStatus.kind).toBe('idle')
  })

  test('with stored assessments writes nothing until one of them changes', async () => {
    const stored = makeAssessment({ id: 'a1', name: 'stored work' })
    const { backend, writes } = countingBackend({
      [STORAGE_KEYS.index]: { version: 1, ids: ['a1'] },
      [STORAGE_KEYS.record('a1')]: { revision: 1, savedAt: stored.updatedAt, assessment: stored },
    })
    const { app, statuses } = await startAndSettle(backend)
    expect(writes).toEqual([])
    expect(statuses).toEqual([])

    app.store.getState().renameAssessment('a1', 'renamed')
    await new Promise((r) => setTimeout(r, 50))
    await app.storage.flush()
    expect(writes).toEqual([STORAGE_KEYS.record('a1')])
    expect(app.store.getState().saveStatus.kind).toBe('saved')
  })
})
