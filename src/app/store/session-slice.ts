// Session slice: what this visit knows about saving — hydration, save status, records set aside,
// the last deletion (for undo) and notices about other tabs. None of it is persisted.
import type { StateCreator } from 'zustand'
import type { SessionSlice, WorkspaceState } from '@/lib/ui/workspace'

export const createSessionSlice =
  (
    exportRawBackup: () => Promise<Record<string, unknown>>,
  ): StateCreator<WorkspaceState, [], [], SessionSlice> =>
  (set) => ({
    hydrated: false,
    storedSummaries: null,
    readRecordsNow: () => undefined, // replaced by the app store (src/app/store)
    hydrationProblem: null,
    saveStatus: { kind: 'idle' },
    quarantined: [],
    lastDeleted: null,
    notices: [],
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    clearLastDeleted: () => set({ lastDeleted: null }),
    exportRawBackup,
  })
