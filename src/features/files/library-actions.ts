// The changes the Files page makes to the library: applying a previewed import and restoring a
// snapshot. Both keep the assessments' own ids (an import replaces "the same" assessment; a
// restore puts back exactly what was there), which the library slice's `addAssessment` does not,
// so they set the store directly; the library storage then saves them like any other change.
// Each writes its undo snapshot first and changes nothing if that snapshot cannot be written.
import type { StoreApi } from 'zustand'
import type { Assessment } from '@/domain/assessment/schema'
import { applyImport, type ImportPreview } from '@/domain/files'
import type { SnapshotStore } from '@/lib/storage/snapshots'
import type { WorkspaceState } from '@/lib/ui/workspace'

export type ImportOutcome =
  | { ok: true; added: Assessment[]; replaced: Assessment[]; skipped: number }
  | { ok: false; reason: 'stale'; message: string }
  | { ok: false; reason: 'snapshot-failed'; error: unknown }

function libraryList(store: StoreApi<WorkspaceState>): Assessment[] {
  return Object.values(store.getState().assessments)
}

/**
 * Carries out the preview the user saw, exactly: snapshots of the copies to be replaced first,
 * then the new and replacing assessments in one store update.
 */
export async function applyPreviewedImport(
  store: StoreApi<WorkspaceState>,
  snapshots: SnapshotStore,
  preview: ImportPreview,
): Promise<ImportOutcome> {
  const check = applyImport(libraryList(store), preview)
  if (!check.ok) return { ok: false, reason: 'stale', message: check.message }
  if (check.replaced.length > 0) {
    try {
      await snapshots.take('import-replace', check.replaced)
    } catch (error) {
      return { ok: false, reason: 'snapshot-failed', error }
    }
  }
  // The snapshot took time: check again against the library as it is now, so nothing typed in
  // the meantime is overwritten without a snapshot.
  const result = applyImport(libraryList(store), preview)
  if (!result.ok) return { ok: false, reason: 'stale', message: result.message }
  store.setState((s) => {
    const assessments = { ...s.assessments }
    for (const a of [...result.added, ...preview.items.filter((i) => i.action === 'replaces').map((i) => i.assessment)]) {
      assessments[a.id] = a
    }
    return { assessments }
  })
  return {
    ok: true,
    added: result.added,
    replaced: result.replaced,
    skipped: preview.items.filter((i) => i.action === 'skipped').length,
  }
}

export type RestoreOutcome =
  | { ok: true; id: string; replacedCurrent: boolean }
  | { ok: false; error: unknown }

/**
 * Puts a snapshot's assessment back under its own id. A different version in the library is
 * itself snapshotted first, so a restore can be undone the same way.
 */
export async function restoreAssessment(
  store: StoreApi<WorkspaceState>,
  snapshots: SnapshotStore,
  assessment: Assessment,
  now: () => Date = () => new Date(),
): Promise<RestoreOutcome> {
  const current = store.getState().assessments[assessment.id]
  if (current && current !== assessment) {
    try {
      await snapshots.take('restore', [current])
    } catch (error) {
      return { ok: false, error }
    }
  }
  // Marked as changed now: it is the newest version, and other tabs merge against it as such.
  const restored: Assessment = { ...assessment, updatedAt: now().toISOString() }
  store.setState((s) => ({ assessments: { ...s.assessments, [assessment.id]: restored } }))
  return { ok: true, id: assessment.id, replacedCurrent: current !== undefined }
}
