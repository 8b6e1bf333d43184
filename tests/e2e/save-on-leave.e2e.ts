// design/reliability.md items 4 and 9 for whole assessments: an assessment that is added to the
// library (an example opened, a new one set up, a duplicate) or deleted, and the page left a few
// milliseconds later, before any debounced save has run. Leaving is a reload, a full load of
// another address, a full load of the start address, or closing the tab and opening the app in a
// new one. The added assessment must be there afterwards; the deleted one must stay deleted,
// with its snapshot kept for undo. Runs against the production build.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { BASE_URL, launchBrowser, newWatchedPage, type Watched } from './support/browser'
import { createAssessment, waitForStored } from './support/app'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** How long the page stays after the action before it is left: well under the 250 ms debounce. */
const LINGER_MS = 30

type Leave = 'reload' | 'goto another address' | 'goto the start address' | 'close the tab'
const LEAVES: Leave[] = [
  'reload',
  'goto another address',
  'goto the start address',
  'close the tab',
]

/** Leaves the page the given way; resolves with the page the user is on afterwards. */
async function leave(w: Watched, how: Leave): Promise<Page> {
  switch (how) {
    case 'reload':
      await w.page.reload()
      return w.page
    case 'goto another address':
      // A different query string: always a full load, never a same-document navigation.
      await w.page.goto(`${BASE_URL}/?again=1`)
      return w.page
    case 'goto the start address':
      // From "/#/a/<id>" to "/": the address loses its fragment, so this is a full load too.
      await w.page.goto(BASE_URL)
      return w.page
    case 'close the tab': {
      await w.page.close({ runBeforeUnload: true })
      return w.context.newPage()
    }
  }
}

/** Opens the library and waits until the stored assessments have been read. */
async function openLibrary(page: Page): Promise<void> {
  if (!/#\/?$/.test(page.url()) && !page.url().endsWith(`${new URL(BASE_URL).host}/`)) {
    await page.goto(`${BASE_URL}/#/`)
  }
  await page
    .getByRole('heading', { level: 1, name: 'International Solidarity Assessment' })
    .waitFor()
  // The list region is busy until the assessments (or their stored summaries) have been read.
  await page.locator('#library-list[aria-busy="false"]').waitFor()
}

/** The titles of the library's cards, once the library has been read. */
async function libraryTitles(page: Page): Promise<string[]> {
  await openLibrary(page)
  return (await page.locator('.card .card__title').allTextContents()).map((t) => t.trim()).sort()
}

/** The ids of the assessments the library index and records hold on this device. */
function storedIds(entries: Record<string, unknown>): string[] {
  return Object.keys(entries)
    .filter((k) => k.startsWith('isa:assessment:'))
    .map((k) => k.slice('isa:assessment:'.length))
    .sort()
}

function idFromUrl(page: Page): string {
  const match = /#\/a\/([^/]+)$/.exec(page.url())
  if (!match?.[1]) throw new Error(`not on a task list: ${page.url()}`)
  return decodeURIComponent(match[1])
}

/** The ids of the library's cards, read from their links, once the library has been read. */
async function libraryIds(page: Page): Promise<string[]> {
  await openLibrary(page)
  const hrefs = await page
    .locator('.card .card__title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  return hrefs.map((h) => decodeURIComponent(h.replace(/^.*#\/a\//, ''))).sort()
}

describe('an opened example survives leaving the page at once', () => {
  for (const how of LEAVES) {
    test(how, async () => {
      const w = await newWatchedPage(browser)
      await w.page.goto(`${BASE_URL}/#/`)
      await openLibrary(w.page)
      const button = w.page.getByRole('button', { name: /^Open the example: / }).first()
      await button.waitFor()
      await button.click()
      await w.page.waitForURL(/#\/a\/[^/]+$/)
      const id = idFromUrl(w.page)
      await w.page.waitForTimeout(LINGER_MS)
      const page = await leave(w, how)

      expect(await libraryIds(page)).toEqual([id])
      // And it is written for good, not only held in memory by the new page.
      await waitForStored(page, (e) => storedIds(e).includes(id))
      expect(w.errors).toEqual([])
      await w.context.close()
    })
  }
})

describe('a new assessment survives leaving the page right after set-up', () => {
  for (const how of LEAVES) {
    test(how, async () => {
      const w = await newWatchedPage(browser)
      await w.page.goto(`${BASE_URL}/#/new`)
      await w.page.locator('#setup-state').fill('Ghana')
      await w.page.locator('#setup-respondent-state').check()
      await w.page.locator('#setup-roles-provider').check()
      await w.page.locator('#setup-period-from').fill('2024-01-01')
      await w.page.locator('#setup-period-to').fill('2024-12-31')
      await w.page.locator('#setup-organisation').fill('Ministry of Foreign Affairs')
      await w.page.getByRole('button', { name: 'Create assessment' }).click()
      await w.page.waitForURL(/#\/a\/[^/]+$/)
      const id = idFromUrl(w.page)
      await w.page.waitForTimeout(LINGER_MS)
      const page = await leave(w, how)

      expect(await libraryTitles(page)).toEqual(['Ghana'])
      await waitForStored(page, (e) => storedIds(e).includes(id))
      expect(w.errors).toEqual([])
      await w.context.close()
    })
  }
})

describe('a duplicate survives leaving the page at once', () => {
  for (const how of LEAVES) {
    test(how, async () => {
      const w = await newWatchedPage(browser)
      const original = await createAssessment(w.page, 'Chile')
      await w.page.goto(`${BASE_URL}/#/`)
      await openLibrary(w.page)
      await w.page
        .locator('.card')
        .first()
        .getByRole('button', { name: /^Duplicate/ })
        .click()
      await w.page.waitForURL(/#\/a\/[^/]+$/)
      const copy = idFromUrl(w.page)
      expect(copy).not.toBe(original)
      await w.page.waitForTimeout(LINGER_MS)
      const page = await leave(w, how)

      expect(await libraryTitles(page)).toEqual(['Chile', 'Copy of Chile'])
      await waitForStored(page, (e) => storedIds(e).join() === [original, copy].sort().join())
      expect(w.errors).toEqual([])
      await w.context.close()
    })
  }
})

describe('a deleted assessment stays deleted after leaving the page at once, its snapshot kept', () => {
  for (const how of LEAVES) {
    test(how, async () => {
      const w = await newWatchedPage(browser)
      const kept = await createAssessment(w.page, 'Kenya')
      const doomed = await createAssessment(w.page, 'Peru')
      await w.page.goto(`${BASE_URL}/#/`)
      await openLibrary(w.page)
      const cards = w.page.locator('.card')
      await expect(cards.count()).resolves.toBe(2)
      await cards
        .filter({ hasText: 'Peru' })
        .getByRole('button', { name: /^Delete/ })
        .click()
      await w.page.getByRole('status').filter({ hasText: 'was deleted' }).waitFor()
      await w.page.waitForTimeout(LINGER_MS)
      const page = await leave(w, how)

      expect(await libraryTitles(page)).toEqual(['Kenya'])
      const entries = await waitForStored(page, (e) => storedIds(e).join() === kept)
      // The copy taken before deletion is on the device, where the Files page offers it for restore.
      const snapshots = Object.keys(entries).filter((k) =>
        k.startsWith(`isa:snapshot:delete:${doomed}:`),
      )
      expect(snapshots).toHaveLength(1)
      const snapshot = entries[snapshots[0] ?? ''] as {
        assessment?: { id?: string; meta?: { state?: string } }
      }
      expect(snapshot.assessment?.id).toBe(doomed)
      expect(snapshot.assessment?.meta?.state).toBe('Peru')
      // A second load does not bring it back either (nothing parked is merged in again).
      await page.reload()
      expect(await libraryTitles(page)).toEqual(['Kenya'])
      expect(w.errors).toEqual([])
      await w.context.close()
    })
  }
})
