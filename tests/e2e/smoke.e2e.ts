// The built app's start screen loads under its Content-Security-Policy, says what it is, and
// offers the ways in, with no off-origin request and no error.
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

test('the start screen loads under the CSP with no off-origin request', async () => {
  const w = await newWatchedPage(browser)
  await w.page.goto(BASE_URL)
  const h1 = w.page.getByRole('heading', { level: 1 })
  await expect(h1.textContent()).resolves.toContain('International Solidarity Assessment')
  await w.page.getByRole('link', { name: 'New assessment' }).waitFor()
  await w.page.getByText('Runs on this device — nothing is sent').waitFor()
  await w.page.getByRole('heading', { level: 2, name: 'Your assessments' }).waitFor()
  await expect(w.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en')
  expect(w.offOrigin).toEqual([])
  expect(w.cspViolations).toEqual([])
  expect(w.errors).toEqual([])
  await w.context.close()
})
