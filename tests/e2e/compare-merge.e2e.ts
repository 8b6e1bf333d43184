// Compare and combine in Chromium against the production build: the State and shadow versions of
// both built-in examples compared (the divergent count is the engine's, computed here from the
// same files); two section files merged into a new assessment with one conflict, resolved, checked
// against the domain's own merge, and undone; a plain and an encrypted section file merged through
// the passphrase step (a wrong passphrase first); the rounds view of two assessments of one State.
// Every step runs under the CSP with request watching.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import AxeBuilder from '@axe-core/playwright'
import { BASE_URL, launchBrowser, newWatchedPage, type Watched } from './support/browser'
import { createAssessment, storedEntries, waitForStored } from './support/app'
import { Questionnaire } from '@/domain/questionnaire/schema'
import { Assessment, type Answer } from '@/domain/assessment/schema'
import { compareAssessments, roundsProfile } from '@/domain/compare'
import { applyMerge, previewMerge, sameAnswer } from '@/domain/merge'
import { encryptFile } from '@/domain/files'
import { formatScore, roundHalfUp } from '@/domain/scoring'

const SHOTS = '/tmp/shots'
const FILES = '/tmp/compare-merge-e2e'
mkdirSync(SHOTS, { recursive: true })
mkdirSync(FILES, { recursive: true })

const questionnaire = Questionnaire.parse(
  JSON.parse(readFileSync('questionnaires/international-solidarity-7-9.json', 'utf8')),
)
const example = (name: string) =>
  Assessment.parse(
    JSON.parse(readFileSync(`questionnaires/examples/${name}.assessment.json`, 'utf8')),
  )

let browser: Browser
let w: Watched
beforeAll(async () => {
  browser = await launchBrowser()
  w = await newWatchedPage(browser)
})
afterAll(async () => {
  await w?.context.close()
  await browser?.close()
})

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** WCAG 2.2 AA as axe checks it, on what the page shows now. */
async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  )
  expect(summary).toEqual([])
}

function expectNothingWrong() {
  expect(w.offOrigin).toEqual([])
  expect(w.cspViolations).toEqual([])
  expect(w.errors).toEqual([])
}

/** Back to the library inside the app (no reload), as a user would go. */
async function goHome(page: Page): Promise<void> {
  if (!page.url().startsWith(BASE_URL)) await page.goto(BASE_URL)
  else await page.getByRole('link', { name: 'International Solidarity Assessment' }).first().click()
  await page
    .getByRole('heading', { level: 1, name: 'International Solidarity Assessment' })
    .waitFor()
}

async function openExample(page: Page, a: Assessment): Promise<void> {
  await goHome(page)
  const respondent =
    a.meta.respondent === 'shadow' ? 'NGO shadow assessment' : 'State self-assessment'
  await page
    .getByRole('button', { name: `Open the example: ${a.meta.state} (${respondent})` })
    .click()
  await page.waitForURL(/#\/a\/[^/]+$/)
}

/** The library option that names this example (its label starts with the State's name). */
async function optionValue(page: Page, select: string, a: Assessment): Promise<string> {
  const respondent =
    a.meta.respondent === 'shadow' ? 'NGO shadow assessment' : 'State self-assessment'
  const option = page
    .locator(`${select} option`)
    .filter({ hasText: `— ${respondent}, ${a.meta.organisation},` })
  await expect(option.count()).resolves.toBe(1)
  const value = await option.getAttribute('value')
  if (!value) throw new Error('option without a value')
  return value
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(
    () => `${document.activeElement?.tagName}:${document.activeElement?.textContent ?? ''}`,
  )
}

for (const pair of ['provider', 'partner'] as const) {
  test(`the ${pair} example: State vs shadow shows the engine's divergences`, async () => {
    const { page } = w
    const state = example(`example-${pair}`)
    const shadow = example(`example-${pair}-shadow`)
    await openExample(page, state)
    await openExample(page, shadow)

    await goHome(page)
    await page.getByRole('link', { name: 'Compare two assessments' }).click()
    await page.getByRole('heading', { level: 1, name: 'Compare two assessments' }).waitFor()
    if (pair === 'provider') await expectNoAxeViolations(page)
    // Picked the "wrong" way round: the State's self-assessment is still shown first.
    await page
      .locator('#compare-first')
      .selectOption(await optionValue(page, '#compare-first', shadow))
    await page
      .locator('#compare-second')
      .selectOption(await optionValue(page, '#compare-second', state))
    await page.getByRole('button', { name: 'Compare' }).click()

    const heading = page.getByRole('heading', { level: 1, name: `Comparison: ${state.meta.state}` })
    await heading.waitFor()
    await expect(focusedText(page)).resolves.toBe(`H1:Comparison: ${state.meta.state}`)
    await expect(page.getByTestId('cmp-side-first').textContent()).resolves.toContain(
      'State self-assessment',
    )
    await expect(page.getByTestId('cmp-side-first').textContent()).resolves.toContain(
      state.meta.organisation,
    )
    await expect(page.getByTestId('cmp-side-second').textContent()).resolves.toContain(
      'NGO shadow assessment',
    )
    await expect(page.getByTestId('cmp-side-second').textContent()).resolves.toContain(
      shadow.meta.organisation,
    )

    const expected = compareAssessments(questionnaire, state, questionnaire, shadow)
    expect(expected.divergentQuestions.length).toBeGreaterThan(0)
    await expect(page.getByTestId('cmp-divergent-count').getAttribute('data-count')).resolves.toBe(
      String(expected.divergentQuestions.length),
    )
    await expect(page.getByTestId('cmp-divergent-count').textContent()).resolves.toBe(
      `${expected.divergentQuestions.length} of ${expected.questions.length} questions diverge.`,
    )
    // Listed first, in the engine's order, each card tagged.
    const linked = await page.getByTestId('cmp-divergent-list').getByRole('link').allTextContents()
    expect(linked).toEqual(expected.divergentQuestions.map((id) => `Go to question ${id}`))
    const firstCard = page.locator('article[data-question-id]').first()
    await expect(firstCard.getAttribute('data-question-id')).resolves.toBe(
      expected.divergentQuestions[0],
    )
    await expect(firstCard.textContent()).resolves.toContain('Divergent')
    // Within every unit, no agreed question comes before a divergent one.
    const order = await page
      .locator('section.cmp-unit')
      .evaluateAll((units) =>
        units.map((u) =>
          [...u.querySelectorAll('article')].map((a) =>
            a.classList.contains('cmp-question--divergent'),
          ),
        ),
      )
    for (const flags of order)
      expect(flags).toEqual([...flags].sort((x, y) => Number(y) - Number(x)))
    await expect(page.locator('article.cmp-question--divergent').count()).resolves.toBe(
      expected.divergentQuestions.length,
    )

    // Both charts are drawn (recharts arrives lazily) beside their summaries and tables.
    await page.locator('.cmp-figure__chart svg.recharts-surface').nth(1).waitFor()
    await expect(page.locator('.cmp-figure').count()).resolves.toBe(2)
    await expect(
      page.locator('.cmp-figure table').first().locator('tbody tr').count(),
    ).resolves.toBe(expected.units.length)

    // The divergent list moves focus to the question it names.
    const firstDivergent = expected.divergentQuestions[0] ?? ''
    await page.getByTestId('cmp-divergent-list').getByRole('link').first().click()
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      firstDivergent,
    )

    await expectNoAxeViolations(page)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `${SHOTS}/compare-${pair}-top.png` })
    await page.locator('.cmp-figure').first().scrollIntoViewIfNeeded()
    await page
      .locator('.cmp-section')
      .nth(1)
      .screenshot({ path: `${SHOTS}/compare-${pair}-charts.png` })
    await firstCard.screenshot({ path: `${SHOTS}/compare-${pair}-card.png` })
    expectNothingWrong()
  })
}

test('the comparison reads on a phone-width screen', async () => {
  const { page } = w
  await page.setViewportSize({ width: 360, height: 780 })
  await page.getByRole('heading', { level: 1, name: /^Comparison: / }).waitFor()
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.locator('.cmp-figure__chart svg.recharts-surface').first().waitFor()
  // Nothing wider than the screen: the page never scrolls sideways.
  await expect(
    page.evaluate(() => document.documentElement.scrollWidth),
  ).resolves.toBeLessThanOrEqual(360)
  await page.screenshot({ path: `${SHOTS}/compare-phone.png`, fullPage: false })
  await page
    .locator('article.cmp-question--divergent')
    .first()
    .screenshot({ path: `${SHOTS}/compare-phone-card.png` })
  await page.setViewportSize({ width: 1280, height: 720 })
  expectNothingWrong()
})

interface StoredRecord {
  assessment: Assessment
}

async function storedAssessment(page: Page, id: string): Promise<Assessment> {
  const entries = await storedEntries(page)
  const record = entries[`isa:assessment:${id}`] as StoredRecord | undefined
  if (!record) throw new Error(`assessment ${id} is not stored`)
  return Assessment.parse(record.assessment)
}

function pick(answers: Record<string, Answer>, ids: readonly string[]): Record<string, Answer> {
  return Object.fromEntries(ids.flatMap((id) => (answers[id] ? [[id, answers[id]] as const] : [])))
}

/** The stored assessment once it holds `count` answers (a merge is saved after it shows). */
async function storedOnceAnswered(page: Page, id: string, count: number): Promise<Assessment> {
  await waitForStored(page, (entries) => {
    const record = entries[`isa:assessment:${id}`] as StoredRecord | undefined
    return Object.keys(record?.assessment.answers ?? {}).length === count
  })
  return storedAssessment(page, id)
}

/** The ids of every question of one article of the built-in questionnaire. */
function articleIds(articleId: string): string[] {
  return (
    questionnaire.articles
      .find((a) => a.id === articleId)
      ?.units.flatMap((u) => u.questions.map((q) => q.id)) ?? []
  )
}

/** Another value of a yes-partly-no answer, so the two files disagree. */
function contrary(answer: Answer): Answer {
  const value = answer.value === 'yes' ? 'no' : 'yes'
  return { ...answer, value, comment: 'Answered by the budget department' }
}

test('merge two section files with one conflict, resolve it, check the result, undo', async () => {
  const { page } = w
  const id = await createAssessment(page, 'Republic of Nordavia (fictional example)')
  const base = await storedAssessment(page, id)
  expect(base.answers).toEqual({})

  // Two departments answer in copies of the focal point's assessment: file 1 Article 7, file 2
  // Article 8 and one question of Article 7 differently.
  const source = example('example-provider')
  const art7 = pick(source.answers, articleIds('7'))
  const art8 = pick(source.answers, articleIds('8'))
  const conflictId = Object.keys(art7).find((qid) => {
    const q = questionnaire.articles
      .flatMap((a) => a.units.flatMap((u) => u.questions))
      .find((x) => x.id === qid)
    return q?.answer.type === 'yes-partly-no' && art7[qid]?.value !== undefined
  })
  if (!conflictId) throw new Error('the example answers no yes-partly-no question of Article 7')
  const conflictAnswer = contrary(art7[conflictId] as Answer)
  expect(sameAnswer(conflictAnswer, art7[conflictId])).toBe(false)
  const file1: Assessment = { ...base, id: 'department-a', name: 'Department A', answers: art7 }
  const file2: Assessment = {
    ...base,
    id: 'department-b',
    name: 'Department B',
    answers: { ...art8, [conflictId]: conflictAnswer },
  }
  writeFileSync(`${FILES}/department-a.json`, JSON.stringify(file1))
  writeFileSync(`${FILES}/department-b.json`, JSON.stringify(file2))

  const expectedPreview = previewMerge(base, [file1, file2])
  expect(expectedPreview.counts.conflict).toBe(1)

  await page.getByRole('link', { name: 'Import section files' }).click()
  await page.getByRole('heading', { level: 1, name: 'Import section files' }).waitFor()
  await expect(focusedText(page)).resolves.toBe('H1:Import section files')
  await page
    .getByLabel('Section files')
    .setInputFiles([`${FILES}/department-a.json`, `${FILES}/department-b.json`])
  await page.getByRole('button', { name: 'Preview the merge' }).click()
  await page.getByRole('heading', { name: 'What the merge would do' }).waitFor()
  await expect(page.getByTestId('merge-counts').textContent()).resolves.toBe(
    `${expectedPreview.counts.new} new, ${expectedPreview.counts.identical} identical, 1 in conflict.`,
  )
  // Nothing has changed yet.
  await expect(storedAssessment(page, id).then((a) => a.answers)).resolves.toEqual({})

  const apply = page.getByRole('button', { name: 'Apply merge' })
  await expect(apply.isDisabled()).resolves.toBe(true)
  const conflict = page.getByRole('group', {
    name: `Question ${conflictId}: which answer do you want to keep?`,
  })
  await conflict.scrollIntoViewIfNeeded()
  await conflict.screenshot({ path: `${SHOTS}/merge-conflict.png` })
  await page.screenshot({ path: `${SHOTS}/merge-preview.png` })
  await expectNoAxeViolations(page)
  await conflict.getByRole('radio', { name: 'Take the answer of File 2' }).check()
  await expect(apply.isEnabled()).resolves.toBe(true)
  await apply.click()
  await page.getByRole('heading', { name: 'Merge applied' }).waitFor()
  await page.screenshot({ path: `${SHOTS}/merge-applied.png` })
  await expectNoAxeViolations(page)

  // The stored result is exactly the domain's merge of the previewed files with that choice.
  const expected = applyMerge(base, expectedPreview, { [conflictId]: 1 })
  const merged = await storedOnceAnswered(page, id, Object.keys(expected.answers).length)
  expect(merged.answers).toEqual(expected.answers)
  expect(merged.answers[conflictId]).toEqual(conflictAnswer)
  expect(merged.meta).toEqual(base.meta)
  await expect(page.getByTestId('merge-applied-count').getAttribute('data-count')).resolves.toBe(
    String(Object.keys(expected.answers).length),
  )
  // The previous version was kept as a snapshot on the device.
  const entries = await storedEntries(page)
  expect(Object.keys(entries).some((k) => k.startsWith(`isa:snapshot:import-replace:${id}:`))).toBe(
    true,
  )

  await page.getByRole('button', { name: 'Undo merge' }).click()
  await page.getByRole('heading', { name: /Merge undone/ }).waitFor()
  await waitForStored(page, (all) => {
    const record = all[`isa:assessment:${id}`] as StoredRecord | undefined
    return record !== undefined && Object.keys(record.assessment.answers).length === 0
  })
  await page.screenshot({ path: `${SHOTS}/merge-undone.png` })
  expectNothingWrong()
})

test('a plain and an encrypted section file: the passphrase step opens the encrypted one, then the merge', async () => {
  const { page } = w
  const id = await createAssessment(page, 'Kingdom of Estoria (fictional example)')
  const base = await storedAssessment(page, id)
  const source = example('example-provider')
  const plain: Assessment = {
    ...base,
    id: 'department-a',
    name: 'Department A',
    answers: pick(source.answers, articleIds('7')),
  }
  const secret: Assessment = {
    ...base,
    id: 'department-c',
    name: 'Department C',
    answers: pick(source.answers, articleIds('8')),
  }
  expect(Object.keys(secret.answers).length).toBeGreaterThan(0)
  // Encrypted as the Files page's export does it, with the app's own function.
  const passphrase = 'copper kettle under the bridge'
  writeFileSync(`${FILES}/department-a.json`, JSON.stringify(plain))
  writeFileSync(`${FILES}/department-c.isa`, await encryptFile(JSON.stringify(secret), passphrase))
  const expectedPreview = previewMerge(base, [plain, secret])
  expect(expectedPreview.counts.conflict).toBe(0)

  await page.getByRole('link', { name: 'Import section files' }).click()
  await page.getByRole('heading', { level: 1, name: 'Import section files' }).waitFor()
  await page
    .getByLabel('Section files')
    .setInputFiles([`${FILES}/department-a.json`, `${FILES}/department-c.isa`])
  await page.getByRole('button', { name: 'Preview the merge' }).click()
  await page.getByRole('heading', { level: 2, name: 'Encrypted files' }).waitFor()
  await expect(focusedText(page)).resolves.toBe('H2:Encrypted files')
  await expect(
    page.getByText('Also chosen, not encrypted: department-a.json.').count(),
  ).resolves.toBe(1)
  const field = page.getByLabel('Passphrase for department-c.isa')
  await expect(field.getAttribute('type')).resolves.toBe('password')
  await page.screenshot({ path: `${SHOTS}/merge-passphrase.png` })

  // While the key is derived the form is marked busy, says so, and its button is disabled. The
  // observer records it whenever it happens, however short.
  await page.evaluate(() => {
    const form = document.querySelector('.merge-passphrase form')
    if (!form) throw new Error('no passphrase form')
    const seen = { busy: false }
    ;(window as unknown as { busySeen: typeof seen }).busySeen = seen
    new MutationObserver(() => {
      const button = form.querySelector('button[type="submit"]')
      if (
        form.getAttribute('aria-busy') === 'true' &&
        button instanceof HTMLButtonElement &&
        button.disabled &&
        form
          .querySelector('[role="status"]')
          ?.textContent?.startsWith('Opening the encrypted files')
      )
        seen.busy = true
    }).observe(form, { attributes: true, childList: true, subtree: true, characterData: true })
  })
  await field.fill('copper kettle over the bridge')
  await field.press('Enter')
  const wrong =
    'The passphrase for department-c.isa is wrong or the file was altered; type the passphrase again'
  const summary = page.locator('.error-summary')
  await summary.getByRole('link', { name: wrong }).waitFor()
  await expect(
    page.evaluate(() => (window as unknown as { busySeen: { busy: boolean } }).busySeen.busy),
  ).resolves.toBe(true)
  await expect(field.getAttribute('aria-invalid')).resolves.toBe('true')
  await expect(field.inputValue()).resolves.toBe('copper kettle over the bridge')
  await summary.getByRole('link', { name: wrong }).click()
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
    await field.getAttribute('id'),
  )
  await expectNoAxeViolations(page)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${SHOTS}/merge-passphrase-wrong.png`, fullPage: true })
  // Nothing has changed yet.
  await expect(storedAssessment(page, id).then((a) => a.answers)).resolves.toEqual({})

  await field.fill(passphrase)
  await page.getByRole('button', { name: 'Open and preview the merge' }).click()
  await page.getByRole('heading', { name: 'What the merge would do' }).waitFor()
  await expect(page.getByTestId('merge-counts').textContent()).resolves.toBe(
    `${expectedPreview.counts.new} new, ${expectedPreview.counts.identical} identical, 0 in conflict.`,
  )
  const sources = page.getByRole('table', { name: 'Files to merge' })
  await expect(sources.getByRole('rowheader').allTextContents()).resolves.toEqual([
    'File 1 (department-a.json)',
    'File 2 (department-c.isa)',
  ])
  await page.getByRole('button', { name: 'Apply merge' }).click()
  await page.getByRole('heading', { name: 'Merge applied' }).waitFor()

  // The stored result is the domain's merge of both files: the encrypted file's answers are in.
  const expected = applyMerge(base, expectedPreview, {})
  const merged = await storedOnceAnswered(page, id, Object.keys(expected.answers).length)
  expect(merged.answers).toEqual(expected.answers)
  for (const [qid, answer] of Object.entries(secret.answers))
    expect(merged.answers[qid], qid).toEqual(answer)
  const firstSecret = Object.keys(secret.answers)[0] ?? ''
  await expect(
    page.getByTestId('merge-changes').locator(`tr[data-question-id="${firstSecret}"]`).count(),
  ).resolves.toBe(1)
  expectNothingWrong()
})

/** Creates a shadow assessment of `state` for a period through the set-up form; returns its id. */
async function createRound(page: Page, state: string, from: string, to: string): Promise<string> {
  await page.goto(`${BASE_URL}/#/new`)
  await page.locator('#setup-state').fill(state)
  await page.locator('#setup-respondent-shadow').check()
  await page.locator('#setup-roles-provider').check()
  await page.locator('#setup-period-from').fill(from)
  await page.locator('#setup-period-to').fill(to)
  await page.locator('#setup-organisation').fill('Civic Watch')
  await page.getByRole('button', { name: 'Create assessment' }).click()
  await page.waitForURL(/#\/a\/[^/]+$/)
  const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/a\//, ''))
  await waitForStored(page, (entries) => `isa:assessment:${id}` in entries)
  return id
}

/** Merges one file with every answer of `answers` into the assessment, through the merge screen. */
async function fillByMerge(
  page: Page,
  id: string,
  answers: Record<string, Answer>,
  file: string,
): Promise<void> {
  const base = await storedAssessment(page, id)
  writeFileSync(`${FILES}/${file}`, JSON.stringify({ ...base, id: `${id}-section`, answers }))
  await page.getByRole('link', { name: 'Import section files' }).click()
  await page.getByLabel('Section files').setInputFiles(`${FILES}/${file}`)
  await page.getByRole('button', { name: 'Preview the merge' }).click()
  const problem = page.locator('.error-summary')
  await Promise.race([
    page.getByRole('heading', { name: 'What the merge would do' }).waitFor(),
    problem.waitFor(),
  ])
  if (await problem.isVisible())
    throw new Error(`the merge refused the file: ${await problem.textContent()}`)
  await page.getByRole('button', { name: 'Apply merge' }).click()
  await page.getByRole('heading', { name: 'Merge applied' }).waitFor()
  await storedOnceAnswered(page, id, Object.keys(answers).length)
}

test('rounds: two shadow assessments of one State, in order of period, with the engine’s scores', async () => {
  const { page } = w
  // Created out of order: the view sorts by period.
  const later = await createRound(page, 'Freedonia', '2025-01-01', '2025-12-31')
  await fillByMerge(page, later, example('example-provider').answers, 'freedonia-2025.json')
  const earlier = await createRound(page, 'Freedonia', '2023-01-01', '2024-12-31')
  await fillByMerge(
    page,
    earlier,
    example('example-provider-shadow').answers,
    'freedonia-2023.json',
  )

  await goHome(page)
  await page.getByRole('link', { name: 'Rounds over time' }).click()
  await page.getByRole('heading', { level: 1, name: 'Rounds over time' }).waitFor()
  await page
    .getByLabel('Assessments of')
    .selectOption({ label: 'Freedonia — NGO shadow assessment (2 assessments)' })
  await page.getByRole('button', { name: 'Show the profile over time' }).click()
  await page.getByRole('heading', { level: 1, name: 'Over time: Freedonia' }).waitFor()
  await expect(focusedText(page)).resolves.toBe('H1:Over time: Freedonia')

  const profile = roundsProfile(
    await Promise.all(
      [later, earlier].map(async (id) => ({
        questionnaire,
        assessment: await storedAssessment(page, id),
      })),
    ),
  )
  expect(profile.rounds.map((r) => r.assessmentId)).toEqual([earlier, later])
  const rows = page.getByRole('table', { name: 'Rounds, in order of period' }).locator('tbody tr')
  await expect(rows.count()).resolves.toBe(2)
  await expect(rows.first().textContent()).resolves.toContain('2023')
  const [first, last] = profile.overall.scores.map((s) => formatScore(s))
  const change =
    roundHalfUp(profile.overall.scores[1] ?? 0) - roundHalfUp(profile.overall.scores[0] ?? 0)
  await expect(page.getByText(/^Overall: \d+ in the first round/).textContent()).resolves.toContain(
    `Overall: ${first} in the first round, ${last} in the latest (${change > 0 ? '+' : ''}${change}).`,
  )
  await page.locator('.rounds-figure__chart svg.recharts-surface').nth(1).waitFor()
  await page.screenshot({ path: `${SHOTS}/rounds.png`, fullPage: true })
  await expectNoAxeViolations(page)
  expectNothingWrong()
})
