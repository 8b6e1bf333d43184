import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser } from 'playwright-core'
import { BASE_URL, launchBrowser, newWatchedPage } from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

test('the built app loads under its Content-Security-Policy with no off-origin request', async () => {
  const w = await newWatchedPage(browser)
  await w.page.goto(BASE_URL)
  await expect(w.page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
    'International Solidarity Assessment',
  )
  expect(w.offOrigin).toEqual([])
  expect(w.cspViolations).toEqual([])
  expect(w.errors).toEqual([])
  await w.context.close()
})
