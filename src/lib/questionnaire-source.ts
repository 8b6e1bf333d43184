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
  ['/questionnaires/international-solidarity-7-9.json', '/questionnaires/examples/minimal-questionnaire.json'],
  { import: 'default' },
)

const exampleFiles = import.meta.glob<unknown>('/questionnaires/examples/example-*.assessment.json', {
  import: 'default',
})

export type QuestionnaireState =
  | { status: 'loading' }
  | { status: 'ready'; questionnaire: Questionnaire }
  | { status: 'error'; message: string }

const byId = new Map<string, Questionnaire>()
let builtIn: Promise<Questionnaire> | undefined
let builtInState: QuestionnaireState = { status: 'loading' }
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

export function registerQuestionnaire(q: Questionnaire): void {
  byId.set(q.id, q)
  notify()
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
    if (!result.ok) throw new Error(`The built-in questionnaire is invalid:\n${formatProblems(result.problems)}`)
    return result.questionnaire
  })().then(
    (q) => {
      byId.set(q.id, q)
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

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function stateFor(id: string | undefined): QuestionnaireState {
  if (id === undefined) return builtInState
  const q = byId.get(id)
  if (q) return { status: 'ready', questionnaire: q }
  if (builtInState.status === 'loading') return builtInState
  return {
    status: 'error',
    message: `The questionnaire "${id}" this assessment was made with is not available in this app.`,
  }
}

/**
 * The questionnaire with this id (the built-in one when no id is given), loading the built-in
 * one on first use. Re-renders when it arrives.
 */
export function useQuestionnaire(id?: string): QuestionnaireState {
  if (!builtIn) void loadBuiltInQuestionnaire().catch(() => undefined)
  // Cached states keep their identity, so useSyncExternalStore sees no change between calls.
  return useSyncExternalStore(subscribe, () => cachedStateFor(id))
}

const stateCache = new Map<string, QuestionnaireState>()
function cachedStateFor(id: string | undefined): QuestionnaireState {
  const next = stateFor(id)
  const key = id ?? ''
  const prev = stateCache.get(key)
  if (
    prev &&
    prev.status === next.status &&
    (prev.status !== 'ready' || next.status !== 'ready' || prev.questionnaire === next.questionnaire) &&
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
      return parsed.success ? { file: path.split('/').pop() ?? path, assessment: parsed.data } : undefined
    }),
  )
  return entries.filter((e): e is BuiltInExample => e !== undefined)
}

/** For tests: forget what was loaded. */
export function resetQuestionnaireSource(): void {
  byId.clear()
  builtIn = undefined
  builtInState = { status: 'loading' }
  stateCache.clear()
  notify()
}
