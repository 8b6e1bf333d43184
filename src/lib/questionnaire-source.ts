// Where screens get questionnaires from. The built-in questionnaire is a large JSON file, so it
// is loaded with import() on first use (never in the first chunk), validated once, and cached.
// Questionnaires loaded at run time (custom files) are added with `registerQuestionnaire`.
// Built-in example assessments are loaded the same lazy way.
import { useSyncExternalStore } from 'react'
import type { Questionnaire } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
// The validators (and zod behind them) are imported on demand, like the files they check.

/** The questionnaire new assessments use. Until the full file exists, the minimal example. */
const BUILT_IN_PATHS = [
  '/questionnaires/international-solidarity-7-9.json',
  '/questionnaires/examples/minimal-questionnaire.json',
] as const

const builtInFiles = import.meta.glob<unknown>(
  [
    '/questionnaires/international-solidarity-7-9.json',
    '/questionnaires/examples/minimal-questionnaire.json',
  ],
  { import: 'default' },
)

const exampleFiles = import.meta.glob<unknown>(
  '/questionnaires/examples/example-*.assessment.json',
  {
    import: 'default',
  },
)

export type QuestionnaireState =
  | { status: 'loading' }
  | { status: 'ready'; questionnaire: Questionnaire }
  | { status: 'error'; message: string }

/** What an id alone resolves to: the built-in one for its id, else the newest version loaded. */
const byId = new Map<string, Questionnaire>()
/** Every questionnaire by `id@version` (see `questionnaireKey`). */
const byKey = new Map<string, Questionnaire>()
/** Keys of the questionnaires a user loaded from a file (not shipped with the app). */
const customKeys = new Set<string>()
let builtInKey: string | undefined
let customList: readonly Questionnaire[] = []
/** Custom questionnaires still being read from the device at start-up. */
let customPending = 0
let builtIn: Promise<Questionnaire> | undefined
let builtInState: QuestionnaireState = { status: 'loading' }
const listeners = new Set<() => void>()
/** Counts changes, so a component can re-render on any of them (useQuestionnaireChanges). */
let changes = 0
const notify = () => {
  changes++
  listeners.forEach((l) => l())
}

export function questionnaireKey(id: string, version: string): string {
  return `${id}@${version}`
}

/** Orders versions by their numbers ("1.10.0" after "1.9.2"). */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true })
}

function refreshId(id: string): void {
  const versions = [...byKey.values()].filter((q) => q.id === id)
  const shipped = builtInKey ? byKey.get(builtInKey) : undefined
  // Assessments of the shipped questionnaire keep it even when a custom file reuses its id.
  const chosen =
    shipped?.id === id ? shipped : versions.sort((a, b) => compareVersions(b.version, a.version))[0]
  if (chosen) byId.set(id, chosen)
  else byId.delete(id)
}

function refreshCustomList(): void {
  customList = [...customKeys]
    .map((k) => byKey.get(k))
    .filter((q): q is Questionnaire => q !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id) || compareVersions(a.version, b.version))
}

/**
 * Makes a questionnaire available to every screen. `custom` marks one a user loaded from a file,
 * so it is listed (and can be removed) on the Questionnaires page.
 */
export function registerQuestionnaire(q: Questionnaire, options: { custom?: boolean } = {}): void {
  const key = questionnaireKey(q.id, q.version)
  byKey.set(key, q)
  if (options.custom) customKeys.add(key)
  refreshId(q.id)
  refreshCustomList()
  notify()
}

/** Forgets a custom questionnaire (after the user removed it); the built-in one stays. */
export function unregisterQuestionnaire(id: string, version: string): void {
  const key = questionnaireKey(id, version)
  if (!customKeys.has(key)) return
  customKeys.delete(key)
  byKey.delete(key)
  refreshId(id)
  refreshCustomList()
  notify()
}

/**
 * Marks custom questionnaires as still being read from the device, so a screen opened straight
 * on an assessment that uses one waits for it instead of saying it is missing.
 */
export function trackCustomQuestionnaireLoading(loading: Promise<unknown>): void {
  customPending++
  notify()
  const done = () => {
    customPending--
    notify()
  }
  loading.then(done, done)
}

/** The custom questionnaires loaded, sorted by id then version. */
export function customQuestionnaires(): readonly Questionnaire[] {
  return customList
}

/** Every questionnaire the app can open: the built-in one (when it loads) then the custom ones. */
export async function knownQuestionnaires(): Promise<Questionnaire[]> {
  const shipped = await loadBuiltInQuestionnaire().then(
    (q) => [q],
    () => [],
  )
  return [...shipped, ...customList]
}

/** The custom questionnaires loaded; re-renders when one is added or removed. */
export function useCustomQuestionnaires(): readonly Questionnaire[] {
  return useSyncExternalStore(subscribe, customQuestionnaires)
}

/** Loads (once) and validates the built-in questionnaire. */
export function loadBuiltInQuestionnaire(): Promise<Questionnaire> {
  builtIn ??= (async () => {
    const path = BUILT_IN_PATHS.find((p) => p in builtInFiles)
    const load = path ? builtInFiles[path] : undefined
    if (!load) throw new Error('The built-in questionnaire is missing from this build.')
    const [{ validateQuestionnaire, formatProblems }, raw] = await Promise.all([
      import('@/domain/questionnaire/validate'),
      load(),
    ])
    const result = validateQuestionnaire(raw)
    if (!result.ok)
      throw new Error(`The built-in questionnaire is invalid:\n${formatProblems(result.problems)}`)
    return result.questionnaire
  })().then(
    (q) => {
      builtInKey = questionnaireKey(q.id, q.version)
      byKey.set(builtInKey, q)
      refreshId(q.id)
      builtInState = { status: 'ready', questionnaire: q }
      notify()
      return q
    },
    (e: unknown) => {
      builtInState = { status: 'error', message: e instanceof Error ? e.message : String(e) }
      notify()
      throw e
    },
  )
  return builtIn
}

/** The questionnaire with this id and version if it is loaded (same choice as useQuestionnaire),
 * without loading anything. */
export function loadedQuestionnaire(id: string, version: string): Questionnaire | undefined {
  const state = stateFor(id, version)
  return state.status === 'ready' && state.questionnaire.id === id ? state.questionnaire : undefined
}

/** Starts loading the built-in questionnaire if nothing has yet (it is large and checked once
 * loaded, so the start screen asks for it only when it needs it). */
export function startLoadingBuiltInQuestionnaire(): void {
  if (!builtIn) void loadBuiltInQuestionnaire().catch(() => undefined)
}

/** Re-renders the component whenever a questionnaire is loaded or removed, without loading any;
 * read them with `loadedQuestionnaire`. */
export function useQuestionnaireChanges(): number {
  return useSyncExternalStore(subscribe, () => changes)
}

/** Calls `listener` whenever a questionnaire is loaded or removed; returns the unsubscribe. */
export function subscribeToQuestionnaires(listener: () => void): () => void {
  return subscribe(listener)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function stateFor(id: string | undefined, version: string | undefined): QuestionnaireState {
  if (id === undefined) return builtInState
  // The exact version first; else another version of the same id, whose question ids carry over
  // (questionnaires/README.md: an id is never reused for a different question).
  const q =
    (version === undefined ? undefined : byKey.get(questionnaireKey(id, version))) ?? byId.get(id)
  if (q) return { status: 'ready', questionnaire: q }
  if (builtInState.status === 'loading' || customPending > 0) return { status: 'loading' }
  return {
    status: 'error',
    message: `The questionnaire "${id}" this assessment was made with is not available in this app.`,
  }
}

/**
 * The questionnaire with this id and version (the built-in one when no id is given), loading the
 * built-in one on first use. Re-renders when it arrives. Screens about an assessment pass
 * `assessment.questionnaire.id` and `.version`.
 */
export function useQuestionnaire(id?: string, version?: string): QuestionnaireState {
  if (!builtIn) void loadBuiltInQuestionnaire().catch(() => undefined)
  // Cached states keep their identity, so useSyncExternalStore sees no change between calls.
  return useSyncExternalStore(subscribe, () => cachedStateFor(id, version))
}

const stateCache = new Map<string, QuestionnaireState>()
function cachedStateFor(id: string | undefined, version: string | undefined): QuestionnaireState {
  const next = stateFor(id, version)
  const key = id === undefined ? '' : `${id}@${version ?? ''}`
  const prev = stateCache.get(key)
  if (
    prev &&
    prev.status === next.status &&
    (prev.status !== 'ready' ||
      next.status !== 'ready' ||
      prev.questionnaire === next.questionnaire) &&
    (prev.status !== 'error' || next.status !== 'error' || prev.message === next.message)
  ) {
    return prev
  }
  stateCache.set(key, next)
  return next
}

export interface BuiltInExample {
  /** File name without folder, e.g. "example-provider.assessment.json". */
  file: string
  assessment: Assessment
}

/** The built-in example assessments that validate; invalid ones are skipped. */
export async function loadExamples(): Promise<BuiltInExample[]> {
  if (Object.keys(exampleFiles).length === 0) return []
  const { Assessment } = await import('@/domain/assessment/schema')
  const entries = await Promise.all(
    Object.entries(exampleFiles).map(async ([path, load]) => {
      const parsed = Assessment.safeParse(await load())
      return parsed.success
        ? { file: path.split('/').pop() ?? path, assessment: parsed.data }
        : undefined
    }),
  )
  return entries.filter((e): e is BuiltInExample => e !== undefined)
}

/** For tests: forget what was loaded. */
export function resetQuestionnaireSource(): void {
  byId.clear()
  byKey.clear()
  customKeys.clear()
  customList = []
  customPending = 0
  builtInKey = undefined
  builtIn = undefined
  builtInState = { status: 'loading' }
  stateCache.clear()
  notify()
}
