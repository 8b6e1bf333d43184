// Issue 3 / product item 11 in Chromium on a fresh profile: a user loads a custom questionnaire.
// Broken files are refused with every problem the validator finds (the same list as
// `npm run cli -- validate`), each with its place in the file, and nothing is stored; the valid
// minimal example is stored, survives a reload, can be chosen for a new assessment, and its
// answers are scored on the results page. Nothing leaves the device and nothing breaks.
import { mkdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  type Assessment,
} from '@/domain/assessment/schema'
import { validateQuestionnaire, type Problem, type Questionnaire } from '@/domain/questionnaire'
import { formatScore, scoreAssessment } from '@/domain/scoring'
import { en } from '@/lib/i18n/catalogs/en'
import { axeReport } from './support/axe'
import { BASE_URL, launchBrowser, newWatchedPage, type Watched } from './support/browser'

const MINIMAL_TEXT = readFileSync('questionnaires/examples/minimal-questionnaire.json', 'utf8')
const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? '/tmp/isa-e2e'

interface Editable {
  articles: {
    units: {
      questions: (Record<string, unknown> & { id: string; answer: Record<string, unknown> })[]
    }[]
  }[]
}

function edit(change: (q: Editable) => void): string {
  const q = JSON.parse(MINIMAL_TEXT) as Editable
  change(q)
  return JSON.stringify(q, null, 2)
}

const questionsOf = (q: Editable) => q.articles[0]?.units[0]?.questions ?? []

/** A number question without its target, a duplicated question id and a misspelt field. */
const BROKEN_STRUCTURE = edit((q) => {
  const qs = questionsOf(q)
  if (qs[3]) delete qs[3].answer.target
  if (qs[2] && qs[1]) qs[2].id = qs[1].id
  if (qs[0]) qs[0].critcal = true
})
/** Sound structure, broken rules: the duplicated id and a floor equal to the target. */
const BROKEN_RULES = edit((q) => {
  const qs = questionsOf(q)
  if (qs[2] && qs[1]) qs[2].id = qs[1].id
  if (qs[3]) qs[3].answer.floor = qs[3].answer.target
})

function problemsOf(text: string): Problem[] {
  const result = validateQuestionnaire(JSON.parse(text))
  if (result.ok) throw new Error('the broken test file validates')
  return result.problems
}

let browser: Browser
let w: Watched
let minimal: Questionnaire
beforeAll(async () => {
  const result = validateQuestionnaire(JSON.parse(MINIMAL_TEXT))
  if (!result.ok) throw new Error('the minimal example does not validate')
  minimal = result.questionnaire
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  browser = await launchBrowser()
  w = await newWatchedPage(browser, { viewport: { width: 1280, height: 900 } })
})
afterAll(async () => {
  await w?.context.close()
  await browser?.close()
})

/** Keys of the custom questionnaires stored in the app's IndexedDB. */
function storedQuestionnaireKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('international-solidarity-assessment')
        open.onerror = () => reject(new Error(String(open.error)))
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('library')) {
            db.close()
            resolve([])
            return
          }
          const request = db.transaction('library').objectStore('library').getAllKeys()
          request.onsuccess = () => {
            db.close()
            resolve(request.result.map(String).filter((k) => k.startsWith('isa:questionnaire:')))
          }
          request.onerror = () => reject(new Error(String(request.error)))
        }
      }),
  )
}

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel(en.questionnaires.load.fileLabel).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  })
}

async function expectProblemsListed(
  page: Page,
  fileName: string,
  expected: Problem[],
): Promise<void> {
  const title = (
    expected.length === 1
      ? en.questionnaires.load.invalidTitle_one
      : en.questionnaires.load.invalidTitle_other
  )
    .replace('{{fileName}}', fileName)
    .replace('{{count}}', String(expected.length))
  await page.getByRole('heading', { level: 3, name: title }).waitFor()
  const items = page
    .getByRole('list', { name: en.questionnaires.load.problemsLabel })
    .getByRole('listitem')
  await expect(items.allTextContents()).resolves.toEqual(
    expected.map((p) => `${p.path}: ${p.message}`),
  )
}

test('broken files list every problem and store nothing; the valid one is kept, chosen and scored', async () => {
  const { page } = w
  const structure = problemsOf(BROKEN_STRUCTURE)
  const rules = problemsOf(BROKEN_RULES)
  // The validator reports structure first, then the rules once the structure is sound.
  expect(structure.map((p) => p.path)).toEqual([
    'articles[0].units[0].questions[0].critcal',
    'articles[0].units[0].questions[3].answer.target',
  ])
  expect(rules.map((p) => p.path)).toEqual([
    'articles[0].units[0].questions[2].id',
    'articles[0].units[0].questions[3].answer.target',
  ])

  // 1. From the start screen to the Questionnaires page.
  await page.goto(BASE_URL)
  await page.getByRole('link', { name: en.questionnaires.title, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: en.questionnaires.title }).waitFor()
  await page.getByText(en.questionnaires.noCustom).waitFor()

  // 2. Broken files: every problem, with its path; nothing stored.
  await upload(page, 'broken-structure.json', BROKEN_STRUCTURE)
  await expectProblemsListed(page, 'broken-structure.json', structure)
  await page.getByText('npm run cli -- validate broken-structure.json').waitFor()
  await upload(page, 'broken-rules.json', BROKEN_RULES)
  await expectProblemsListed(page, 'broken-rules.json', rules)
  await page
    .locator('.questionnaire-problems')
    .screenshot({ path: `${SCREENSHOT_DIR}/custom-questionnaire-problems.png` })
  await expect(storedQuestionnaireKeys(page)).resolves.toEqual([])
  expect(await axeReport(page)).toBe('')
  await expect(page.getByText(en.questionnaires.noCustom).isVisible()).resolves.toBe(true)

  // 3. Not JSON: one sentence.
  await upload(page, 'notes.json', 'id: minimal-example')
  await page.getByText(en.questionnaires.load.notJson).waitFor()

  // 4. The valid minimal example: stored and listed.
  const title = minimal.title.en ?? ''
  await upload(page, 'minimal-questionnaire.json', MINIMAL_TEXT)
  await page
    .getByRole('heading', {
      name: en.questionnaires.load.done
        .replace('{{title}}', title)
        .replace('{{id}}', minimal.id)
        .replace('{{version}}', minimal.version),
    })
    .waitFor()
  const card = page.getByTestId(`questionnaire-${minimal.id}@${minimal.version}`)
  await expect(card.textContent()).resolves.toContain('1 unit, 4 questions')
  await expect(storedQuestionnaireKeys(page)).resolves.toEqual([
    `isa:questionnaire:${minimal.id}@${minimal.version}`,
  ])

  // 5. Still there after a reload (read back from the device and validated again).
  await page.reload()
  await card.waitFor()
  await expect(card.textContent()).resolves.toContain(en.questionnaires.customTag)
  expect(await axeReport(page)).toBe('')

  // 6. A new assessment with it: the questionnaire is a choice, the built-in one preselected.
  await page.goto(`${BASE_URL}/#/new`)
  await page.getByRole('heading', { level: 1, name: en.setup.titleNew }).waitFor()
  const group = page.getByRole('group', { name: en.questionnaires.setup.legend })
  await expect(group.getByRole('radio').count()).resolves.toBe(2)
  await expect(group.getByRole('radio').first().isChecked()).resolves.toBe(true)
  await group.getByRole('radio', { name: title }).check()
  await page.getByLabel(en.setup.state).fill('Ghana')
  await page.getByLabel(en.respondent.state).check()
  await page.getByLabel(en.roles.provider).check()
  await page.getByLabel(en.setup.periodFrom).fill('2024-01-01')
  await page.getByLabel(en.setup.periodTo, { exact: true }).fill('2024-12-31')
  await page.getByLabel(en.setup.organisation).fill('Ministry of Foreign Affairs')
  await page.getByRole('button', { name: en.setup.submitNew }).click()
  await page.getByRole('heading', { level: 1, name: en.taskList.title }).waitFor()
  const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/a\//, ''))

  // 7. Answer two questions of its only unit, without evidence.
  await page.getByRole('link', { name: /^7\.4 / }).click()
  const s1 = page.locator('section[id="q-7.4-S1"]')
  await s1.waitFor()
  await s1.getByRole('radio', { name: en.answers.yes, exact: true }).check()
  await page.locator('[id="q-7.4-P1-value-3"]').check()
  await page.waitForFunction(
    (saved) => document.querySelector('.save-status')?.textContent?.startsWith(saved),
    en.save.saved.replace('{{time}}', ''),
  )

  // 8. The results show the engine's score for those answers, computed with this questionnaire.
  const same: Assessment = {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id,
    questionnaire: { id: minimal.id, version: minimal.version },
    meta: {
      state: 'Ghana',
      respondent: 'state',
      roles: ['provider'],
      period: { from: '2024-01-01', to: '2024-12-31' },
      organisation: 'Ministry of Foreign Affairs',
      language: 'en',
    },
    answers: { '7.4-S1': { value: 'yes', evidence: [] }, '7.4-P1': { value: 3, evidence: [] } },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }
  const expected = scoreAssessment(minimal, same).units.find((u) => u.unitId === '7.4')?.score
  expect(expected).toBe(50)
  await page.goto(`${BASE_URL}/#/a/${encodeURIComponent(id)}`)
  await page.getByRole('link', { name: en.taskList.results }).click()
  const row = page.getByTestId('unit-row-7.4')
  await row.waitFor({ state: 'attached' })
  await expect(row.locator('td').first().textContent()).resolves.toBe(formatScore(expected ?? null))

  // 9. It cannot be removed while the assessment uses it.
  await page.goto(`${BASE_URL}/#/questionnaires`)
  await card.getByRole('button', { name: new RegExp(`^${en.questionnaires.remove}`) }).click()
  await page.getByText(/was not removed: 1 assessment on this device uses it/).waitFor()
  await expect(storedQuestionnaireKeys(page)).resolves.toHaveLength(1)

  expect(w.offOrigin).toEqual([])
  expect(w.cspViolations).toEqual([])
  expect(w.errors).toEqual([])
})
