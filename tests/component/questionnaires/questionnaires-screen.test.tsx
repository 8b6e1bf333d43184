// Loading a custom questionnaire on the Questionnaires page: a broken file lists every problem
// with its place in the file and stores nothing; a valid one is stored, listed and registered; the
// same id and version again asks before replacing; a questionnaire an assessment uses cannot be
// removed. The problems list itself is checked on its own first.
import { readFileSync } from 'node:fs'
import { beforeEach, expect, test, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '@/lib/i18n'
import { createAppStore } from '@/app/store'
import { createMemoryBackend } from '@/lib/storage'
import { resetQuestionnaireSource, useQuestionnaire } from '@/lib/questionnaire-source'
import {
  createCustomQuestionnaireStore,
  setCustomQuestionnaireStore,
  storedQuestionnaireKey,
} from '@/lib/storage/questionnaires'
import { WorkspaceContext } from '@/lib/ui/workspace'
import { ProblemsList } from '@/features/questionnaires/problems-list'
import { QuestionnairesScreen } from '@/features/questionnaires/questionnaires-screen'
import { makeAssessment } from '../fixtures/assessment'

// The built-in questionnaire (760 kB) is validated in jsdom before each file is checked (to refuse
// a copy of it): slow on a busy machine, so outcomes are awaited longer than the default second.
vi.setConfig({ testTimeout: 60_000 })
const SLOW = { timeout: 20_000 }

const MINIMAL = readFileSync('questionnaires/examples/minimal-questionnaire.json', 'utf8')
const KEY = storedQuestionnaireKey('minimal-example', '0.1.0')

/** The minimal example with structural mistakes: a missing target, a misspelt field, no shadow text. */
function brokenFile(): File {
  const q = JSON.parse(MINIMAL) as {
    articles: { units: { questions: Record<string, unknown>[] }[] }[]
  }
  const questions = q.articles[0]?.units[0]?.questions ?? []
  const number = questions[3]?.answer as Record<string, unknown>
  delete number.target
  if (questions[0]) questions[0].critcal = true
  const text = questions[1]?.text as Record<string, unknown>
  delete text.shadow
  return new File([JSON.stringify(q)], 'broken.json', { type: 'application/json' })
}

const validFile = (name = 'minimal-questionnaire.json') =>
  new File([MINIMAL], name, { type: 'application/json' })

beforeEach(() => resetQuestionnaireSource())

test('the problems list shows every problem with its place, says nothing was loaded and how to check', () => {
  render(
    <ProblemsList
      fileName="mine.json"
      problems={[
        {
          path: 'articles[0].units[0].questions[3].answer.target',
          message: 'a number is required',
        },
        { path: 'articles[0].units[0].questions[2].id', message: 'duplicate question id "7.4-P1"' },
        { path: '', message: 'a questionnaire must be a JSON object' },
      ]}
    />,
  )
  const heading = screen.getByRole('heading', {
    name: 'mine.json was not loaded: 3 problems to fix',
  })
  expect(heading).toHaveFocus()
  expect(screen.getByText('Nothing was changed on this device.')).toBeInTheDocument()
  expect(screen.getByText('npm run cli -- validate mine.json')).toBeInTheDocument()
  const items = within(
    screen.getByRole('list', { name: 'Problems and their places in the file' }),
  ).getAllByRole('listitem')
  expect(items.map((li) => li.textContent)).toEqual([
    'articles[0].units[0].questions[3].answer.target: a number is required',
    'articles[0].units[0].questions[2].id: duplicate question id "7.4-P1"',
    '(whole file): a questionnaire must be a JSON object',
  ])
})

function renderScreen(assessments = {}) {
  const backend = createMemoryBackend()
  const app = createAppStore({ backend, channel: null })
  app.store.setState({ hydrated: true, assessments })
  const store = createCustomQuestionnaireStore(backend)
  setCustomQuestionnaireStore(store)
  render(
    <WorkspaceContext.Provider value={app.store}>
      <QuestionnairesScreen />
    </WorkspaceContext.Provider>,
  )
  return { backend, store }
}

/** Shows what an assessment screen would get for the minimal example, to check registration. */
function Probe() {
  const state = useQuestionnaire('minimal-example', '0.1.0')
  return <p data-testid="probe">{state.status}</p>
}

test('a broken file lists every problem and stores nothing; a valid one is stored, listed and usable', async () => {
  const user = userEvent.setup()
  const { backend, store } = renderScreen()
  await store.load()
  const input = screen.getByLabelText('Questionnaire file (.json)')

  await user.upload(input, brokenFile())
  const heading = await screen.findByRole(
    'heading',
    { name: 'broken.json was not loaded: 3 problems to fix' },
    SLOW,
  )
  const problems = within(heading.closest('div') ?? document.body).getAllByRole('listitem')
  expect(problems.map((li) => li.getAttribute('data-path')).sort()).toEqual([
    'articles[0].units[0].questions[0].critcal',
    'articles[0].units[0].questions[1].text.shadow',
    'articles[0].units[0].questions[3].answer.target',
  ])
  expect(Object.keys(backend.dump())).toEqual([])

  await user.upload(screen.getByLabelText('Questionnaire file (.json)'), validFile())
  await screen.findByRole(
    'heading',
    {
      name: 'Minimal example: participation in cooperation decisions (minimal-example 0.1.0) is loaded and kept on this device.',
    },
    SLOW,
  )
  expect(screen.queryByText(/was not loaded/)).not.toBeInTheDocument()
  const card = screen.getByTestId('questionnaire-minimal-example@0.1.0')
  expect(card).toHaveTextContent('From a file')
  expect(card).toHaveTextContent('1 unit, 4 questions')
  expect(card).toHaveTextContent('minimal-questionnaire.json')
  expect(backend.dump()[KEY]).toMatchObject({ fileName: 'minimal-questionnaire.json' })

  render(<Probe />)
  expect(screen.getByTestId('probe')).toHaveTextContent('ready')
})

test('not JSON and too large are refused in one sentence each, changing nothing', async () => {
  const user = userEvent.setup()
  const { backend, store } = renderScreen()
  await store.load()
  await user.upload(
    screen.getByLabelText('Questionnaire file (.json)'),
    new File(['id: x'], 'notes.json'),
  )
  expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
    'This file is not JSON, so it is not a questionnaire file.',
  )
  const big = new File(['x'], 'big.json')
  Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 })
  await user.upload(screen.getByLabelText('Questionnaire file (.json)'), big)
  await waitFor(
    () => expect(screen.getByRole('alert')).toHaveTextContent('This file is over 5 MB'),
    SLOW,
  )
  expect(Object.keys(backend.dump())).toEqual([])
})

test('the same id and version asks before replacing; keeping it changes nothing', async () => {
  const user = userEvent.setup()
  const { backend, store } = renderScreen()
  await store.load()
  await user.upload(screen.getByLabelText('Questionnaire file (.json)'), validFile('first.json'))
  await screen.findByText(/is loaded and kept on this device/, {}, SLOW)
  await user.upload(screen.getByLabelText('Questionnaire file (.json)'), validFile('second.json'))
  await screen.findByRole('heading', { name: 'minimal-example 0.1.0 is already loaded' }, SLOW)
  await user.click(screen.getByRole('button', { name: 'Keep the loaded one' }))
  expect(backend.dump()[KEY]).toMatchObject({ fileName: 'first.json' })

  await user.upload(screen.getByLabelText('Questionnaire file (.json)'), validFile('second.json'))
  await user.click(await screen.findByRole('button', { name: 'Replace it' }, SLOW))
  await screen.findByText(/is loaded and kept on this device/, {}, SLOW)
  expect(backend.dump()[KEY]).toMatchObject({ fileName: 'second.json' })
  expect(screen.getAllByTestId('questionnaire-minimal-example@0.1.0')).toHaveLength(1)
})

test('a questionnaire an assessment uses is not removed; an unused one is', async () => {
  const user = userEvent.setup()
  const using = makeAssessment({
    id: 'u1',
    questionnaire: { id: 'minimal-example', version: '0.1.0' },
  })
  const backend = createMemoryBackend({
    [KEY]: {
      savedAt: '2025-03-01T10:00:00.000Z',
      fileName: 'minimal.json',
      questionnaire: JSON.parse(MINIMAL),
    },
  })
  const app = createAppStore({ backend, channel: null })
  app.store.setState({ hydrated: true, assessments: { u1: using } })
  const store = createCustomQuestionnaireStore(backend)
  setCustomQuestionnaireStore(store)
  await store.load()
  render(
    <WorkspaceContext.Provider value={app.store}>
      <QuestionnairesScreen />
    </WorkspaceContext.Provider>,
  )
  const remove = screen.getByRole('button', {
    name: 'Remove Minimal example: participation in cooperation decisions',
  })
  await user.click(remove)
  expect(
    await screen.findByText(/was not removed: 1 assessment on this device uses it/),
  ).toBeInTheDocument()
  expect(backend.dump()[KEY]).toBeDefined()

  app.store.setState({ assessments: {} })
  await user.click(remove)
  await screen.findByText(/was removed\./)
  expect(backend.dump()[KEY]).toBeUndefined()
  expect(screen.queryByTestId('questionnaire-minimal-example@0.1.0')).not.toBeInTheDocument()
})
