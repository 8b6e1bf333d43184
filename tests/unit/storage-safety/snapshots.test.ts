// Snapshots before destructive actions (reliability.md item 9): written before the change, listed
// newest first with the ones the library storage makes before deletions and migrations,
// restorable, and bounded in number.
import { describe, expect, test } from 'vitest'
import { createLibraryStorage, createMemoryBackend, STORAGE_KEYS } from '@/lib/storage'
import { createSnapshotStore, MAX_SNAPSHOTS } from '@/lib/storage/snapshots'
import { assessment, tickingClock } from './factory'

describe('snapshot store', () => {
  test('takes one restorable copy per assessment and lists the newest first', async () => {
    const backend = createMemoryBackend()
    const snapshots = createSnapshotStore(backend, { now: tickingClock() })
    const a = assessment('a', { answers: { q1: { value: 'yes', evidence: [] } } })
    const b = assessment('b')
    await snapshots.take('import-replace', [a])
    await snapshots.take('restore', [b])
    const list = await snapshots.list()
    expect(list.map((s) => [s.why, s.assessments[0]?.id])).toEqual([
      ['restore', 'b'],
      ['import-replace', 'a'],
    ])
    expect(list[1]?.assessments[0]).toEqual(a)
    expect(list.every((s) => s.unreadable === 0)).toBe(true)
  })

  test('lists the snapshot the library storage writes before a deletion', async () => {
    const backend = createMemoryBackend()
    const storage = createLibraryStorage({ backend, channel: null, debounceMs: 0 })
    await storage.load()
    const a = assessment('a', { answers: { q1: { value: 'no', evidence: [] } } })
    storage.schedule({ a })
    await storage.flush()
    storage.schedule({})
    await storage.flush()
    expect(await backend.get(STORAGE_KEYS.record('a'))).toBeUndefined()
    const list = await createSnapshotStore(backend).list()
    expect(list).toHaveLength(1)
    expect(list[0]?.why).toBe('delete')
    expect(list[0]?.assessments).toEqual([a])
  })

  test('lists raw backups made before a migration, with their valid assessments restorable', async () => {
    const a = assessment('a')
    const backend = createMemoryBackend({
      [`${STORAGE_KEYS.backupPrefix}v0:2026-02-01T00:00:00.000Z`]: {
        index: { version: 0, ids: ['a', 'x'] },
        records: { a: { revision: 3, savedAt: '2026-01-01T00:00:00.000Z', assessment: a }, x: { nonsense: true } },
      },
    })
    const [backup] = await createSnapshotStore(backend).list()
    expect(backup?.why).toBe('migration')
    expect(backup?.takenAt).toBe('2026-02-01T00:00:00.000Z')
    expect(backup?.assessments).toEqual([a])
    expect(backup?.unreadable).toBe(1)
  })

  test('an unreadable snapshot is listed and counted, never offered as an assessment', async () => {
    const key = `${STORAGE_KEYS.snapshotPrefix}delete:a:2026-01-01T00:00:00.000Z`
    const backend = createMemoryBackend({ [key]: { key, takenAt: '2026-01-01T00:00:00.000Z', why: 'delete', assessment: { id: 'a' } } })
    const [s] = await createSnapshotStore(backend).list()
    expect(s?.assessments).toEqual([])
    expect(s?.unreadable).toBe(1)
    expect(s?.raw).toMatchObject({ assessment: { id: 'a' } })
  })

  test(`keeps at most ${MAX_SNAPSHOTS} snapshots and 3 migration backups, dropping the oldest`, async () => {
    const backend = createMemoryBackend()
    for (let v = 0; v < 5; v++) {
      await backend.set(`${STORAGE_KEYS.backupPrefix}v0:2026-01-0${v + 1}T00:00:00.000Z`, { index: null, records: {} })
    }
    const snapshots = createSnapshotStore(backend, { now: tickingClock() })
    for (let i = 0; i < MAX_SNAPSHOTS + 5; i++) await snapshots.take('restore', [assessment(`n${i}`)])
    const list = await snapshots.list()
    const kept = list.filter((s) => s.why !== 'migration').map((s) => s.assessments[0]?.id)
    expect(kept).toHaveLength(MAX_SNAPSHOTS)
    expect(kept[0]).toBe(`n${MAX_SNAPSHOTS + 4}`)
    expect(kept).not.toContain('n0')
    expect(kept).not.toContain('n4')
    const backups = list.filter((s) => s.why === 'migration').map((s) => s.takenAt)
    expect(backups).toEqual(['2026-01-05T00:00:00.000Z', '2026-01-04T00:00:00.000Z', '2026-01-03T00:00:00.000Z'])
  })

  test('two snapshots of the same assessment in the same millisecond are both kept', async () => {
    const backend = createMemoryBackend()
    const fixed = new Date('2026-03-01T10:00:00.000Z')
    const snapshots = createSnapshotStore(backend, { now: () => fixed })
    await snapshots.take('restore', [assessment('a', { name: 'first' })])
    await snapshots.take('restore', [assessment('a', { name: 'second' })])
    const names = (await snapshots.list()).map((s) => s.assessments[0]?.name)
    expect(names).toEqual(['second', 'first'])
  })

  test('a failed snapshot write rejects, so the caller can refuse the destructive change', async () => {
    const backend = createMemoryBackend()
    const full = {
      ...backend,
      set: async () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    await expect(createSnapshotStore(full).take('import-replace', [assessment('a')])).rejects.toThrow('full')
    expect(await backend.keys()).toEqual([])
  })
})
