// The assessment workspace in Chromium against the production build: create a shadow
// assessment, answer a unit with evidence, survive a reload and a closed tab, complete a unit
// with the keyboard alone, delete and undo. Every step runs under the CSP with request watching.
import { readFileSync, mkdirSync } from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { BASE_URL, launchBrowser, newWatchedPage, type Watched } from './support/browser'
import type { Questionnaire } from '@/domain/questionnaire/schema'

const questionnaire = JSON.parse(
  readFileSync('questionnaires/international-solidarity-7-9.json', 'utf8'),
) as Questionnaire
const SHOTS = '/tmp/shots'
mkdirSync(SHOTS, { recursive: true })

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

function unit(id: string) {
  const u = questionnaire.articles.flatMap((a) => a.units).find((x) => x.id === id)
  if (!u) throw new Error(`no unit ${id}`)
  return u
}

async function createShadowAssessment(page: Page, state: string): Promise<string> {
  await page.goto(BASE_URL)
  await page.getByRole('link', { name: 'New assessment' }).click()
  await page.getByRole('heading', { level: 1, name: 'Set up a new assessment' }).waitFor()
  await page.getByRole('button', { name: 'Create assessment' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await summary.waitFor()
  await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain('error-summary')
  await page.screenshot({ path: `${SHOTS}/setup-errors.png`, fullPage: true })
  // The summary's link moves focus to its field.
  await summary.getByRole('link', { name: 'Enter the name of the State assessed' }).click()
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('setup-state')

  await page.getByLabel('State assessed').fill(state)
  await page.getByLabel('NGO shadow assessment').check()
  await page.getByLabel('Provider of cooperation').check()
  await page.getByLabel('From').fill('2024-01-01')
  await page.getByLabel('To', { exact: true }).fill('2024-12-31')
  await page.getByLabel('Organisation making the assessment').fill('Civic Watch')
  await page.getByRole('button', { name: 'Create assessment' }).click()
  await page.getByRole('heading', { level: 1, name: 'Your assessment' }).waitFor()
  const id = decodeURIComponent(new URL(page.url()).hash.replace('#/a/', ''))
  expect(id).toMatch(/^[0-9a-f-]{36}$/)
  return id
}

/** Answers every in-role question of a unit through the mouse-and-type API. */
async function answerUnit(page: Page, unitId: string) {
  for (const q of unit(unitId).questions.filter((x) => x.roles.includes('provider'))) {
    const section = page.locator(`section[id="q-${q.id}"]`)
    const value = section.locator(`[id="q-${q.id}-value"]`)
    switch (q.answer.type) {
      case 'yes-partly-no':
      case 'maturity':
      case 'checklist':
        await value.check()
        break
      case 'number':
        await value.fill(String(q.answer.min))
        break
    }
  }
}

test('create a shadow assessment, answer a unit with evidence, and find everything after a reload', async () => {
  const { page } = w
  await page.goto(BASE_URL)
  await page.getByRole('heading', { level: 1, name: 'International Solidarity Assessment' }).waitFor()
  const id = await createShadowAssessment(page, 'Bolivia (Plurinational State of)')
  await page.screenshot({ path: `${SHOTS}/task-list-new.png`, fullPage: true })

  await page.getByRole('link', { name: /^7\.1 / }).click()
  await page.getByRole('heading', { level: 1 }).filter({ hasText: '7.1' }).waitFor()
  await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1')
  await answerUnit(page, '7.1')
  const first = page.locator('section[id="q-7.1-S1"]')
  await first.getByRole('button', { name: 'Add evidence' }).click()
  await first.getByLabel('Kind of evidence').selectOption('link')
  await first.getByLabel('Title of the linked page').fill('Cooperation strategy 2024–2027')
  await first.getByLabel('Web address', { exact: true }).fill('https://example.org/strategy.pdf')
  await first.getByLabel('Confidential').check()
  await first.getByLabel('Comment (optional)').fill('Objectives on six of the seven issues.')
  await first.getByLabel('High').check()
  await page.screenshot({ path: `${SHOTS}/unit-page.png`, fullPage: true })
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent?.startsWith('Saved on this device '))

  await page.reload()
  const reloaded = page.locator('section[id="q-7.1-S1"]')
  await reloaded.waitFor()
  await expect(reloaded.getByLabel('Title of the linked page').inputValue()).resolves.toBe('Cooperation strategy 2024–2027')
  await expect(reloaded.getByLabel('Web address', { exact: true }).inputValue()).resolves.toBe('https://example.org/strategy.pdf')
  await expect(reloaded.getByLabel('Confidential').isChecked()).resolves.toBe(true)
  await expect(reloaded.getByLabel('Comment (optional)').inputValue()).resolves.toBe('Objectives on six of the seven issues.')
  await expect(reloaded.getByLabel('High').isChecked()).resolves.toBe(true)
  for (const q of unit('7.1').questions.filter((x) => x.roles.includes('provider'))) {
    const value = page.locator(`[id="q-${q.id}-value"]`)
    if (q.answer.type === 'number') await expect(value.inputValue()).resolves.toBe(String(q.answer.min))
    else await expect(value.isChecked()).resolves.toBe(true)
  }

  await page.goto(`${BASE_URL}/#/a/${id}`)
  const row = page.locator('.task-list__item').filter({ hasText: '7.1' }).first()
  await expect(row.locator('.tag').textContent()).resolves.toBe('Complete')
  await page.screenshot({ path: `${SHOTS}/task-list.png`, fullPage: true })

  expect(w.offOrigin).toEqual([])
  expect(w.cspViolations).toEqual([])
  expect(w.errors).toEqual([])
})

test('closing the tab right after typing loses nothing', async () => {
  const page = await w.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(BASE_URL)
  await page.getByRole('heading', { level: 1, name: 'International Solidarity Assessment' }).waitFor()
  await page.locator('.card a').first().click()
  await page.getByRole('link', { name: /^7\.2 / }).click()
  const comment = page.locator('[id="q-7.2-S1-comment"]')
  await comment.waitFor()
  const text = 'Typed a moment before the tab was closed.'
  await comment.pressSequentially(text, { delay: 5 })
  await page.close({ runBeforeUnload: true })

  const again = await w.context.newPage()
  await again.goto(BASE_URL)
  await again.locator('.card a').first().click()
  await again.getByRole('link', { name: /^7\.2 / }).click()
  await again.locator('[id="q-7.2-S1-comment"]').waitFor()
  await expect(again.locator('[id="q-7.2-S1-comment"]').inputValue()).resolves.toBe(text)
  await again.close()
  expect(errors).toEqual([])
})

/** Presses Tab until the focused element satisfies `match`; fails after `max` presses. */
async function tabTo(page: Page, match: (el: { id: string; tag: string; text: string; type: string }) => boolean, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null
      return {
        id: a?.id ?? '',
        tag: a?.tagName ?? '',
        text: a?.textContent?.trim() ?? '',
        type: (a as HTMLInputElement | null)?.type ?? '',
      }
    })
    if (match(el)) return
  }
  throw new Error('the element was never reached with Tab')
}

test('a whole unit can be completed with the keyboard alone', async () => {
  const { page } = w
  await page.goto(BASE_URL)
  await page.locator('.card a').first().waitFor()
  // From the start of the page: skip link, then into the list.
  await tabTo(page, (el) => el.tag === 'A' && el.text === 'Skip to main content')
  await tabTo(page, (el) => el.tag === 'A' && el.text.startsWith('Bolivia'))
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { level: 1, name: 'Your assessment' }).waitFor()
  await tabTo(page, (el) => el.tag === 'A' && el.text.startsWith('7.4'))
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { level: 1 }).filter({ hasText: '7.4' }).waitFor()
  for (const q of unit('7.4').questions.filter((x) => x.roles.includes('provider'))) {
    const firstId = `q-${q.id}-value`
    await tabTo(page, (el) => el.id === firstId)
    switch (q.answer.type) {
      case 'yes-partly-no':
      case 'maturity':
        // Arrow keys move within a radio group and select.
        await page.keyboard.press('ArrowRight')
        break
      case 'checklist':
        await page.keyboard.press('Space')
        break
      case 'number':
        await page.keyboard.type(String(q.answer.max))
        break
    }
  }
  await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Save and continue')
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { level: 1 }).filter({ hasText: '7.5' }).waitFor()
  await page.goBack()
  await page.goBack()
  await page.getByRole('heading', { level: 1, name: 'Your assessment' }).waitFor()
  const row = page.locator('.task-list__item').filter({ hasText: '7.4' }).first()
  await expect(row.locator('.tag').textContent()).resolves.toBe('Complete')
  expect(w.errors).toEqual([])
})

test('an invalid answer is listed in the error summary, whose link focuses the field', async () => {
  const { page } = w
  await page.goto(BASE_URL)
  await page.locator('.card a').first().click()
  await page.getByRole('link', { name: /^7\.3 / }).click()
  const section = page.locator('section[id="q-7.3-S2"]')
  await section.waitFor()
  await section.getByLabel('Not applicable').check()
  await section.getByRole('button', { name: 'Add evidence' }).click()
  await section.getByLabel('Kind of evidence').selectOption('link')
  await page.getByRole('button', { name: 'Save and continue' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await summary.waitFor()
  await expect(summary.getByRole('link').allTextContents()).resolves.toEqual([
    '7.3-S2: give a reason why the question does not apply',
    '7.3-S2: describe evidence 1',
    '7.3-S2: enter the web address of evidence 1',
  ])
  await page.screenshot({ path: `${SHOTS}/unit-errors.png`, fullPage: true })
  await summary.getByRole('link', { name: /give a reason/ }).click()
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q-7.3-S2-reason')
  // Inline error beside the field too.
  await expect(section.locator('.error-message').first().textContent()).resolves.toContain('give a reason')
})

test('delete an assessment and undo', async () => {
  const { page } = w
  await page.goto(BASE_URL)
  await page.getByRole('heading', { level: 1, name: 'International Solidarity Assessment' }).waitFor()
  await page.locator('#library-list[aria-busy="false"]').waitFor()
  await page.screenshot({ path: `${SHOTS}/library.png`, fullPage: true })
  const cards = page.locator('.card')
  await expect(cards.count()).resolves.toBe(1)
  await cards.first().getByRole('button', { name: /^Delete/ }).click()
  // A deletion asked for while the records are still being read happens once they are.
  await expect.poll(() => cards.count()).toBe(0)
  const status = page.getByRole('status').filter({ hasText: 'was deleted' })
  await status.waitFor()
  await status.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => cards.count()).toBe(1)
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent?.startsWith('Saved on this device '))
  await page.reload()
  await page.locator('.card').first().waitFor()
  await expect(page.locator('.card h3').first().textContent()).resolves.toContain('Bolivia')
  expect(w.offOrigin).toEqual([])
  expect(w.cspViolations).toEqual([])
  expect(w.errors).toEqual([])
})
