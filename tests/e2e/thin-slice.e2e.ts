// The thin slice of issue 2, one path through every layer in Chromium on a fresh profile: set-up
// form → question page (react-hook-form + zod) → zustand store persisted on the device → reload →
// domain scoring shown on the results page with a recharts chart → "Download report" → a PDF made
// with jsPDF whose text holds the State and the evidence typed at the start. Each step checks what
// the next one relies on, so the test fails wherever the chain breaks.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser } from 'playwright-core'
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  type Assessment,
} from '@/domain/assessment/schema'
import { validateQuestionnaire, type Questionnaire } from '@/domain/questionnaire'
import { formatScore, scoreAssessment } from '@/domain/scoring'
import { en } from '@/lib/i18n/catalogs/en'
import { reportFileName } from '@/features/report/report-options'
import { flat, pdftotext } from '../unit/report/pdf-tools'
import { BASE_URL, launchBrowser, newWatchedPage, type Watched } from './support/browser'

const STATE = 'Ghana'
const ORGANISATION = 'Ministry of Foreign Affairs, Development Cooperation Directorate'
const PERIOD = { from: '2024-01-01', to: '2024-12-31' }
const CITATION = 'Cooperation Act 2019, section 4(2), thin slice citation'

let browser: Browser
let w: Watched
let questionnaire: Questionnaire
beforeAll(async () => {
  const result = validateQuestionnaire(
    JSON.parse(readFileSync('questionnaires/international-solidarity-7-9.json', 'utf8')),
  )
  if (!result.ok) throw new Error('the built-in questionnaire does not validate')
  questionnaire = result.questionnaire
  browser = await launchBrowser()
  w = await newWatchedPage(browser, { viewport: { width: 1280, height: 900 } })
})
afterAll(async () => {
  await w?.context.close()
  await browser?.close()
})

test('set up, answer with evidence, reload, see the engine’s score and a chart, download the PDF', async () => {
  const { page } = w
  const firstUnit = questionnaire.articles[0]?.units[0]
  // A maturity question: level 3 scores 75 with evidence but is capped at 50 without, so the
  // evidence must reach the engine for the score below to match.
  const question = firstUnit?.questions.find(
    (q) => q.answer.type === 'maturity' && q.roles.includes('provider'),
  )
  if (!firstUnit || !question)
    throw new Error('the first unit has no maturity question for providers')
  const section = page.locator(`section[id="q-${question.id}"]`)
  const level3 = section.locator(`[id="q-${question.id}-value-3"]`)

  // 1. Set-up on a fresh profile.
  await page.goto(BASE_URL)
  await page.getByRole('link', { name: en.library.new }).click()
  await page.getByRole('heading', { level: 1, name: en.setup.titleNew }).waitFor()
  await page.getByLabel(en.setup.state).fill(STATE)
  await page.getByLabel(en.respondent.state).check()
  await page.getByLabel(en.roles.provider).check()
  await page.getByLabel(en.setup.periodFrom).fill(PERIOD.from)
  await page.getByLabel(en.setup.periodTo, { exact: true }).fill(PERIOD.to)
  await page.getByLabel(en.setup.organisation).fill(ORGANISATION)
  await page.getByRole('button', { name: en.setup.submitNew }).click()
  await page.getByRole('heading', { level: 1, name: en.taskList.title }).waitFor()
  const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/a\//, ''))
  expect(id).not.toBe('')

  // 2. One answer with evidence on the first unit.
  await page
    .getByRole('link', { name: new RegExp(`^${firstUnit.id.replace(/[.()]/g, '\\$&')} `) })
    .click()
  await section.waitFor()
  await level3.check()
  await section.getByRole('button', { name: en.unit.evidence.add }).click()
  await section.getByLabel(en.unit.evidence.kind).selectOption('citation')
  await section.getByLabel(en.unit.evidence.text.citation, { exact: true }).fill(CITATION)
  await page.waitForFunction(
    (saved) => document.querySelector('.save-status')?.textContent?.startsWith(saved),
    en.save.saved.replace('{{time}}', ''), // "Saved on this device " + time, not the idle text
  )

  // 3. The answer survives a reload.
  await page.reload()
  await section.waitFor()
  await expect(level3.isChecked()).resolves.toBe(true)
  await expect(
    section.getByLabel(en.unit.evidence.text.citation, { exact: true }).inputValue(),
  ).resolves.toBe(CITATION)

  // 4. The results show the engine's score for the same answers, and a chart.
  const same: Assessment = {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    meta: {
      state: STATE,
      respondent: 'state',
      roles: ['provider'],
      period: PERIOD,
      organisation: ORGANISATION,
      language: 'en',
    },
    answers: {
      [question.id]: {
        value: 3,
        evidence: [{ id: 'e1', kind: 'citation', text: CITATION, confidential: false }],
      },
    },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }
  const expected = scoreAssessment(questionnaire, same).units.find((u) => u.unitId === firstUnit.id)
  expect(expected?.score).toBe(75)
  await page.goto(`${BASE_URL}/#/a/${encodeURIComponent(id)}`)
  await page.getByRole('link', { name: en.taskList.results }).click()
  const row = page.getByTestId(`unit-row-${firstUnit.id}`)
  // The unit table is the chart's text alternative, inside a closed disclosure: present, not shown.
  await row.waitFor({ state: 'attached' })
  await expect(row.locator('td').first().textContent()).resolves.toBe(
    formatScore(expected?.score ?? null),
  )
  await page.locator('.results-figure__chart svg.recharts-surface').first().waitFor()

  // 5. The report, downloaded and read back.
  await page.getByRole('link', { name: en.report.link }).click()
  await page.getByRole('heading', { level: 1, name: en.report.title }).waitFor()
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: en.report.submit }).click(),
  ])
  expect(download.suggestedFilename()).toBe(reportFileName(same.meta))
  const path = await download.path()
  const text = flat(pdftotext(path))
  expect(text).toContain(STATE)
  expect(text).toContain(CITATION)

  expect(w.offOrigin, 'requests to other origins').toEqual([])
  expect(w.cspViolations, 'Content-Security-Policy violations').toEqual([])
  expect(w.errors, 'page errors').toEqual([])
})
