// Results in a real browser, on the production build under its Content-Security-Policy: each
// built-in example opened from the library shows the engine's headline figures for that example
// file; the charts load on demand only; the page and the Method page pass axe; nothing leaves the
// device. Screenshots at desktop and phone widths go to /tmp/shots/ for a human look.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import AxeBuilder from '@axe-core/playwright'
import { validateQuestionnaire, type Questionnaire } from '@/domain/questionnaire'
import { Assessment } from '@/domain/assessment/schema'
import { formatScore, scoreAssessment } from '@/domain/scoring'
import { en } from '@/lib/i18n/catalogs/en'
import { BASE_URL, launchBrowser, newWatchedPage, type Watched } from './support/browser'

const SHOTS = '/tmp/shots'
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

function loadQuestionnaire(): Questionnaire {
  const result = validateQuestionnaire(
    JSON.parse(readFileSync('questionnaires/international-solidarity-7-9.json', 'utf8')),
  )
  if (!result.ok) throw new Error('the built-in questionnaire does not validate')
  return result.questionnaire
}

const examples = readdirSync('questionnaires/examples')
  .filter((f) => /^example-.*\.assessment\.json$/.test(f))
  .sort()
  .map((file) => ({
    file,
    assessment: Assessment.parse(
      JSON.parse(readFileSync(`questionnaires/examples/${file}`, 'utf8')),
    ),
  }))

let browser: Browser
let questionnaire: Questionnaire
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  questionnaire = loadQuestionnaire()
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

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  )
  expect(summary).toEqual([])
}

/** Opens a built-in example from the library and returns its new id in this browser. */
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

describe.each(examples)('results of $file', ({ file, assessment }) => {
  test('show the engine’s headline figures, with charts loaded on demand, clean and accessible', async () => {
    const expected = scoreAssessment(questionnaire, assessment)
    const w = await newWatchedPage(browser, { viewport: { width: 1280, height: 900 } })
    const scripts: string[] = []
    w.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
    })

    const id = await openExample(w.page, assessment)
    // The library and task list never fetch the chart chunk.
    expect(scripts.filter((s) => s.includes('results-charts'))).toEqual([])

    await w.page.getByRole('link', { name: en.taskList.results }).click()
    await w.page.waitForURL(
      new RegExp(`#/a/${encodeURIComponent(id).replace(/[()]/g, '\\$&')}/results$`),
    )
    await expect(w.page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Results',
    )
    await expect(w.page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Example',
    )

    const overall = w.page.getByTestId('overall')
    await expect(overall.textContent()).resolves.toContain(
      `${formatScore(expected.overall.score)} out of 100`,
    )
    await expect(overall.textContent()).resolves.toContain(
      expected.overall.redFlags.length === 1
        ? '1 red flag'
        : `${expected.overall.redFlags.length} red flags`,
    )
    for (const article of expected.articles) {
      await expect(
        w.page.getByTestId(`article-${article.articleId}`).textContent(),
      ).resolves.toContain(`${formatScore(article.score)} out of 100`)
    }
    const gapIds = await w.page
      .getByTestId('gap')
      .evaluateAll((items) => items.map((li) => li.querySelector('a')?.textContent ?? ''))
    expect(gapIds).toEqual(expected.gaps.map((g) => g.questionId))

    // Both charts of the profile and the targets radar are drawn from the lazy chunk.
    await w.page.locator('.results-figure__chart svg.recharts-surface').first().waitFor()
    await w.page.waitForFunction(
      () => document.querySelectorAll('.results-figure__chart .recharts-surface').length >= 3,
    )
    expect(scripts.filter((s) => s.includes('results-charts')).length).toBe(1)

    await expectNoAxeViolations(w.page)
    const stem = file.replace(/\.assessment\.json$/, '')
    await w.page.screenshot({ path: `${SHOTS}/results-${stem}-1280.png`, fullPage: true })
    await w.page.setViewportSize({ width: 390, height: 844 })
    await w.page.waitForTimeout(300) // let the responsive charts re-measure
    await w.page.screenshot({ path: `${SHOTS}/results-${stem}-390.png`, fullPage: true })
    const overflow = await w.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, 'horizontal scrolling at 390 px').toBeLessThanOrEqual(0)

    expectClean(w)
    await w.context.close()
    // Four sections, three charts, axe and two full-page screenshots on a shared, busy machine.
  }, 240_000)
})

test('the Method page states the rule and passes axe', async () => {
  const w = await newWatchedPage(browser, { viewport: { width: 1280, height: 900 } })
  await w.page.goto(`${BASE_URL}/#/method`)
  await expect(w.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'How scores are calculated',
  )
  await expect(w.page.getByText('Evidence gate').count()).resolves.toBeGreaterThan(0)
  await expectNoAxeViolations(w.page)
  await w.page.screenshot({ path: `${SHOTS}/method-1280.png`, fullPage: true })
  expectClean(w)
  await w.context.close()
})

test('results print without the menu and filters', async () => {
  const [example] = examples
  if (!example) throw new Error('no built-in example')
  const w = await newWatchedPage(browser, { viewport: { width: 1280, height: 900 } })
  const id = await openExample(w.page, example.assessment)
  await w.page.goto(`${BASE_URL}/#/a/${encodeURIComponent(id)}/results`)
  await w.page.getByTestId('overall').waitFor()
  await w.page.emulateMedia({ media: 'print' })
  await expect(
    w.page.getByRole('navigation', { name: en.results.sectionsLabel }).isVisible(),
  ).resolves.toBe(false)
  await expect(
    w.page.getByRole('group', { name: en.results.gaps.filtersLegend }).isVisible(),
  ).resolves.toBe(false)
  const pdf = await w.page.pdf({ format: 'A4' })
  expect(pdf.byteLength).toBeGreaterThan(10_000)
  expectClean(w)
  await w.context.close()
})
