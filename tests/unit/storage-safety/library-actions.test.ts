// Import-replace and restore on the Files page (reliability.md item 9): the copy being replaced is
// snapshotted first, the library ends up exactly as the preview said, a stale preview or a failed
// snapshot changes nothing, and a restore brings the snapshot back under its own id.
import { describe, expect, test } from 'vitest'
import { previewImport } from '@/domain/files'
import { createAppStore } from '@/app/store'
import { createMemoryBackend, type KeyValueBackend } from '@/lib/storage'
import { createSnapshotStore } from '@/lib/storage/snapshots'
import { applyPreviewedImport, restoreAssessment } from '@/features/files/library-actions'
import { assessment, tickingClock } from './factory'

async function setup(initial: ReturnType<typeof assessment>[], backend: KeyValueBackend = createMemoryBackend()) {
  const app = createAppStore({ backend, channel: null, debounceMs: 0 })
  await app.start()
  app.store.setState({ assessments: Object.fromEntries(initial.map((a) => [a.id, a])) })
  await app.storage.flush()
  return { app, store: app.store, snapshots: createSnapshotStore(backend, { now: tickingClock() }) }
}

const mine = assessment('shared', { updatedAt: '2026-01-01T00:00:00.000Z', answers: { q1: { value: 'no', evidence: [] } } })
const theirs = assessment('shared', { updatedAt: '2026-02-01T00:00:00.000Z', answers: { q1: { value: 'yes', evidence: [] } } })
const fresh = assessment('fresh')
const kept = assessment('kept')

describe('applying a previewed import', () => {
  test('snapshots the replaced copy, then the library is exactly what the preview said', async () => {
    const { store, snapshots } = await setup([mine, kept])
    const preview = previewImport(Object.values(store.getState().assessments), [theirs, fresh, kept])
    expect(preview.items.map((i) => i.action)).toEqual(['replaces', 'new', 'skipped'])
    const outcome = await applyPreviewedImport(store, snapshots, preview)
    expect(outcome).toMatchObject({ ok: true, skipped: 1 })
    const after = store.getState().assessments
    expect(after).toEqual({ shared: theirs, fresh, kept })
    const [snap] = await snapshots.list()
    expect(snap?.why).toBe('import-replace')
    expect(snap?.assessments).toEqual([mine])
  })

  test('a library changed since the preview is left alone and the preview must be made again', async () => {
    const { store, snapshots } = await setup([mine])
    const preview = previewImport(Object.values(store.getState().assessments), [theirs])
    const typed = { ...mine, answers: { q1: { value: 'partly' as const, evidence: [] } } }
    store.setState({ assessments: { shared: typed } })
    const outcome = await applyPreviewedImport(store, snapshots, preview)
    expect(outcome).toMatchObject({ ok: false, reason: 'stale' })
    expect(store.getState().assessments).toEqual({ shared: typed })
  })

  test('when the snapshot cannot be written (device full), nothing is imported', async () => {
    const backend = createMemoryBackend()
    const { store } = await setup([mine], backend)
    const full = createSnapshotStore({
      ...backend,
      set: async () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    })
    const preview = previewImport(Object.values(store.getState().assessments), [theirs, fresh])
    const outcome = await applyPreviewedImport(store, full, preview)
    expect(outcome).toMatchObject({ ok: false, reason: 'snapshot-failed' })
    expect(store.getState().assessments).toEqual({ shared: mine })
  })
})

describe('restoring a snapshot', () => {
  test('puts a deleted assessment back under its own id', async () => {
    const { store, snapshots } = await setup([])
    const outcome = await restoreAssessment(store, snapshots, mine, () => new Date('2026-03-01T00:00:00.000Z'))
    expect(outcome).toEqual({ ok: true, id: 'shared', replacedCurrent: false })
    expect(store.getState().assessments.shared).toEqual({ ...mine, updatedAt: '2026-03-01T00:00:00.000Z' })
    expect(await snapshots.list()).toEqual([])
  })

  test('snapshots the version it replaces, so the restore itself can be undone', async () => {
    const { store, snapshots } = await setup([theirs])
    await restoreAssessment(store, snapshots, mine)
    expect(store.getState().assessments.shared?.answers).toEqual(mine.answers)
    const [snap] = await snapshots.list()
    expect(snap?.why).toBe('restore')
    expect(snap?.assessments).toEqual([theirs])
  })
})
