// Choosing what to compare: the form refuses an incomplete or impossible choice with an error
// summary, and puts the State's self-assessment first whichever way round the user picked them.
import { afterEach, expect, test, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '@/lib/i18n'
import { createAppStore } from '@/app/store'
import { createMemoryBackend } from '@/lib/storage'
import { registerRouteIds } from '@/lib/ui/navigation'
import { WorkspaceContext } from '@/lib/ui/workspace'
import { CompareScreen } from '@/features/compare/compare-screen'
import { makeAssessment, makeMeta } from '../fixtures/assessment'
import { shadowAssessment, stateAssessment } from './fixtures'

// Rendering a whole comparison or merge preview in jsdom takes seconds on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 })

afterEach(() => history.replaceState(null, '', '#/'))

function renderScreen(query = '') {
  registerRouteIds(['compare', 'rounds'])
  const app = createAppStore({ backend: createMemoryBackend(), channel: null })
  const other = makeAssessment({
    id: 'other-questionnaire',
    questionnaire: { id: 'another', version: '2.0.0' },
    meta: makeMeta({ state: 'Freedonia' }),
  })
  app.store.setState({
    hydrated: true,
    assessments: {
      [stateAssessment.id]: stateAssessment,
      [shadowAssessment.id]: shadowAssessment,
      [other.id]: other,
    },
  })
  render(
    <WorkspaceContext.Provider value={app.store}>
      <CompareScreen params={{}} query={new URLSearchParams(query)} />
    </WorkspaceContext.Provider>,
  )
}

test('an incomplete choice is refused with an error summary linked to the fields', async () => {
  const user = userEvent.setup()
  renderScreen()
  await user.click(screen.getByRole('button', { name: 'Compare' }))
  const summary = screen.getByRole('alert')
  expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument()
  expect(summary).toHaveFocus()
  await user.click(within(summary).getByRole('link', { name: 'Choose the first assessment' }))
  expect(screen.getByRole('combobox', { name: /First assessment/ })).toHaveFocus()
  expect(location.hash).not.toContain('?a=')
})

test('two assessments of different questionnaires cannot be compared', async () => {
  const user = userEvent.setup()
  renderScreen()
  await user.selectOptions(
    screen.getByRole('combobox', { name: /First assessment/ }),
    stateAssessment.id,
  )
  await user.selectOptions(
    screen.getByRole('combobox', { name: /Second assessment/ }),
    'other-questionnaire',
  )
  await user.click(screen.getByRole('button', { name: 'Compare' }))
  expect(
    within(screen.getByRole('alert')).getByRole('link', {
      name: /answer different questionnaires/,
    }),
  ).toBeInTheDocument()
})

test('the self-assessment goes first even when the shadow assessment was picked first', async () => {
  const user = userEvent.setup()
  renderScreen()
  await user.selectOptions(
    screen.getByRole('combobox', { name: /First assessment/ }),
    shadowAssessment.id,
  )
  await user.selectOptions(
    screen.getByRole('combobox', { name: /Second assessment/ }),
    stateAssessment.id,
  )
  await user.click(screen.getByRole('button', { name: 'Compare' }))
  expect(location.hash).toBe(`#/compare?a=${stateAssessment.id}&b=${shadowAssessment.id}`)
})

test('a link to a comparison whose assessment is gone says so and offers the form', () => {
  renderScreen(`a=${stateAssessment.id}&b=deleted-one`)
  expect(screen.getByRole('alert')).toHaveTextContent(
    'One of the assessments to compare is no longer on this device.',
  )
  expect(screen.getByRole('combobox', { name: /First assessment/ })).toHaveValue(stateAssessment.id)
})
