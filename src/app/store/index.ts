// The one app store: library and session slices combined, persisted to this device through the
// library storage (src/lib/storage). `persist` wraps only the combined store; it saves just the
// assessments (`partialize`), and `version` + `migrate` guard against layouts from other
// versions of the app. Hydration is started explicitly by `startStore`, and the storage writes
// nothing until it has finished reading.
import { createStore, type StoreApi } from 'zustand/vanilla'
import { persist } from 'zustand/middleware'
import {
  createIdbBackend,
  createLibraryStorage,
  createMemoryBackend,
  createPersistStorage,
  indexedDbAvailable,
  migrateStoredLibrary,
  openLibraryChannel,
  STORE_VERSION,
  StorageVersionError,
  type KeyValueBackend,
  type LibraryStorage,
  type LibraryStorageOptions,
  type PersistedLibrary,
} from '@/lib/storage'
import type { WorkspaceState } from '@/lib/ui/workspace'
import type { Assessment } from '@/domain/assessment/schema'
import { summarizeAssessment } from '@/domain/assessment/summary'
import { loadedQuestionnaire, subscribeToQuestionnaires } from '@/lib/questionnaire-source'
import { createLibrarySlice, newId } from '@/app/store/library-slice'
import { createSessionSlice } from '@/app/store/session-slice'

export const PERSIST_NAME = 'library'

export interface AppStore {
  store: StoreApi<WorkspaceState>
  storage: LibraryStorage
  /** Reads the stored library; resolves once the store is hydrated (or hydration failed). */
  start(): Promise<void>
}

/** How long reading the records waits for the start screen to show the summaries' list. */
const LIST_FIRST_MAX_MS = 400

export function createAppStore(
  options: Partial<Omit<LibraryStorageOptions, 'events'>> & { backend?: KeyValueBackend } = {},
): AppStore {
  const backend =
    options.backend ?? (indexedDbAvailable() ? createIdbBackend() : createMemoryBackend())
  // The store is created below; events fire only after it exists.
  const ref: { store?: StoreApi<WorkspaceState> } = {}
  // A summary's progress needs the assessment's questionnaire and the scoring code, neither of
  // which the start screen loads (performance.md). Without them the summary is made without
  // progress; the scoring code is loaded once a questionnaire is at hand, and the summaries are
  // then completed.
  let scorer: (typeof import('@/lib/ui/score-cache'))['cachedScore'] | undefined
  let scorerLoading: Promise<void> | undefined
  const loadScorer = () => {
    scorerLoading ??= import('@/lib/ui/score-cache').then(
      (m) => {
        scorer = m.cachedScore
        storage.refreshSummaries()
      },
      () => undefined, // progress stays unknown in the summaries; the list works it out itself
    )
  }
  const summarize = (a: Assessment) => {
    const q = loadedQuestionnaire(a.questionnaire.id, a.questionnaire.version)
    if (q && !scorer) loadScorer()
    const progress = scorer && q ? scorer(q, a).overall.coverage.answeredShare : undefined
    return summarizeAssessment(a, progress)
  }
  const storage = createLibraryStorage({
    ...options,
    summarize: options.summarize ?? summarize,
    backend,
    channel: options.channel === undefined ? openLibraryChannel() : options.channel,
    events: {
      onStatus: (saveStatus) => ref.store?.setState({ saveStatus }),
      onExternalChange: (id, assessment, merged) =>
        ref.store?.getState().applyExternalChange(id, assessment, merged),
      onConflictMerged: (id, assessment) =>
        ref.store?.setState((s) => ({
          assessments: { ...s.assessments, [id]: assessment },
          notices: [...s.notices, { id: newId(), kind: 'conflict-merged', assessmentId: id }],
        })),
      onQuarantine: () => undefined, // the full list is read after hydration
    },
  })

  const api = createStore<WorkspaceState>()(
    persist(
      (set, get, api) => ({
        ...createLibrarySlice(set, get, api),
        ...createSessionSlice(() => storage.exportRaw())(set, get, api),
        readRecordsNow: () => recordsWanted(),
      }),
      {
        name: PERSIST_NAME,
        version: STORE_VERSION,
        storage: createPersistStorage(storage),
        partialize: (s): PersistedLibrary => ({ assessments: s.assessments }),
        migrate: (persisted, version) => migrateStoredLibrary(persisted, version),
        // Stored assessments replace the in-memory ones, except those made before the library was
        // read (the start screen is usable while it is read): they are kept and saved with it.
        // The session is never stored.
        merge: (persisted, current) => ({
          ...current,
          assessments: {
            ...(persisted as PersistedLibrary | undefined)?.assessments,
            ...current.assessments,
          },
        }),
        skipHydration: true,
        onRehydrateStorage: () => (_state, error) => {
          if (!error) return
          const kind = error instanceof StorageVersionError ? error.kind : 'read-failed'
          ref.store?.setState({
            hydrationProblem: {
              kind,
              message: error instanceof Error ? error.message : String(error),
            },
          })
        },
      },
    ),
  )

  ref.store = api
  // Reading the records is heavy (hundreds of zod checks): it waits until the start screen has
  // painted the list from the summaries, or a screen that needs the records asks for them, or
  // LIST_FIRST_MAX_MS have passed.
  let recordsWanted: () => void = () => undefined
  const recordsGate = new Promise<void>((resolve) => {
    recordsWanted = resolve
    setTimeout(resolve, LIST_FIRST_MAX_MS)
  })
  async function start(): Promise<void> {
    // The summaries come from one small read: the start screen lists the library from them, and
    // the records (read and checked in slices) follow once that list is on screen.
    const summaries = await storage.readSummaries().catch(() => null) // null: the list waits
    if (summaries && !api.getState().hydrated) {
      api.setState({ storedSummaries: Object.fromEntries(summaries.map((s) => [s.id, s])) })
      if (summaries.length > 0) await recordsGate
    }
    try {
      await api.persist.rehydrate()
    } catch (e) {
      // rehydrate reports failures through onRehydrateStorage; this only catches the unexpected.
      api.setState({ hydrationProblem: { kind: 'read-failed', message: String(e) } })
    }
    if (!api.persist.hasHydrated() && !api.getState().hydrationProblem) {
      const reason = storage.status.kind === 'blocked' ? storage.status.reason : 'read-failed'
      api.setState({
        hydrationProblem: {
          kind: reason === 'newer-version' ? 'newer-version' : 'read-failed',
          message: 'The stored assessments could not be read.',
        },
      })
    }
    const problem = api.getState().hydrationProblem
    if (problem) storage.block(problem.kind)
    else if (storage.status.kind === 'blocked') {
      api.setState({
        hydrationProblem: {
          kind: 'newer-version',
          message: 'The stored assessments come from a newer version.',
        },
      })
    }
    let quarantined: WorkspaceState['quarantined'] = []
    try {
      quarantined = await storage.listQuarantine()
    } catch {
      // Listing what was set aside is informative only.
    }
    api.setState({ hydrated: true, quarantined })
    // Summaries missing from an older index are written now, and any without progress get it
    // once a questionnaire is loaded.
    if (!problem) {
      storage.refreshSummaries()
      subscribeToQuestionnaires(() => storage.refreshSummaries())
    }
  }

  return { store: api, storage, start }
}
