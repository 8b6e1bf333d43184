// The start screen's list of assessments: drawn from the stored summaries while the records are
// still being read (a library of hundreds opens at once, performance.md), then from the records;
// an action taken before they are read waits for them instead of being lost.
import { afterEach, expect, test, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '@/lib/i18n'
import { createAppStore, type AppStore } from '@/app/store'
import { createLibraryStorage, createMemoryBackend, type KeyValueBackend } from '@/lib/storage'
import { WorkspaceContext } from '@/lib/ui/workspace'
import { LibraryScreen } from '@/features/library/library-screen'
import { loadBuiltInQuestionnaire } from '@/lib/questionnaire-source'
import { scoreAssessment } from '@/domain/scoring'
import type { Assessment } from '@/domain/assessment/schema'
import { makeAssessment, makeMeta } from '../fixtures/assessment'

vi.setConfig({ testTimeout: 30_000 })

let app: AppStore | undefined
afterEach(() => app?.storage.dispose())

async function builtInAssessments(): Promise<Assessment[]> {
  const q = await loadBuiltInQuestionnaire()
  const questionnaire = { id: q.id, version: q.version }
  const firstQuestion = q.articles[0]?.units[0]?.questions[0]
  if (!firstQuestion) throw new Error('the built-in questionnaire has no question')
  return [
    makeAssessment({
      id: 'norway',
      questionnaire,
      meta: makeMeta({ state: 'Norway', respondent: 'state', roles: ['provider'] }),
      answers: { [firstQuestion.id]: { special: 'dont-know', evidence: [] } },
      updatedAt: '2025-03-01T00:00:00.000Z',
    }),
    makeAssessment({
      id: 'morocco',
      name: 'Shadow report 2024',
      questionnaire,
      meta: makeMeta({ state: 'Morocco', respondent: 'shadow', roles: ['partner'] }),
      updatedAt: '2025-02-01T00:00:00.000Z',
    }),
  ]
}

/** A device holding these assessments, saved by the app's storage (index summaries included),
 * whose record reads wait until `release` is called. */
async function device(assessments: Assessment[], progress?: (a: Assessment) => number) {
  const memory = createMemoryBackend()
  const writer = createLibraryStorage({
    backend: memory,
    channel: null,
    debounceMs: 0,
    ...(progress
      ? { summarize: (a: Assessment) => ({ ...summaryWithout(a), progress: progress(a) }) }
      : {}),
  })
  await writer.load()
  writer.schedule(Object.fromEntries(assessments.map((a) => [a.id, a])))
  await writer.flush()
  writer.dispose()
  let release: () => void = () => undefined
  const gate = new Promise<void>((r) => (release = r))
  const backend: KeyValueBackend = {
    ...memory,
    getMany: async (keys) => (await gate, memory.getMany(keys)),
  }
  return { memory, backend, release }
}

function summaryWithout(a: Assessment) {
  return {
    id: a.id,
    ...(a.name ? { name: a.name } : {}),
    state: a.meta.state,
    respondent: a.meta.respondent,
    period: a.meta.period,
    updatedAt: a.updatedAt,
    questionnaire: a.questionnaire,
  }
}

function renderLibrary(store: AppStore['store']) {
  render(
    <WorkspaceContext.Provider value={store}>
      <LibraryScreen />
    </WorkspaceContext.Provider>,
  )
}

const cardTitles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent)

test('the list is drawn from the stored summaries before the records are read', async () => {
  const assessments = await builtInAssessments()
  const { backend, release } = await device(assessments, (a) => (a.id === 'norway' ? 0.5 : 0))
  app = createAppStore({ backend, channel: null })
  const started = app.start()
  renderLibrary(app.store)
  // Newest first, with what the summaries say.
  await waitFor(() => expect(cardTitles()).toEqual(['Norway', 'Shadow report 2024']))
  expect(app.store.getState().hydrated).toBe(false)
  const norway = screen.getByRole('listitem', { name: 'Norway' })
  expect(within(norway).getByText('50%')).toBeInTheDocument()
  expect(screen.queryByText('Reading your assessments on this device…')).not.toBeInTheDocument()

  // Once the records are read, the stored progress still stands for the same versions; an
  // assessment changed since gets the scoring engine's.
  release()
  await started
  expect(within(norway).getByText('50%')).toBeInTheDocument()
  const q = await loadBuiltInQuestionnaire()
  const second = q.articles[0]?.units[0]?.questions[1]
  if (!second) throw new Error('the first unit has one question')
  app.store.getState().setAnswer('norway', second.id, { special: 'not-public', evidence: [] })
  const changed = app.store.getState().assessments.norway as Assessment
  const expected = scoreAssessment(q, changed).overall.coverage.answeredShare
  expect(expected).not.toBe(0.5)
  await waitFor(() =>
    expect(within(norway).getByText(`${Math.round(expected * 100)}%`)).toBeInTheDocument(),
  )
  expect(cardTitles()).toEqual(['Norway', 'Shadow report 2024'])
})

test('without usable summaries the list says it is reading, then shows the records', async () => {
  const assessments = await builtInAssessments()
  const { memory, backend, release } = await device(assessments)
  // An index written by an older version: no summaries.
  await memory.set('isa:index', { version: 1, ids: ['morocco', 'norway'] })
  app = createAppStore({ backend, channel: null })
  const started = app.start()
  renderLibrary(app.store)
  expect(await screen.findByText('Reading your assessments on this device…')).toBeInTheDocument()
  expect(cardTitles()).toEqual([])
  release()
  await started
  await waitFor(() => expect(cardTitles()).toEqual(['Norway', 'Shadow report 2024']))
  expect(screen.queryByText('Reading your assessments on this device…')).not.toBeInTheDocument()
})

test('deleting before the records are read waits for them, then deletes and offers undo', async () => {
  const assessments = await builtInAssessments()
  const { memory, backend, release } = await device(assessments)
  app = createAppStore({ backend, channel: null, debounceMs: 0 })
  const started = app.start()
  renderLibrary(app.store)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('button', { name: 'Delete Norway' }))
  // Nothing has happened yet: the record is still being read.
  expect(cardTitles()).toContain('Norway')
  release()
  await started
  await waitFor(() => expect(cardTitles()).toEqual(['Shadow report 2024']))
  expect(screen.getByText('“Norway” was deleted.')).toBeInTheDocument()
  await app.storage.flush()
  expect(memory.dump()['isa:assessment:norway']).toBeUndefined()
  expect(memory.dump()['isa:assessment:morocco']).toBeDefined()
})

test('an empty device says so at once', async () => {
  app = createAppStore({ backend: createMemoryBackend(), channel: null })
  renderLibrary(app.store)
  void app.start()
  expect(await screen.findByText('You have no assessments on this device yet.')).toBeInTheDocument()
})

test('a long library shows its first screenful at once and the rest in portions', async () => {
  app = createAppStore({ backend: createMemoryBackend(), channel: null })
  const many = Array.from({ length: 130 }, (_, i) =>
    summaryWithout(
      makeAssessment({
        id: `a${i}`,
        meta: makeMeta({ state: `State ${String(i).padStart(3, '0')}` }),
        updatedAt: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 60_000).toISOString(),
      }),
    ),
  )
  app.store.setState({ storedSummaries: Object.fromEntries(many.map((s) => [s.id, s])) })
  renderLibrary(app.store)
  const region = screen.getByRole('region', { name: 'Your assessments' })
  // Newest first; the first portion is drawn in the first render.
  expect(cardTitles()).toHaveLength(24)
  expect(cardTitles()[0]).toBe('State 129')
  expect(region).toHaveAttribute('aria-busy', 'true')
  await waitFor(() => expect(cardTitles()).toHaveLength(130), { timeout: 10_000 })
  expect(cardTitles().at(-1)).toBe('State 000')
  expect(region).toHaveAttribute('aria-busy', 'false')
})
