// Importing section files into an assessment, as a focal point does it: nothing changes before
// "Apply merge"; the preview says for each question whether its answer is new, identical or in
// conflict; "Apply merge" stays disabled until every conflict is resolved; the result is what the
// preview showed, with a snapshot of the previous version; "Undo merge" puts that version back.
import { beforeAll, expect, test, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '@/lib/i18n'
import type { Answer, Assessment } from '@/domain/assessment/schema'
import { encryptFile } from '@/domain/files'
import { createAppStore } from '@/app/store'
import { createMemoryBackend } from '@/lib/storage'
import {
  createDeviceStorage,
  DeviceStorageContext,
  type DeviceStorage,
} from '@/lib/storage/device-storage'
import { registerQuestionnaire } from '@/lib/questionnaire-source'
import { WorkspaceContext } from '@/lib/ui/workspace'
import { MergeScreen } from '@/features/merge/merge-screen'
import { makeAssessment, makeMeta } from '../fixtures/assessment'
import { questionnaire } from '../compare/fixtures'

// Rendering a whole comparison or merge preview in jsdom takes seconds on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 })

beforeAll(() => registerQuestionnaire(questionnaire))

const ev = (id: string, text: string) => [
  { id, kind: 'document' as const, text, confidential: false },
]

/** The focal point's copy: one answer already given. */
const base = makeAssessment({
  id: 'focal',
  questionnaire: { id: 'fixture', version: '1.0.0' },
  meta: makeMeta({ respondent: 'state', organisation: 'Ministry of Foreign Affairs' }),
  answers: { '8.1-S1': { value: 'no', evidence: ev('b1', 'Legal review 2023') } },
})

function sectionFile(id: string, answers: Record<string, Answer>): File {
  const a: Assessment = { ...base, id, answers }
  return new File([JSON.stringify(a)], `${id}.json`, { type: 'application/json' })
}

/** Department A answers unit 7.1; department B answers 7.2, repeats 8.1-S1 and answers 7.1-S1 differently. */
const fileA = () =>
  sectionFile('dept-a', {
    '7.1-S1': { value: 'yes', evidence: ev('a1', 'Policy act, section 4') },
    '7.1-P1': { value: 3, evidence: ev('a2', 'Annual report') },
  })
const fileB = () =>
  sectionFile('dept-b', {
    '7.1-S1': {
      value: 'partly',
      evidence: ev('c1', 'Audit finding 12'),
      comment: 'Only for bilateral aid',
    },
    '7.2-S1': { value: 'yes', evidence: ev('c2', 'Gender strategy') },
    '8.1-S1': { value: 'no', evidence: ev('b1', 'Legal review 2023') },
  })

function renderMerge(): { app: ReturnType<typeof createAppStore>; device: DeviceStorage } {
  const backend = createMemoryBackend()
  const app = createAppStore({ backend, channel: null })
  app.store.setState({ hydrated: true, assessments: { [base.id]: base } })
  const device = createDeviceStorage({ backend, library: app.storage })
  render(
    <WorkspaceContext.Provider value={app.store}>
      <DeviceStorageContext.Provider value={device}>
        <MergeScreen params={{ id: base.id }} query={new URLSearchParams()} />
      </DeviceStorageContext.Provider>
    </WorkspaceContext.Provider>,
  )
  return { app, device }
}

async function previewBoth(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(screen.getByLabelText('Section files'), [fileA(), fileB()])
  await user.click(screen.getByRole('button', { name: 'Preview the merge' }))
  return screen.findByRole('heading', { name: 'What the merge would do' })
}

test('the preview lists each question as new, identical or in conflict, and changes nothing', async () => {
  const user = userEvent.setup()
  const { app } = renderMerge()
  await previewBoth(user)
  expect(screen.getByTestId('merge-counts')).toHaveTextContent('2 new, 1 identical, 1 in conflict.')
  const conflict = screen.getByRole('group', {
    name: /Question 7\.1-S1: which answer do you want to keep\?/,
  })
  // No current answer to keep: the choice is between the two files, shown side by side.
  expect(
    within(conflict).queryByRole('radio', { name: 'Keep the current answer' }),
  ).not.toBeInTheDocument()
  expect(
    within(conflict).getByRole('radio', { name: 'Take the answer of File 1' }),
  ).not.toBeChecked()
  expect(
    within(conflict).getByRole('radio', { name: 'Take the answer of File 2' }),
  ).not.toBeChecked()
  expect(within(conflict).getByText('Yes')).toBeInTheDocument()
  expect(within(conflict).getByText('Partly')).toBeInTheDocument()
  expect(within(conflict).getByText(/Audit finding 12/)).toBeInTheDocument()
  const newRegion = screen.getByRole('region', { name: '2 new answers' })
  const newAnswers = within(newRegion)
  expect(
    [...newRegion.querySelectorAll('li[data-question-id]')].map((li) =>
      li.getAttribute('data-question-id'),
    ),
  ).toEqual(['7.1-P1', '7.2-S1'])
  expect(newAnswers.getByText('From File 2 (dept-b.json)')).toBeInTheDocument()
  expect(app.store.getState().assessments[base.id]).toBe(base)
})

test('"Apply merge" waits for every conflict; the result is the preview with the chosen answer', async () => {
  const user = userEvent.setup()
  const { app, device } = renderMerge()
  await previewBoth(user)
  const apply = screen.getByRole('button', { name: 'Apply merge' })
  expect(apply).toBeDisabled()
  expect(screen.getByText('1 conflict is not resolved yet.')).toBeInTheDocument()

  await user.click(screen.getByRole('radio', { name: 'Take the answer of File 2' }))
  expect(screen.getByText('Every conflict is resolved.')).toBeInTheDocument()
  expect(apply).toBeEnabled()
  await user.click(apply)

  await screen.findByRole('heading', { name: 'Merge applied' })
  const merged = app.store.getState().assessments[base.id]
  expect(merged?.answers).toEqual({
    '7.1-S1': {
      value: 'partly',
      evidence: ev('c1', 'Audit finding 12'),
      comment: 'Only for bilateral aid',
    },
    '7.1-P1': { value: 3, evidence: ev('a2', 'Annual report') },
    '7.2-S1': { value: 'yes', evidence: ev('c2', 'Gender strategy') },
    '8.1-S1': { value: 'no', evidence: ev('b1', 'Legal review 2023') },
  })
  expect(merged?.meta).toEqual(base.meta)
  const changes = within(screen.getByTestId('merge-changes'))
  expect(
    changes
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.getAttribute('data-question-id')),
  ).toEqual(['7.1-S1', '7.1-P1', '7.2-S1'])

  // The previous version was kept on the device before anything changed.
  const snapshots = await device.snapshots.list()
  expect(snapshots).toHaveLength(1)
  expect(snapshots[0]?.assessments[0]?.answers).toEqual(base.answers)

  await user.click(screen.getByRole('button', { name: 'Undo merge' }))
  await screen.findByRole('heading', { name: /Merge undone/ })
  expect(app.store.getState().assessments[base.id]?.answers).toEqual(base.answers)
})

test('a conflict with the current answer offers to keep it, and keeping it changes nothing there', async () => {
  const user = userEvent.setup()
  const { app } = renderMerge()
  const contrary = sectionFile('dept-c', {
    '8.1-S1': { value: 'partly', evidence: ev('d1', 'New law draft') },
  })
  await user.upload(screen.getByLabelText('Section files'), [contrary])
  await user.click(screen.getByRole('button', { name: 'Preview the merge' }))
  const conflict = await screen.findByRole('group', { name: /Question 8\.1-S1/ })
  const keep = within(conflict).getByRole('radio', { name: 'Keep the current answer' })
  expect(within(conflict).getByText(/Legal review 2023/)).toBeInTheDocument()
  expect(within(conflict).getByText(/New law draft/)).toBeInTheDocument()
  await user.click(keep)
  await user.click(screen.getByRole('button', { name: 'Apply merge' }))
  await screen.findByRole('heading', { name: 'Merge applied' })
  expect(screen.getByTestId('merge-applied-count')).toHaveTextContent('No answer changed')
  expect(app.store.getState().assessments[base.id]?.answers).toEqual(base.answers)
})

test('a file that is not an assessment file is named in the error summary and nothing changes', async () => {
  const user = userEvent.setup()
  const { app } = renderMerge()
  const broken = new File(['{"not": "an assessment"'], 'notes.json', { type: 'application/json' })
  await user.upload(screen.getByLabelText('Section files'), [fileA(), broken])
  await user.click(screen.getByRole('button', { name: 'Preview the merge' }))
  const summary = await screen.findByRole('alert')
  expect(within(summary).getByRole('link', { name: /^notes\.json: / })).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: 'What the merge would do' })).not.toBeInTheDocument()
  expect(app.store.getState().assessments[base.id]).toBe(base)
})

test('choosing no file is refused with an error summary', async () => {
  const user = userEvent.setup()
  renderMerge()
  await user.click(screen.getByRole('button', { name: 'Preview the merge' }))
  const summary = screen.getByRole('alert')
  await user.click(within(summary).getByRole('link', { name: 'Choose at least one section file' }))
  expect(screen.getByLabelText('Section files')).toHaveFocus()
})

// Encrypted section files: each department protects its file with its own passphrase. Keys are
// derived with the real 600,000 PBKDF2 rounds (decryptFile refuses fewer), so the files are made
// once here and each test opens them as a user would.
const PASSPHRASE_C = 'harbour lantern quietly'
const PASSPHRASE_D = 'seven orchards in autumn'
let encryptedC = ''
let encryptedD = ''
beforeAll(async () => {
  const c: Assessment = {
    ...base,
    id: 'dept-c',
    answers: { '8.1-P1': { value: 2, evidence: ev('e1', 'Treaty ratification record') } },
  }
  const d: Assessment = {
    ...base,
    id: 'dept-d',
    answers: { '7.2-P1': { value: 2, evidence: ev('f1', 'Budget line 14') } },
  }
  ;[encryptedC, encryptedD] = await Promise.all([
    encryptFile(JSON.stringify(c), PASSPHRASE_C),
    encryptFile(JSON.stringify(d), PASSPHRASE_D),
  ])
})
const fileC = () => new File([encryptedC], 'dept-c.isa', { type: 'text/plain' })
const fileD = () => new File([encryptedD], 'dept-d.isa', { type: 'text/plain' })

test('an encrypted file is opened with its passphrase, and its answers join the preview with the plain file', async () => {
  const user = userEvent.setup()
  const { app } = renderMerge()
  await user.upload(screen.getByLabelText('Section files'), [fileA(), fileC()])
  await user.click(screen.getByRole('button', { name: 'Preview the merge' }))
  const step = await screen.findByRole('heading', { name: 'Encrypted files' })
  await waitFor(() => expect(step).toHaveFocus())
  // Only the encrypted file asks for a passphrase; the plain one is named as still chosen.
  expect(screen.getAllByLabelText(/^Passphrase for /)).toHaveLength(1)
  expect(screen.getByText('Also chosen, not encrypted: dept-a.json.')).toBeInTheDocument()

  await user.type(screen.getByLabelText('Passphrase for dept-c.isa'), PASSPHRASE_C)
  const open = screen.getByRole('button', { name: 'Open and preview the merge' })
  await user.click(open)
  // Deriving the key takes a moment: the step says so and cannot be submitted twice.
  expect(open).toBeDisabled()
  expect(open.closest('form')).toHaveAttribute('aria-busy', 'true')
  expect(screen.getByRole('status')).toHaveTextContent('Opening the encrypted files')

  await screen.findByRole('heading', { name: 'What the merge would do' })
  const sources = within(screen.getByRole('table', { name: 'Files to merge' }))
  expect(sources.getByRole('rowheader', { name: 'File 1 (dept-a.json)' })).toBeInTheDocument()
  expect(sources.getByRole('rowheader', { name: 'File 2 (dept-c.isa)' })).toBeInTheDocument()
  const fresh = screen.getByRole('region', { name: '3 new answers' })
  expect(
    [...fresh.querySelectorAll('li[data-question-id]')].map((li) =>
      li.getAttribute('data-question-id'),
    ),
  ).toEqual(['7.1-S1', '7.1-P1', '8.1-P1'])
  expect(within(fresh).getByText(/Treaty ratification record/)).toBeInTheDocument()
  expect(within(fresh).getByText('From File 2 (dept-c.isa)')).toBeInTheDocument()
  expect(app.store.getState().assessments[base.id]).toBe(base)
})

test('an empty or wrong passphrase is an error on its field and in the summary; the right one then opens the file', async () => {
  const user = userEvent.setup()
  const { app } = renderMerge()
  await user.upload(screen.getByLabelText('Section files'), [fileC(), fileA()])
  await user.click(screen.getByRole('button', { name: 'Preview the merge' }))
  await screen.findByRole('heading', { name: 'Encrypted files' })
  const open = screen.getByRole('button', { name: 'Open and preview the merge' })

  await user.click(open)
  let summary = await screen.findByRole('alert')
  await user.click(
    within(summary).getByRole('link', { name: 'Enter the passphrase for dept-c.isa' }),
  )
  const field = screen.getByLabelText('Passphrase for dept-c.isa')
  expect(field).toHaveFocus()
  expect(field).toHaveAccessibleDescription(/Enter the passphrase for dept-c\.isa/)

  await user.type(field, 'harbour lantern loudly')
  await user.keyboard('{Enter}')
  const wrong =
    'The passphrase for dept-c.isa is wrong or the file was altered; type the passphrase again'
  summary = await screen.findByRole('alert', {}, { timeout: 15_000 })
  await waitFor(() =>
    expect(within(summary).getByRole('link', { name: wrong })).toBeInTheDocument(),
  )
  expect(field).toHaveAttribute('aria-invalid', 'true')
  expect(field).toHaveAccessibleDescription(new RegExp(wrong.replace(/[.]/g, '\\.')))
  // What was typed stays, to be corrected; the plain file is still chosen.
  expect(field).toHaveValue('harbour lantern loudly')
  expect(screen.getByText('Also chosen, not encrypted: dept-a.json.')).toBeInTheDocument()
  expect(open).toBeEnabled()

  await user.clear(field)
  await user.type(field, PASSPHRASE_C)
  await user.click(open)
  await screen.findByRole('heading', { name: 'What the merge would do' }, { timeout: 15_000 })
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  expect(screen.getByTestId('merge-counts')).toHaveTextContent('3 new, 0 identical, 0 in conflict.')
  expect(app.store.getState().assessments[base.id]).toBe(base)
})

test('two encrypted files: the one opened stays open while the other passphrase is retried; "Choose other files" goes back', async () => {
  const user = userEvent.setup()
  renderMerge()
  await user.upload(screen.getByLabelText('Section files'), [fileC(), fileD()])
  await user.click(screen.getByRole('button', { name: 'Preview the merge' }))
  await screen.findByRole('heading', { name: 'Encrypted files' })
  expect(screen.queryByText(/Also chosen/)).not.toBeInTheDocument()
  await user.type(screen.getByLabelText('Passphrase for dept-c.isa'), PASSPHRASE_C)
  await user.type(screen.getByLabelText('Passphrase for dept-d.isa'), PASSPHRASE_C)
  await user.click(screen.getByRole('button', { name: 'Open and preview the merge' }))

  const summary = await screen.findByRole('alert', {}, { timeout: 15_000 })
  expect(within(summary).getAllByRole('link')).toHaveLength(1)
  expect(
    within(summary).getByRole('link', { name: /^The passphrase for dept-d\.isa is wrong/ }),
  ).toBeInTheDocument()
  expect(screen.getByText('dept-c.isa is open.')).toBeInTheDocument()
  expect(screen.queryByLabelText('Passphrase for dept-c.isa')).not.toBeInTheDocument()

  // Going back forgets the files and what was typed; choosing again starts afresh.
  await user.click(screen.getByRole('button', { name: 'Choose other files' }))
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  await user.upload(screen.getByLabelText('Section files'), [fileD()])
  await user.click(screen.getByRole('button', { name: 'Preview the merge' }))
  const field = await screen.findByLabelText('Passphrase for dept-d.isa')
  expect(field).toHaveValue('')
  await user.type(field, PASSPHRASE_D)
  await user.click(screen.getByRole('button', { name: 'Open and preview the merge' }))
  await screen.findByRole('heading', { name: 'What the merge would do' }, { timeout: 15_000 })
  expect(screen.getByTestId('merge-counts')).toHaveTextContent('1 new, 0 identical, 0 in conflict.')
})
