// Validation messages and the error summary on the set-up form and the unit page, with a real
// store over an in-memory backend and the built-in questionnaire.
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '@/lib/i18n'
import { createAppStore, type AppStore } from '@/app/store'
import { createMemoryBackend } from '@/lib/storage'
import { WorkspaceContext } from '@/lib/ui/workspace'
import { SetupScreen } from '@/features/setup/setup-screen'
import { UnitScreen } from '@/features/unit/unit-screen'
import { loadBuiltInQuestionnaire } from '@/lib/questionnaire-source'
import { makeMeta } from '../fixtures/assessment'

// Typing whole forms in jsdom is slow on shared machines.
vi.setConfig({ testTimeout: 30_000 })

let app: AppStore
beforeEach(async () => {
  app = createAppStore({ backend: createMemoryBackend(), channel: null })
  await app.start()
  await loadBuiltInQuestionnaire()
  location.hash = ''
})
afterEach(() => app.storage.dispose())

function renderWith(ui: React.ReactNode) {
  return render(<WorkspaceContext.Provider value={app.store}>{ui}</WorkspaceContext.Provider>)
}

/** A new assessment of the built-in questionnaire, opened on one unit page; returns its id. */
async function openUnit(meta: Parameters<typeof makeMeta>[0], unitId: string): Promise<string> {
  const q = await loadBuiltInQuestionnaire()
  const id = app.store.getState().createAssessment({
    meta: makeMeta(meta),
    questionnaire: { id: q.id, version: q.version },
  })
  renderWith(<UnitScreen params={{ id, unitId }} query={new URLSearchParams()} />)
  return id
}

test('set-up: a failed submit lists every problem, takes focus, and each link focuses its field', async () => {
  const user = userEvent.setup()
  renderWith(<SetupScreen params={{}} query={new URLSearchParams()} />)
  await user.click(await screen.findByRole('button', { name: 'Create assessment' }))
  const summary = await screen.findByRole('alert')
  expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument()
  expect(
    within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent),
  ).toEqual([
    'Enter the name of the State assessed',
    'Select who is making this assessment',
    'Select at least one cooperation role',
    'Enter the start date of the period',
    'Enter the end date of the period',
    'Enter the organisation making the assessment',
  ])
  await waitFor(() => expect(summary).toHaveFocus())
  await user.click(
    within(summary).getByRole('link', { name: 'Select at least one cooperation role' }),
  )
  expect(screen.getByRole('checkbox', { name: 'Provider of cooperation' })).toHaveFocus()
  // The inline message is tied to its field group.
  expect(
    screen.getByRole('group', { name: 'Which cooperation roles does the State have?' }),
  ).toHaveAccessibleDescription(/Select at least one cooperation role/)
})

test('set-up: an end date before the start is refused, and a valid form creates the assessment', async () => {
  const user = userEvent.setup()
  renderWith(<SetupScreen params={{}} query={new URLSearchParams()} />)
  await user.type(await screen.findByRole('combobox', { name: 'State assessed' }), 'Türkiye')
  await user.click(screen.getByRole('radio', { name: 'State self-assessment' }))
  await user.click(screen.getByRole('checkbox', { name: 'Partner receiving cooperation' }))
  await user.type(screen.getByLabelText('From'), '2025-06-01')
  await user.type(screen.getByLabelText('To'), '2025-01-01')
  await user.type(
    screen.getByRole('textbox', { name: 'Organisation making the assessment' }),
    'Ministry of Foreign Affairs',
  )
  await user.click(screen.getByRole('button', { name: 'Create assessment' }))
  const summary = await screen.findByRole('alert')
  expect(
    within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent),
  ).toEqual(['The end of the period must be the same as or after its start'])
  await user.clear(screen.getByLabelText('To'))
  await user.type(screen.getByLabelText('To'), '2025-12-31')
  await user.click(screen.getByRole('button', { name: 'Create assessment' }))
  await waitFor(() => expect(Object.values(app.store.getState().assessments)).toHaveLength(1))
  const created = Object.values(app.store.getState().assessments)[0]
  expect(created?.meta).toMatchObject({
    state: 'Türkiye',
    respondent: 'state',
    roles: ['partner'],
    period: { from: '2025-06-01', to: '2025-12-31' },
  })
  expect(location.hash).toBe(`#/a/${created?.id}`)
})

test('unit page: invalid entries are listed on "Save and continue", fixed entries leave the list', async () => {
  const id = await openUnit({ respondent: 'shadow', roles: ['provider', 'partner'] }, '7.3')
  const user = userEvent.setup()
  const section = await screen.findByRole('region', { name: /7\.3-S2/ })
  await user.click(within(section).getByRole('checkbox', { name: 'Not applicable' }))
  await user.click(within(section).getByRole('button', { name: 'Add evidence' }))
  await user.selectOptions(
    within(section).getByRole('combobox', { name: 'Kind of evidence' }),
    'link',
  )
  const number = within(await screen.findByRole('region', { name: /7\.3-P1/ })).getByRole(
    'textbox',
    { name: 'Your answer' },
  )
  await user.type(number, '250')
  await user.click(screen.getByRole('button', { name: 'Save and continue' }))

  const summary = await screen.findByRole('alert')
  expect(
    within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent),
  ).toEqual([
    '7.3-S2: give a reason why the question does not apply',
    '7.3-S2: describe evidence 1',
    '7.3-S2: enter the web address of evidence 1',
    '7.3-P1: enter a number from 0 to 100',
  ])
  await user.click(within(summary).getByRole('link', { name: /give a reason/ }))
  const reason = within(section).getByRole('textbox', { name: 'Why does this question not apply?' })
  expect(reason).toHaveFocus()
  expect(reason).toHaveAccessibleDescription(/give a reason why the question does not apply/)

  await user.type(reason, 'The State makes no such agreements.')
  await waitFor(() =>
    expect(
      within(screen.getByRole('alert')).queryByRole('link', { name: /give a reason/ }),
    ).not.toBeInTheDocument(),
  )
  // Saved as typed (the page hands answers to the store once the change is painted): the stored
  // answer carries the special answer and its reason.
  await waitFor(() =>
    expect(app.store.getState().assessments[id]?.answers['7.3-S2']).toMatchObject({
      special: 'not-applicable',
      reason: 'The State makes no such agreements.',
    }),
  )
  // "Information not public" is offered in a shadow assessment.
  expect(
    within(section).getByRole('checkbox', { name: 'Information not public' }),
  ).toBeInTheDocument()
  // The number outside its range stayed on the page with its error and was not stored (an export
  // holding it could not be imported again); corrected, it is stored.
  const storedNumber = () => app.store.getState().assessments[id]?.answers['7.3-P1']
  expect(storedNumber()?.value).toBeUndefined()
  expect(number).toHaveValue('250')
  await user.clear(number)
  await user.type(number, '50')
  await waitFor(() => expect(storedNumber()?.value).toBe(50))
})

test('unit page: questions outside the roles are collapsed with the reason, and a self-assessment has no "not public"', async () => {
  await openUnit({ respondent: 'state', roles: ['partner'] }, '7.1')
  await screen.findByRole('region', { name: /7\.1-S1/ })
  expect(screen.queryByRole('region', { name: /7\.1-P3/ })).not.toBeInTheDocument()
  expect(
    screen.getByText('1 question is not asked for the chosen cooperation roles'),
  ).toBeInTheDocument()
  expect(screen.getByText('Asked of: Provider of cooperation.')).toBeInTheDocument()
  expect(screen.queryByRole('checkbox', { name: 'Information not public' })).not.toBeInTheDocument()
})

test('unit page: Enter in a one-line field submits the page, as "Save and continue" does', async () => {
  await openUnit({ respondent: 'shadow', roles: ['provider', 'partner'] }, '7.3')
  const user = userEvent.setup()
  const question = await screen.findByRole('region', { name: /7\.3-P1/ })
  // The question's own form has more than one one-line field, where a browser submits nothing.
  await user.click(within(question).getByRole('button', { name: 'Add evidence' }))
  const number = within(question).getByRole('textbox', { name: 'Your answer' })
  await user.type(number, '250{Enter}')
  const summary = await screen.findByRole('alert')
  expect(
    within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent),
  ).toEqual(['7.3-P1: enter a number from 0 to 100', '7.3-P1: describe evidence 1'])

  await user.click(within(question).getByRole('button', { name: 'Remove evidence 1' }))
  await user.clear(number)
  await user.type(number, '50{Enter}')
  await waitFor(() => expect(location.hash).toMatch(/\/unit\/7\.4$/))
})
