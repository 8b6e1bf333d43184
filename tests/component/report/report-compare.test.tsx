// The report screen's comparison choice: it offers only the other assessments of the same
// questionnaire (same id and version), says so when there is none, and hands the chosen one to
// the report builder through `save`. The chapter itself is checked in tests/unit/report.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '@/lib/i18n'
import { validateQuestionnaire, type Questionnaire } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
import { ReportView } from '@/features/report/report-screen'
import type { ReportChoices } from '@/features/report/report-options'
import type { SaveReport } from '@/features/report/save-report'
import { makeAssessment, makeMeta } from '../fixtures/assessment'

let questionnaire: Questionnaire
let own: Assessment
let stateSelf: Assessment
let otherVersion: Assessment
let otherQuestionnaire: Assessment
beforeAll(() => {
  const result = validateQuestionnaire(
    JSON.parse(readFileSync('questionnaires/international-solidarity-7-9.json', 'utf8')),
  )
  if (!result.ok) throw new Error('the built-in questionnaire does not validate')
  questionnaire = result.questionnaire
  const same = { id: questionnaire.id, version: questionnaire.version }
  own = makeAssessment({ id: 'own', questionnaire: same, meta: makeMeta({ respondent: 'shadow' }) })
  stateSelf = makeAssessment({
    id: 'state',
    name: 'Ruritania ministry',
    questionnaire: same,
    meta: makeMeta({ respondent: 'state', organisation: 'Ministry of Foreign Affairs' }),
  })
  otherVersion = makeAssessment({
    id: 'old-version',
    name: 'Old version',
    questionnaire: { id: questionnaire.id, version: '0.0.1' },
  })
  otherQuestionnaire = makeAssessment({
    id: 'custom',
    name: 'Custom questionnaire',
    questionnaire: { id: 'someone-else', version: questionnaire.version },
  })
})

function renderView(library: Assessment[], save: SaveReport = vi.fn(async () => 'file.pdf')) {
  render(
    <ReportView assessment={own} questionnaire={questionnaire} library={library} save={save} />,
  )
  return screen.getByRole('combobox', { name: 'Add a comparison with another assessment' })
}

describe('comparison with another assessment', () => {
  test('lists only the other assessments of the same questionnaire, and none by default', () => {
    const select = renderView([own, stateSelf, otherVersion, otherQuestionnaire])
    const options = within(select).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual([
      'No comparison',
      expect.stringMatching(/^Ruritania ministry — .*Ministry of Foreign Affairs/),
    ])
    expect(select).toHaveValue('')
    expect(select).toBeEnabled()
  })

  test('says there is nothing to compare with when no other assessment fits', () => {
    const select = renderView([own, otherVersion, otherQuestionnaire])
    expect(select).toBeDisabled()
    expect(select).toHaveAccessibleDescription(
      /No other assessment in your library answers this questionnaire/,
    )
  })

  test('passes the chosen assessment to the report, and nothing when none is chosen', async () => {
    const user = userEvent.setup()
    const save = vi.fn<SaveReport>(async () => 'file.pdf')
    const select = renderView([own, stateSelf, otherQuestionnaire], save)
    const submit = screen.getByRole('button', { name: 'Download the report (PDF)' })

    await user.click(submit)
    await screen.findByText(/The report is ready/)
    expect((save.mock.calls[0]?.[2] as ReportChoices).comparison).toBeUndefined()

    await user.selectOptions(select, 'state')
    await user.click(submit)
    await screen.findByText(/The report is ready/)
    const choices = save.mock.calls[1]?.[2] as ReportChoices
    expect(choices.comparison?.assessment.id).toBe('state')
    expect(choices.comparison?.questionnaire).toBe(questionnaire)
    expect(save.mock.calls[1]?.[1]).toBe(own)
  })
})
