// Custom questionnaires kept on this device: one key per `<id>@<version>` under
// STORAGE_KEYS.questionnairePrefix, holding the file as loaded. Stored files are validated again
// at every start (the validator may have become stricter since they were saved), registered with
// the questionnaire source before assessments that use them are opened, and the ones that no
// longer pass are kept and listed with their problems rather than silently dropped.
//
// The entry point imports this module on demand, after the first screen; the validator (and zod
// behind it) is imported on demand again when files are read (performance.md).
import type { Questionnaire } from '@/domain/questionnaire/schema'
import type { Problem } from '@/domain/questionnaire/validate'
import type { KeyValueBackend } from '@/lib/storage/backend'
import { STORAGE_KEYS } from '@/lib/storage/library-storage'
import {
  compareVersions,
  questionnaireKey,
  registerQuestionnaire,
  trackCustomQuestionnaireLoading,
  unregisterQuestionnaire,
} from '@/lib/questionnaire-source'

/** Files larger than this are refused before they are read: the built-in one is under 1 MB. */
export const MAX_QUESTIONNAIRE_BYTES = 5 * 1024 * 1024

export function storedQuestionnaireKey(id: string, version: string): string {
  return `${STORAGE_KEYS.questionnairePrefix}${questionnaireKey(id, version)}`
}

/** What is written under a questionnaire key. */
export interface StoredQuestionnaireRecord {
  savedAt: string
  /** Name of the file it was loaded from, shown so the user recognises it. */
  fileName: string
  /** The file's content as parsed JSON; validated again whenever it is read. */
  questionnaire: unknown
}

export interface CustomQuestionnaireEntry {
  questionnaire: Questionnaire
  savedAt: string
  fileName: string
}

/** A stored file that no longer passes the validator. */
export interface UnreadableQuestionnaire {
  key: string
  fileName: string | undefined
  problems: Problem[]
}

export type CustomQuestionnairesState =
  | { status: 'loading' }
  | {
      status: 'ready'
      entries: readonly CustomQuestionnaireEntry[]
      unreadable: readonly UnreadableQuestionnaire[]
    }
  | { status: 'failed'; message: string }

export interface CustomQuestionnaireStore {
  getState(): CustomQuestionnairesState
  subscribe(listener: () => void): () => void
  /** Reads, validates and registers every stored questionnaire. */
  load(): Promise<void>
  /** Stores an already validated questionnaire (replacing one with the same id and version). */
  save(questionnaire: Questionnaire, fileName: string, at: Date): Promise<void>
  /** Deletes a stored questionnaire, readable or not, by its storage key. */
  removeKey(key: string): Promise<void>
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const sortEntries = (entries: CustomQuestionnaireEntry[]) =>
  entries.sort(
    (a, b) =>
      a.questionnaire.id.localeCompare(b.questionnaire.id) ||
      compareVersions(a.questionnaire.version, b.questionnaire.version),
  )

export function createCustomQuestionnaireStore(backend: KeyValueBackend): CustomQuestionnaireStore {
  let state: CustomQuestionnairesState = { status: 'loading' }
  const listeners = new Set<() => void>()
  const setState = (next: CustomQuestionnairesState) => {
    state = next
    listeners.forEach((l) => l())
  }
  const ready = (): {
    entries: readonly CustomQuestionnaireEntry[]
    unreadable: readonly UnreadableQuestionnaire[]
  } => (state.status === 'ready' ? state : { entries: [], unreadable: [] })

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async load() {
      try {
        const allKeys = await backend.keys()
        const keys = allKeys.filter((k) => k.startsWith(STORAGE_KEYS.questionnairePrefix)).sort()
        // The validator (and zod) is loaded only when there is a stored questionnaire to check.
        if (keys.length === 0) {
          setState({ status: 'ready', entries: [], unreadable: [] })
          return
        }
        const [values, { validateQuestionnaire }] = await Promise.all([
          backend.getMany(keys),
          import('@/domain/questionnaire/validate'),
        ])
        const entries: CustomQuestionnaireEntry[] = []
        const unreadable: UnreadableQuestionnaire[] = []
        keys.forEach((key, i) => {
          const value = values[i]
          const fileName =
            isRecord(value) && typeof value.fileName === 'string' ? value.fileName : undefined
          const savedAt = isRecord(value) && typeof value.savedAt === 'string' ? value.savedAt : ''
          const result = validateQuestionnaire(isRecord(value) ? value.questionnaire : undefined)
          if (!result.ok) {
            unreadable.push({ key, fileName, problems: result.problems })
            return
          }
          const q = result.questionnaire
          // A record under another key than its content says would be found under the wrong name.
          if (storedQuestionnaireKey(q.id, q.version) !== key) {
            unreadable.push({
              key,
              fileName,
              problems: [
                {
                  path: 'id',
                  message: `the stored file is "${q.id}" ${q.version}, not the key it is kept under`,
                },
              ],
            })
            return
          }
          entries.push({ questionnaire: q, savedAt, fileName: fileName ?? '' })
        })
        for (const e of entries) registerQuestionnaire(e.questionnaire, { custom: true })
        setState({ status: 'ready', entries: sortEntries(entries), unreadable })
      } catch (err) {
        setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) })
        throw err
      }
    },
    async save(questionnaire, fileName, at) {
      const record: StoredQuestionnaireRecord = {
        savedAt: at.toISOString(),
        fileName,
        // Stored as validated (defaults filled in), so the next start reads exactly what was shown.
        questionnaire,
      }
      const key = storedQuestionnaireKey(questionnaire.id, questionnaire.version)
      await backend.set(key, record)
      registerQuestionnaire(questionnaire, { custom: true })
      const { entries, unreadable } = ready()
      const others = entries.filter(
        (e) => storedQuestionnaireKey(e.questionnaire.id, e.questionnaire.version) !== key,
      )
      setState({
        status: 'ready',
        entries: sortEntries([...others, { questionnaire, savedAt: record.savedAt, fileName }]),
        unreadable: unreadable.filter((u) => u.key !== key),
      })
    },
    async removeKey(key) {
      await backend.del(key)
      const { entries, unreadable } = ready()
      const gone = entries.find(
        (e) => storedQuestionnaireKey(e.questionnaire.id, e.questionnaire.version) === key,
      )
      if (gone) unregisterQuestionnaire(gone.questionnaire.id, gone.questionnaire.version)
      setState({
        status: 'ready',
        entries: entries.filter((e) => e !== gone),
        unreadable: unreadable.filter((u) => u.key !== key),
      })
    },
  }
}

let shared: CustomQuestionnaireStore | undefined
const sharedListeners = new Set<() => void>()

/** Installs the store screens use (the entry point's, or a test's own). */
export function setCustomQuestionnaireStore(store: CustomQuestionnaireStore | undefined): void {
  shared = store
  sharedListeners.forEach((l) => l())
}

/**
 * Called once, with the app's storage backend, by the entry point (which imports this module on
 * demand): starts reading the stored questionnaires; screens asking for one of them wait until
 * this has finished.
 */
export function startCustomQuestionnaires(backend: KeyValueBackend): CustomQuestionnaireStore {
  const store = createCustomQuestionnaireStore(backend)
  setCustomQuestionnaireStore(store)
  const loading = store.load()
  trackCustomQuestionnaireLoading(loading)
  // A failure is shown on the Questionnaires page (state "failed"); the app itself goes on.
  loading.catch(() => undefined)
  return store
}

/** The store installed by `startCustomQuestionnaires` (or a test), or undefined before that. */
export function currentCustomQuestionnaireStore(): CustomQuestionnaireStore | undefined {
  return shared
}

/** Calls `listener` when a store is installed; returns the unsubscribe function. */
export function subscribeCustomQuestionnaireStore(listener: () => void): () => void {
  sharedListeners.add(listener)
  return () => sharedListeners.delete(listener)
}
