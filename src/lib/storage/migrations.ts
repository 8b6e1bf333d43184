// Migrations of the stored library layout, run by zustand's `persist` through `migrate` when
// the version on the device differs from STORE_VERSION. Steps are named and ordered; each takes
// the library as stored by version N and returns it as version N + 1. The raw records were
// already backed up by the storage before any step runs. Version 1 is the first layout, so the
// list is empty; the next layout change adds `{ from: 1, name, run }` here and a test.
import type { Assessment } from '@/domain/assessment/schema'
import { STORE_VERSION } from '@/lib/storage/library-storage'
import type { PersistedLibrary } from '@/lib/storage/persist-adapter'

export interface MigrationStep {
  from: number
  name: string
  run(library: { assessments: Record<string, unknown> }): { assessments: Record<string, unknown> }
}

export const MIGRATIONS: readonly MigrationStep[] = []

export class StorageVersionError extends Error {
  constructor(
    readonly kind: 'newer-version' | 'migration-failed',
    message: string,
  ) {
    super(message)
    this.name = 'StorageVersionError'
  }
}

function records(value: unknown): Record<string, unknown> {
  const assessments = (value as { assessments?: unknown } | null)?.assessments
  return typeof assessments === 'object' && assessments !== null ? (assessments as Record<string, unknown>) : {}
}

export async function migrateStoredLibrary(persisted: unknown, version: number): Promise<PersistedLibrary> {
  if (version > STORE_VERSION) {
    throw new StorageVersionError(
      'newer-version',
      `The assessments on this device were saved by a newer version of the app (layout ${version}; this version reads ${STORE_VERSION}).`,
    )
  }
  let library = { assessments: records(persisted) }
  for (let v = version; v < STORE_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v)
    if (!step) throw new StorageVersionError('migration-failed', `No migration from stored layout ${v}.`)
    library = step.run(library)
  }
  // Loaded here, not at start-up: migrations are rare and the schema is large.
  const { Assessment } = await import('@/domain/assessment/schema')
  const assessments: Record<string, Assessment> = {}
  for (const [id, raw] of Object.entries(library.assessments)) {
    const stored = (raw as { assessment?: unknown } | null)?.assessment ?? raw
    const parsed = Assessment.safeParse(stored)
    if (!parsed.success) {
      throw new StorageVersionError('migration-failed', `Assessment ${id} could not be migrated.`)
    }
    assessments[id] = parsed.data
  }
  return { assessments }
}
