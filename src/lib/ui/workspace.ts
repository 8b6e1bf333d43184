// The workspace state every screen reads: the library of assessments, what the saving is doing,
// and the actions that change them. The store that implements it lives in src/app/store; it is
// handed to screens through this context because features may not import the app shell (lint
// rule, see ARCHITECTURE.md), and so component tests can pass a store of their own.
import { createContext, useContext } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { Answer, Assessment, AssessmentMeta } from '@/domain/assessment/schema'
import type { AssessmentSummary } from '@/domain/assessment/summary'
import type { QuarantineEntry, SaveStatus } from '@/lib/storage'

export interface NewAssessmentInput {
  meta: AssessmentMeta
  questionnaire: { id: string; version: string }
  name?: string
}

export interface DeletedAssessment {
  assessment: Assessment
  deletedAt: string
}

export type WorkspaceNotice =
  | { id: string; kind: 'external-update'; assessmentId: string; merged: boolean }
  | { id: string; kind: 'external-delete'; assessmentId: string; label: string }
  | { id: string; kind: 'conflict-merged'; assessmentId: string }

export interface HydrationProblem {
  kind: 'newer-version' | 'migration-failed' | 'read-failed'
  message: string
}

export interface LibrarySlice {
  assessments: Record<string, Assessment>
  /** Creates an assessment with no answers and returns its id. */
  createAssessment(input: NewAssessmentInput): string
  /** Replaces the set-up. Answers are kept: role exclusions are computed, never deleted. */
  updateMeta(id: string, meta: AssessmentMeta): void
  renameAssessment(id: string, name: string): void
  /** Sets one answer; `undefined` clears it. */
  setAnswer(id: string, questionId: string, answer: Answer | undefined): void
  duplicateAssessment(id: string, name: string): string | undefined
  /** Removes an assessment and keeps it in `lastDeleted` so it can be restored. */
  deleteAssessment(id: string): void
  undoDelete(): string | undefined
  /** Adds a complete assessment (an example or an import) under a new id; returns the id. */
  addAssessment(assessment: Assessment): string
  /** Another tab changed or deleted a record: take its version. */
  applyExternalChange(id: string, assessment: Assessment | null, merged: boolean): void
}

export interface SessionSlice {
  hydrated: boolean
  /**
   * The stored summaries of the library, by id, read before the records themselves so the start
   * screen can list them at once; null until read, or when they did not match the records. Kept
   * after hydration: a summary's progress stands in until the scoring code has loaded.
   */
  storedSummaries: Readonly<Record<string, AssessmentSummary>> | null
  /** Start reading the full records now: the start screen has painted its list, or a screen
   * that needs them is open (until then the read waits a moment, so the list comes first). */
  readRecordsNow(): void
  hydrationProblem: HydrationProblem | null
  saveStatus: SaveStatus
  quarantined: QuarantineEntry[]
  lastDeleted: DeletedAssessment | null
  notices: WorkspaceNotice[]
  dismissNotice(id: string): void
  clearLastDeleted(): void
  /** Every stored key and value, untouched, for the "export raw backup" action. */
  exportRawBackup(): Promise<Record<string, unknown>>
}

export type WorkspaceState = LibrarySlice & SessionSlice

export const WorkspaceContext = createContext<StoreApi<WorkspaceState> | null>(null)

export function useWorkspaceStore(): StoreApi<WorkspaceState> {
  const store = useContext(WorkspaceContext)
  if (!store)
    throw new Error('useWorkspace needs a WorkspaceContext provider (see src/app/app.tsx)')
  return store
}

/** Reads one value from the workspace; the component re-renders only when it changes. */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(useWorkspaceStore(), selector)
}

export function useAssessment(id: string): Assessment | undefined {
  return useWorkspace((s) => s.assessments[id])
}

/** Resolves once the stored library has been read into the store (at once if it has been).
 * Changes made before that would be replaced by the stored library, so actions wait for it. */
export function whenHydrated(store: StoreApi<WorkspaceState>): Promise<void> {
  if (store.getState().hydrated) return Promise.resolve()
  return new Promise((resolve) => {
    const stop = store.subscribe((s) => {
      if (!s.hydrated) return
      stop()
      resolve()
    })
  })
}
