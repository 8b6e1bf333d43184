// The report options form as a user meets it: labelled choices grouped under legends, defaults
// that follow who made the assessment (an NGO's confidential sources are left out unless it says
// otherwise), the language note when the report wording is not translated, a progress message
// while the PDF is made, the file name once saved, and a failure that explains itself. The PDF
// itself is checked end to end (tests/e2e/report.e2e.ts); here `save` is a stand-in.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import '@/lib/i18n'
import { validateQuestionnaire, type Questionnaire } from '@/domain/questionnaire'
import { Assessment } from '@/domain/assessment/schema'
import { REPORT_LANGUAGES } from '@/domain/report'
import { ReportView } from '@/features/report/report-screen'
import {
  reportFileName,
  reportLanguageChoices,
  type ReportChoices,
} from '@/features/report/report-options'
import type { SaveReport } from '@/features/report/save-report'
import { makeAssessment, makeMeta } from '../fixtures/assessment'

let questionnaire: Questionnaire
let example: Assessment
beforeAll(() => {
  const result = validateQuestionnaire(
    JSON.parse(readFileSync('questionnaires/international-solidarity-7-9.json', 'utf8')),
  )
  if (!result.ok) throw new Error('the built-in questionnaire does not validate')
  questionnaire = result.questionnaire
  example = Assessment.parse(
    JSON.parse(
      readFileSync('questionnaires/examples/example-partner-shadow.assessment.json', 'utf8'),
    ),
  )
})

function blank(respondent: 'state' | 'shadow', language = 'en'): Assessment {
  return makeAssessment({
    id: `blank-${respondent}`,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    meta: makeMeta({ respondent, language, organisation: 'Civic Watch' }),
  })
}

function renderView(assessment: Assessment, save: SaveReport = vi.fn(async () => 'file.pdf')) {
  render(<ReportView assessment={assessment} questionnaire={questionnaire} save={save} />)
  const contents = screen.getByRole('group', { name: 'What to put in the report' })
  return {
    annex: within(contents).getByRole('checkbox', { name: 'Include the answers annex' }),
    confidential: within(contents).getByRole('checkbox', {
      name: 'Leave out confidential evidence',
    }),
    anonymous: within(contents).getByRole('checkbox', {
      name: 'Leave the author and organisation out',
    }),
    language: screen.getByRole('group', { name: /Language of the report/ }),
    submit: screen.getByRole('button', { name: 'Download the report (PDF)' }),
  }
}

describe('defaults follow who made the assessment', () => {
  test('an NGO shadow assessment leaves confidential evidence out; the annex is in; the author is named', () => {
    const form = renderView(example)
    expect(
      screen.getByRole('heading', { level: 1, name: 'Download the report' }),
    ).toBeInTheDocument()
    expect(form.annex).toBeChecked()
    expect(form.confidential).toBeChecked()
    expect(form.anonymous).not.toBeChecked()
    // The hint counts the confidential sources of this assessment (the example has one).
    expect(form.confidential).toHaveAccessibleDescription(
      '1 piece of evidence is marked confidential. Left out, the report only says how many sources were withheld.',
    )
    expect(form.anonymous).toHaveAccessibleDescription(
      /do not name Sahelian League for Civic Rights \(fictional NGO\) or the author/,
    )
    // Finished: no "not finished" note.
    expect(screen.queryByTestId('report-incomplete')).not.toBeInTheDocument()
  })

  test('a State self-assessment keeps confidential evidence unless asked; the unfinished state is said', () => {
    const form = renderView(blank('state'))
    expect(form.annex).toBeChecked()
    expect(form.confidential).not.toBeChecked()
    expect(form.anonymous).not.toBeChecked()
    expect(form.confidential).toHaveAccessibleDescription(
      'No evidence in this assessment is marked confidential.',
    )
    expect(screen.getByTestId('report-incomplete')).toHaveTextContent(
      'This assessment is not finished: 0% of the questions that apply are answered.',
    )
    expect(
      screen.getByText(/made here, in your browser: nothing is sent anywhere/),
    ).toBeInTheDocument()
  })

  test('the report language starts as the assessment’s, among the four languages of the questionnaire', () => {
    const form = renderView(blank('shadow', 'es'))
    const radios = within(form.language).getAllByRole('radio')
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['en', 'fr', 'es', 'ar'])
    expect(within(form.language).getByRole('radio', { name: /^español$/i })).toBeChecked()
    expect(within(form.language).getByRole('radio', { name: 'العربية' })).not.toBeChecked()
  })
})

test('choosing a language without report wording says the headings will be in English', async () => {
  const user = userEvent.setup()
  const form = renderView(blank('shadow'))
  const fallback = /headings and explanations are not yet available in français/i
  expect(within(form.language).getByRole('radio', { name: 'English' })).toBeChecked()
  expect(screen.queryByText(fallback)).not.toBeInTheDocument()
  await user.click(within(form.language).getByRole('radio', { name: /^français$/i }))
  // Only while the report module has no French catalog; then the note must not appear at all.
  if (REPORT_LANGUAGES.includes('fr')) expect(screen.queryByText(fallback)).not.toBeInTheDocument()
  else expect(screen.getByText(fallback)).toBeInTheDocument()
  await user.click(within(form.language).getByRole('radio', { name: 'English' }))
  expect(screen.queryByText(fallback)).not.toBeInTheDocument()
})

test('languages: the four the questionnaire has, English always, each marked with or without report wording', () => {
  expect(reportLanguageChoices({ languages: ['en', 'fr', 'es', 'ar'] }, ['en', 'ar'])).toEqual([
    { code: 'en', hasWording: true },
    { code: 'fr', hasWording: false },
    { code: 'es', hasWording: false },
    { code: 'ar', hasWording: true },
  ])
  // A custom questionnaire in French and Portuguese: Portuguese is not offered, English is.
  expect(reportLanguageChoices({ languages: ['fr', 'pt'] }, ['en']).map((l) => l.code)).toEqual([
    'en',
    'fr',
  ])
})

test('Download passes the chosen options, says the PDF is being made, then names the file', async () => {
  const user = userEvent.setup()
  let finish: (name: string) => void = () => undefined
  const save = vi.fn<SaveReport>(() => new Promise<string>((resolve) => (finish = resolve)))
  const assessment = blank('shadow')
  const form = renderView(assessment, save)
  await user.click(form.annex)
  await user.click(form.confidential)
  await user.click(form.anonymous)
  await user.click(within(form.language).getByRole('radio', { name: 'العربية' }))
  await user.click(form.submit)

  const status = screen.getByRole('status')
  expect(status).toHaveTextContent('Making the report on this device…')
  expect(form.submit).toHaveAttribute('aria-disabled', 'true')
  // A second click while the PDF is being made does not start another.
  await user.click(form.submit)
  expect(save).toHaveBeenCalledTimes(1)
  const expected: ReportChoices = {
    language: 'ar',
    includeAnswersAnnex: false,
    omitConfidentialEvidence: false,
    omitAuthorAndOrganisation: true,
  }
  expect(save).toHaveBeenCalledWith(questionnaire, assessment, expected)

  finish(reportFileName(assessment.meta))
  expect(
    await screen.findByText(
      'The report is ready: your browser is saving it as ruritania-2024-assessment-report.pdf.',
    ),
  ).toBeInTheDocument()
  expect(status).not.toHaveTextContent('Making the report')
  expect(form.submit).not.toHaveAttribute('aria-disabled')
})

test('a failure is explained, loses nothing and can be retried', async () => {
  const user = userEvent.setup()
  const save = vi
    .fn<SaveReport>()
    .mockRejectedValueOnce(new Error('The report font could not be loaded (404 Not Found).'))
    .mockResolvedValueOnce('ruritania-2024-assessment-report.pdf')
  const form = renderView(blank('state'), save)
  await user.click(form.submit)
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(
    'The report could not be made (The report font could not be loaded (404 Not Found).). Nothing is lost: your assessment is unchanged.',
  )
  await user.click(form.submit)
  expect(
    await screen.findByText(/your browser is saving it as ruritania-2024-assessment-report\.pdf/),
  ).toBeInTheDocument()
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

describe('file name', () => {
  const meta = (state: string, from = '2023-01-01', to = '2025-12-31') => ({
    state,
    period: { from, to },
  })

  test('is <state>-<period>-assessment-report.pdf with whole years shortened', () => {
    expect(reportFileName(meta('Republic of Nordavia (fictional example)'))).toBe(
      'republic-of-nordavia-fictional-example-2023-2025-assessment-report.pdf',
    )
    expect(reportFileName(meta('Norway', '2024-01-01', '2024-12-31'))).toBe(
      'norway-2024-assessment-report.pdf',
    )
    expect(reportFileName(meta('Norway', '2024-03-01', '2025-02-28'))).toBe(
      'norway-2024-03-01-to-2025-02-28-assessment-report.pdf',
    )
  })

  test('drops accents and anything a file system could misread, keeps other scripts', () => {
    expect(reportFileName(meta('Côte d’Ivoire'))).toBe(
      'cote-d-ivoire-2023-2025-assessment-report.pdf',
    )
    expect(reportFileName(meta('../../etc/passwd\\:*?"<>|'))).toBe(
      'etc-passwd-2023-2025-assessment-report.pdf',
    )
    expect(reportFileName(meta('المغرب'))).toBe('المغرب-2023-2025-assessment-report.pdf')
    expect(reportFileName(meta('🙂 ... '))).toBe('state-2023-2025-assessment-report.pdf')
    const long = reportFileName(meta('A'.repeat(500)))
    expect(long).toBe(`${'a'.repeat(60)}-2023-2025-assessment-report.pdf`)
  })
})
