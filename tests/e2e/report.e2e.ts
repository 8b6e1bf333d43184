// "Download report" in Chromium against the production build, under its Content-Security-Policy:
// an example opened from the library, its report options chosen on the report screen, the PDF
// saved through the browser's own download and read back with poppler the way a reader's viewer
// would (text, metadata, fonts, no actions). With "leave the author and organisation out" the
// organisation appears nowhere, not even in the file's properties. Page images go to /tmp/shots/.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import AxeBuilder from '@axe-core/playwright'
import { Assessment } from '@/domain/assessment/schema'
import { allUnits, validateQuestionnaire, type Questionnaire } from '@/domain/questionnaire'
import { reportStrings } from '@/domain/report'
import { en } from '@/lib/i18n/catalogs/en'
import { reportFileName } from '@/features/report/report-options'
import { flat, pdffonts, pdfinfo, pdfSyntax, pdftotext } from '../unit/report/pdf-tools'
import { BASE_URL, launchBrowser, newWatchedPage, type Watched } from './support/browser'

const SHOTS = '/tmp/shots'
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const words = reportStrings('en').strings

function load(file: string): Assessment {
  return Assessment.parse(JSON.parse(readFileSync(`questionnaires/examples/${file}`, 'utf8')))
}

let browser: Browser
let questionnaire: Questionnaire
let downloads: string
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  downloads = mkdtempSync(join(tmpdir(), 'report-e2e-'))
  const result = validateQuestionnaire(
    JSON.parse(readFileSync('questionnaires/international-solidarity-7-9.json', 'utf8')),
  )
  if (!result.ok) throw new Error('the built-in questionnaire does not validate')
  questionnaire = result.questionnaire
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

function expectClean(w: Watched) {
  expect(w.offOrigin, 'requests to other origins').toEqual([])
  expect(w.cspViolations, 'Content-Security-Policy violations').toEqual([])
  expect(w.errors, 'page errors').toEqual([])
}

/** Opens a built-in example from the library ("Open an example"); resolves with its new id. */
async function openExample(page: Page, assessment: Assessment): Promise<string> {
  await page.goto(BASE_URL)
  const name = en.library.openExample
    .replace('{{state}}', assessment.meta.state)
    .replace('{{respondent}}', en.respondent[assessment.meta.respondent])
  await page.getByRole('button', { name, exact: true }).click()
  await page.waitForURL(/#\/a\/[^/]+$/)
  const match = /#\/a\/([^/]+)$/.exec(page.url())
  if (!match?.[1]) throw new Error(`no assessment id in ${page.url()}`)
  return decodeURIComponent(match[1])
}

/** Clicks Download, waits for the browser's save and keeps the file; returns its path. */
async function download(page: Page, expectedName: string): Promise<string> {
  const [saved] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: en.report.submit }).click(),
  ])
  expect(saved.suggestedFilename()).toBe(expectedName)
  const path = join(downloads, expectedName)
  await saved.saveAs(path)
  await expect(saved.failure()).resolves.toBeNull()
  await page
    .getByRole('status')
    .filter({ hasText: en.report.done.replace('{{fileName}}', expectedName) })
    .waitFor()
  return path
}

/** The number of the first page, after `from`, whose text contains `needle`. */
function pageWith(path: string, needle: string, from = 1): number {
  const pages = Number(pdfinfo(path)['Pages'])
  for (let n = from; n <= pages; n++) {
    const out = spawnSync(
      'pdftotext',
      ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), path, '-'],
      {
        encoding: 'utf8',
      },
    )
    if (flat(out.stdout).includes(needle)) return n
  }
  throw new Error(`no page of ${path} after page ${from} contains "${needle}"`)
}

/** Renders one page at 50 dpi into /tmp/shots/<name>.png for a human look. */
function shoot(path: string, page: number, name: string) {
  const result = spawnSync('pdftoppm', [
    '-r',
    '50',
    '-png',
    '-singlefile',
    '-f',
    String(page),
    '-l',
    String(page),
    path,
    join(SHOTS, name),
  ])
  expect(result.status, String(result.stderr)).toBe(0)
  expect(readdirSync(SHOTS)).toContain(`${name}.png`)
}

/** What every report must hold whatever the options: the file is a safe, self-contained PDF. */
function expectSafeSelfContainedPdf(path: string) {
  const bytes = readFileSync(path)
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  // Actions could run code or open links by themselves when the file is opened.
  const raw = bytes.toString('latin1')
  expect(raw).not.toContain('/JavaScript')
  expect(raw).not.toContain('/OpenAction')
  // Three bytes may turn up inside compressed streams by chance, so "/AA" is looked for in the
  // object syntax, where actions would have to be.
  expect(pdfSyntax(bytes)).not.toContain('/AA')
  const fonts = pdffonts(path)
  expect(fonts.length).toBeGreaterThan(0)
  expect(
    fonts.filter((f) => !f.embedded),
    'fonts not embedded',
  ).toEqual([])
  expect(fonts.every((f) => f.name.includes('DejaVuSans'))).toBe(true)
}

describe('Download report', () => {
  test('a State self-assessment, reached from the results: every unit, the cover facts and the annex', async () => {
    const assessment = load('example-provider.assessment.json')
    const w = await newWatchedPage(browser, { viewport: { width: 1280, height: 900 } })
    const id = await openExample(w.page, assessment)
    await w.page.getByRole('link', { name: en.taskList.results }).click()
    await w.page.getByTestId('overall').waitFor()
    // The results header carries the way to the report.
    await w.page.getByRole('link', { name: en.report.link }).click()
    await w.page.waitForURL((url) => url.hash === `#/a/${encodeURIComponent(id)}/report`)
    const h1 = w.page.getByRole('heading', { level: 1, name: en.report.title })
    await h1.waitFor()
    await expect(w.page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1')
    // A ministry's own report keeps confidential evidence unless asked otherwise.
    await expect(w.page.getByRole('checkbox', { name: en.report.annex }).isChecked()).resolves.toBe(
      true,
    )
    await expect(
      w.page.getByRole('checkbox', { name: en.report.omitConfidential }).isChecked(),
    ).resolves.toBe(false)
    await expect(
      w.page.getByRole('checkbox', { name: en.report.anonymous }).isChecked(),
    ).resolves.toBe(false)
    const axe = await new AxeBuilder({ page: w.page }).withTags(AXE_TAGS).analyze()
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([])
    await w.page.screenshot({ path: `${SHOTS}/report-screen-1280.png`, fullPage: true })
    await w.page.setViewportSize({ width: 390, height: 844 })
    await w.page.screenshot({ path: `${SHOTS}/report-screen-390.png`, fullPage: true })
    const overflow = await w.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, 'horizontal scrolling at 390 px').toBeLessThanOrEqual(0)

    const path = await download(w.page, reportFileName(assessment.meta))
    expectSafeSelfContainedPdf(path)
    const text = flat(pdftotext(path))
    for (const { unit } of allUnits(questionnaire))
      expect(text, `unit ${unit.id}`).toContain(unit.id)
    expect(text).toContain(assessment.meta.state)
    expect(text).toContain(words.selfAssessment)
    expect(text).toContain(
      words.periodRange(assessment.meta.period.from, assessment.meta.period.to),
    )
    expect(text).toContain(words.questionnaireVersion(questionnaire.id, questionnaire.version))
    expect(text).toContain(assessment.meta.organisation)
    // The answers annex lists every question asked of a provider, by id.
    // (The last occurrence of each heading: the first is in the table of contents.)
    const annexStart = text.lastIndexOf(words.headings.annex('II', words.headings.annexAnswers))
    const annexEnd = text.lastIndexOf(words.headings.annex('III', words.headings.annexGaps))
    expect(annexStart).toBeGreaterThan(0)
    expect(annexEnd).toBeGreaterThan(annexStart)
    const annex = text.slice(annexStart, annexEnd)
    for (const { unit } of allUnits(questionnaire)) {
      for (const q of unit.questions.filter((x) => x.roles.includes('provider'))) {
        expect(annex, `question ${q.id} in the annex`).toContain(q.id)
      }
    }
    const info = pdfinfo(path)
    expect(info['Title']).toContain(assessment.meta.state)
    expect(info['Author']).toContain(assessment.meta.organisation)

    shoot(path, 1, 'report-e2e-provider-page-1')
    const toc = pageWith(path, words.headings.findings)
    const findings = pageWith(path, words.headings.findings, toc + 1)
    shoot(path, findings, 'report-e2e-provider-findings')
    shoot(path, findings + 1, 'report-e2e-provider-findings-next')
    expectClean(w)
    await w.context.close()
  })

  test('an NGO shadow assessment with the author and organisation left out names them nowhere', async () => {
    const assessment = load('example-partner-shadow.assessment.json')
    const organisation = assessment.meta.organisation
    const w = await newWatchedPage(browser, { viewport: { width: 1280, height: 900 } })
    await openExample(w.page, assessment)
    // The task list carries the way to the report too.
    await w.page.getByRole('link', { name: en.report.link }).click()
    await w.page.getByRole('heading', { level: 1, name: en.report.title }).waitFor()
    // A shadow report leaves confidential evidence out unless asked otherwise.
    const confidential = w.page.getByRole('checkbox', { name: en.report.omitConfidential })
    await expect(confidential.isChecked()).resolves.toBe(true)
    await w.page.getByRole('checkbox', { name: en.report.anonymous }).check()
    await w.page.getByRole('checkbox', { name: en.report.annex }).check()
    await w.page.getByRole('radio', { name: /^English$/i }).check()

    const path = await download(w.page, reportFileName(assessment.meta))
    expectSafeSelfContainedPdf(path)
    const text = flat(pdftotext(path))
    expect(text).toContain(assessment.meta.state)
    expect(text).toContain(words.shadowAssessment)
    expect(text).toContain(
      words.periodRange(assessment.meta.period.from, assessment.meta.period.to),
    )
    expect(text).toContain(words.questionnaireVersion(questionnaire.id, questionnaire.version))
    for (const { unit } of allUnits(questionnaire))
      expect(text, `unit ${unit.id}`).toContain(unit.id)
    expect(text).toContain('8.2-P1')
    // Neither the organisation nor its confidential register (which names it) is in the text…
    expect(text).not.toContain('Sahelian League')
    expect(text).not.toContain('register of restrictions')
    expect(text).toContain(words.answers.withheld(1))
    // …nor in the file's properties.
    const info = pdfinfo(path)
    expect(info['Author'] ?? '').not.toContain('Sahelian')
    expect(JSON.stringify(info)).not.toContain(organisation)
    expect(readFileSync(path).toString('latin1')).not.toContain('Sahelian')

    shoot(path, 1, 'report-e2e-shadow-anonymous-page-1')
    expectClean(w)
    await w.context.close()
  })
})
