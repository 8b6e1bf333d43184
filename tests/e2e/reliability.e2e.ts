// design/reliability.md in a real browser: no lost typing on reload or close (item 4), hydration
// that never overwrites stored data (5), full storage (6), two tabs (7), persistent storage and
// the export reminder (8), undo by snapshots (9), nothing leaving the device and no CSP violation
// in a full run (11, 12), prompt-to-update and offline (14). Runs against the production build.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { BASE_URL, launchBrowser, newWatchedPage } from './support/browser'
import {
  commentFields,
  createAssessment,
  downloadedText,
  firstUnitPath,
  installDeafChannel,
  installQuotaSwitch,
  installSlowOpen,
  LAST_EXPORT_KEY,
  openUnit,
  questionIdOf,
  recordUnhandledRejections,
  storedComments,
  storedEntries,
  waitForStored,
  writeStored,
} from './support/app'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const DAY = 24 * 60 * 60 * 1000

/** Fills the first `count` comment fields with distinct text, as fast as the page accepts input. */
async function typeComments(page: Page, count: number, tag: string): Promise<Record<string, string>> {
  const fields = commentFields(page)
  const typed: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i)
    const text = `${tag} comment ${i}: évaluation — تضامن`
    await field.fill(text)
    typed[await questionIdOf(field)] = text
  }
  return typed
}

async function commentsOnPage(page: Page): Promise<Record<string, string>> {
  const fields = commentFields(page)
  const out: Record<string, string> = {}
  for (let i = 0; i < (await fields.count()); i++) {
    const value = await fields.nth(i).inputValue()
    if (value) out[await questionIdOf(fields.nth(i))] = value
  }
  return out
}

describe('item 4: no lost typing', () => {
  test('reload a few milliseconds after the last keystroke: every answer is kept', async () => {
    const w = await newWatchedPage(browser)
    const id = await createAssessment(w.page)
    const unit = await firstUnitPath(w.page, id)
    await openUnit(w.page, unit)
    const fields = commentFields(w.page)
    const typed: Record<string, string> = {}
    // Typed key by key; the last key is followed by the reload at once.
    for (let i = 0; i < 4; i++) {
      const text = `typed ${i} ${'x'.repeat(i + 3)}`
      await fields.nth(i).pressSequentially(text, { delay: 0 })
      typed[await questionIdOf(fields.nth(i))] = text
    }
    await w.page.reload()
    await openUnit(w.page, unit)
    expect(await commentsOnPage(w.page)).toEqual(typed)
    expect(storedComments(await storedEntries(w.page), id)).toEqual(typed)
    expect(w.errors).toEqual([])
    await w.context.close()
  })

  test('close the tab right after typing and open the app again: every answer is kept', async () => {
    const w = await newWatchedPage(browser)
    const id = await createAssessment(w.page)
    const unit = await firstUnitPath(w.page, id)
    await openUnit(w.page, unit)
    const typed = await typeComments(w.page, 5, 'closing')
    await w.page.close({ runBeforeUnload: true })
    const again = await w.context.newPage()
    await openUnit(again, unit)
    expect(await commentsOnPage(again)).toEqual(typed)
    expect(storedComments(await storedEntries(again), id)).toEqual(typed)
    await w.context.close()
  })
})

describe('item 5: hydration', () => {
  test('while stored data is still being read, nothing can change it, and a close writes nothing', async () => {
    const w = await newWatchedPage(browser)
    await w.context.addInitScript(installSlowOpen)
    const id = await createAssessment(w.page)
    const unit = await firstUnitPath(w.page, id)
    await openUnit(w.page, unit)
    const typed = await typeComments(w.page, 2, 'stored')
    await waitForStored(w.page, (e) => Object.keys(storedComments(e, id)).length === 2)
    const before = JSON.stringify(await storedEntries(w.page))

    await w.page.evaluate(() => sessionStorage.setItem('e2e-idb-delay', '1500'))
    await w.page.reload()
    // Reading takes 1.5 s: the screen waits and offers no field to type into.
    await w.page.getByRole('status').filter({ hasText: 'Loading' }).first().waitFor({ timeout: 1000 })
    expect(await commentFields(w.page).count()).toBe(0)
    expect(JSON.stringify(await storedEntries(w.page))).toBe(before)
    // Leaving during hydration fires the pagehide flush, which must not write the empty state.
    await w.page.evaluate(() => sessionStorage.removeItem('e2e-idb-delay'))
    await w.page.reload()
    await openUnit(w.page, unit)
    expect(await commentsOnPage(w.page)).toEqual(typed)
    expect(JSON.stringify(await storedEntries(w.page))).toBe(before)
    await w.context.close()
  })

  test('stored data from a newer version: a blocking message with "Export raw backup", nothing written', async () => {
    const w = await newWatchedPage(browser)
    const id = await createAssessment(w.page)
    await writeStored(w.page, 'isa:index', { version: 99, ids: [id] })
    const before = JSON.stringify(await storedEntries(w.page))
    await w.page.reload()
    await w.page.getByRole('heading', { level: 1, name: 'Your assessments cannot be opened by this version' }).waitFor()
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'Export raw backup' }).click(),
    ])
    const raw = JSON.parse(await downloadedText(download)) as Record<string, unknown>
    expect(Object.keys(raw)).toContain(`isa:assessment:${id}`)
    await w.page.close({ runBeforeUnload: true })
    const again = await w.context.newPage()
    await again.goto(`${BASE_URL}/#/`)
    await again.getByRole('heading', { level: 1, name: 'Your assessments cannot be opened by this version' }).waitFor()
    expect(JSON.stringify(await storedEntries(again))).toBe(before)
    await w.context.close()
  })

  test('a failed migration: a blocking message, the records untouched, only the raw backup added', async () => {
    const w = await newWatchedPage(browser)
    const id = await createAssessment(w.page)
    // Layout 0 never existed, so no migration step can read it.
    await writeStored(w.page, 'isa:index', { version: 0, ids: [id] })
    const before = await storedEntries(w.page)
    await w.page.reload()
    await w.page.getByRole('heading', { level: 1, name: 'Your assessments cannot be opened by this version' }).waitFor()
    await w.page.getByRole('button', { name: 'Export raw backup' }).waitFor()
    const after = await storedEntries(w.page)
    const added = Object.keys(after).filter((k) => !(k in before))
    expect(added).toHaveLength(1)
    expect(added[0]).toMatch(/^isa:backup:v0:/)
    for (const [k, v] of Object.entries(before)) expect(JSON.stringify(after[k])).toBe(JSON.stringify(v))
    await w.context.close()
  })
})

describe('item 6: storage full', () => {
  test('a QuotaExceededError is shown within a second, work stays exportable, and the message clears', async () => {
    const w = await newWatchedPage(browser)
    await w.context.addInitScript(installQuotaSwitch)
    await w.context.addInitScript(recordUnhandledRejections)
    const id = await createAssessment(w.page)
    const unit = await firstUnitPath(w.page, id)
    await openUnit(w.page, unit)
    await w.page.evaluate(() => {
      ;(window as unknown as { __failWrites: boolean }).__failWrites = true
    })
    const typed = await typeComments(w.page, 3, 'unsaved')
    const alert = w.page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved on this device' })
    const t0 = Date.now()
    await alert.waitFor({ state: 'visible', timeout: 1000 })
    expect(Date.now() - t0).toBeLessThan(1000)
    expect(await alert.textContent()).toContain('storage for this app is full')
    await alert.scrollIntoViewIfNeeded()
    await w.page.screenshot({ path: '/tmp/shots/quota-message.png', fullPage: false })

    // Everything is still in memory: export it from the Files page (an in-app navigation).
    await w.page.locator('footer').getByRole('link', { name: 'Files' }).click()
    await w.page.getByRole('heading', { level: 1, name: 'Files' }).waitFor()
    await w.page.getByText('Your latest changes could not be saved on this device').waitFor()
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'Export file', exact: true }).click(),
    ])
    const file = JSON.parse(await downloadedText(download)) as {
      assessments: { id: string; answers: Record<string, { comment?: string }> }[]
    }
    const exported = file.assessments.find((a) => a.id === id)
    for (const [qid, text] of Object.entries(typed)) expect(exported?.answers[qid]?.comment).toBe(text)
    expect(storedComments(await storedEntries(w.page), id)).toEqual({})

    await w.page.evaluate(() => {
      ;(window as unknown as { __failWrites: boolean }).__failWrites = false
    })
    // Saving is retried on its own; the message goes once a write succeeds.
    await alert.waitFor({ state: 'detached', timeout: 8000 })
    await waitForStored(w.page, (e) => Object.keys(storedComments(e, id)).length === 3)
    expect(await w.page.evaluate(() => (window as unknown as { __unhandled: string[] }).__unhandled)).toEqual([])
    expect(w.errors.filter((e) => e.startsWith('pageerror'))).toEqual([])
    await w.context.close()
  })
})

describe('item 7: two tabs', () => {
  test('alternate edits in two tabs on one assessment: nothing is lost', async () => {
    const w = await newWatchedPage(browser)
    const id = await createAssessment(w.page)
    const unit = await firstUnitPath(w.page, id)
    await openUnit(w.page, unit)
    const other = await w.context.newPage()
    await openUnit(other, unit)
    const expected: Record<string, string> = {}
    for (let round = 0; round < 4; round++) {
      const page = round % 2 === 0 ? w.page : other
      const field = commentFields(page).nth(round)
      const text = `round ${round} from tab ${round % 2 === 0 ? 'A' : 'B'}`
      await field.fill(text)
      expected[await questionIdOf(field)] = text
      await waitForStored(page, (e) => storedComments(e, id)[Object.keys(expected).at(-1) ?? ''] === text)
      // The other tab hears of the save and shows it before its own next edit.
      const listener = round % 2 === 0 ? other : w.page
      await listener.waitForFunction(
        ([sel, value]) => (document.getElementById(sel) as HTMLTextAreaElement | null)?.value === value,
        [`q-${Object.keys(expected).at(-1)}-comment`, text] as const,
      )
    }
    expect(storedComments(await storedEntries(w.page), id)).toEqual(expected)
    await w.page.reload()
    await openUnit(w.page, unit)
    expect(await commentsOnPage(w.page)).toEqual(expected)
    await w.context.close()
  })

  test('a tab that missed newer saves never writes over them', async () => {
    const w = await newWatchedPage(browser)
    await w.context.addInitScript(installDeafChannel)
    const id = await createAssessment(w.page)
    const unit = await firstUnitPath(w.page, id)
    // Tab B hears nothing from other tabs, like a tab frozen in the background.
    const stale = await w.context.newPage()
    await stale.goto(`${BASE_URL}/#/`)
    await stale.evaluate(() => sessionStorage.setItem('e2e-deaf', '1'))
    await stale.reload()
    await openUnit(stale, unit)
    await openUnit(w.page, unit)

    const newer = commentFields(w.page).nth(0)
    await newer.fill('newer work in tab A')
    const newerId = await questionIdOf(newer)
    await waitForStored(w.page, (e) => storedComments(e, id)[newerId] === 'newer work in tab A')
    const revisionBefore = ((await storedEntries(w.page))[`isa:assessment:${id}`] as { revision: number }).revision

    const outdated = commentFields(stale).nth(1)
    await outdated.fill('edit in the outdated tab B')
    const outdatedId = await questionIdOf(outdated)
    const entries = await waitForStored(stale, (e) => storedComments(e, id)[outdatedId] === 'edit in the outdated tab B')
    expect(storedComments(entries, id)).toEqual({ [newerId]: 'newer work in tab A', [outdatedId]: 'edit in the outdated tab B' })
    expect((entries[`isa:assessment:${id}`] as { revision: number }).revision).toBeGreaterThan(revisionBefore)
    // Hidden, then closed: its last flush must not undo tab A's work either.
    await stale.close({ runBeforeUnload: true })
    await w.page.reload()
    await openUnit(w.page, unit)
    expect(await commentsOnPage(w.page)).toEqual({ [newerId]: 'newer work in tab A', [outdatedId]: 'edit in the outdated tab B' })
    await w.context.close()
  })
})

describe('item 8: eviction', () => {
  test('persistent storage is requested once there is work, and the answer is shown', async () => {
    const w = await newWatchedPage(browser)
    await w.context.addInitScript(() => {
      const original = StorageManager.prototype.persist
      const count = window as unknown as { __persistCalls: number }
      count.__persistCalls = 0
      StorageManager.prototype.persist = function persist(this: StorageManager) {
        count.__persistCalls += 1
        return original.call(this)
      }
    })
    await createAssessment(w.page)
    await w.page.waitForFunction(() => (window as unknown as { __persistCalls: number }).__persistCalls > 0)
    await w.page.locator('footer').getByRole('link', { name: /Privacy/ }).click()
    const answer = w.page.getByTestId('persistence-answer')
    await answer.and(w.page.locator('[data-answer="granted"], [data-answer="denied"]')).waitFor()
    const persisted = await w.page.evaluate(() => navigator.storage.persisted())
    expect(await answer.getAttribute('data-answer')).toBe(persisted ? 'granted' : 'denied')
    expect(await answer.textContent()).toContain(persisted ? 'it has agreed' : 'it has not agreed')
    await w.page.getByTestId('storage-estimate').filter({ hasText: 'MB' }).waitFor()
    await w.page.screenshot({ path: '/tmp/shots/privacy.png', fullPage: true })
    await w.context.close()
  })

  test('the export reminder appears when the last export is over 7 days old, and goes after an export', async () => {
    const w = await newWatchedPage(browser)
    const id = await createAssessment(w.page)
    const unit = await firstUnitPath(w.page, id)
    const banner = w.page.getByRole('region', { name: 'Keep a copy of your work' })
    // An assessment with no answers yet: nothing to lose, no reminder.
    expect(await banner.count()).toBe(0)
    await openUnit(w.page, unit)
    await typeComments(w.page, 1, 'worth keeping')
    await banner.waitFor()
    expect(await banner.textContent()).toContain('You have not exported')

    await writeStored(w.page, LAST_EXPORT_KEY, new Date(Date.now() - 3 * DAY).toISOString())
    await w.page.reload()
    await commentFields(w.page).first().waitFor()
    // The export date is read just after the page appears; give it time before checking.
    await w.page.waitForTimeout(500)
    expect(await banner.count()).toBe(0)

    await writeStored(w.page, LAST_EXPORT_KEY, new Date(Date.now() - 8 * DAY).toISOString())
    await w.page.reload()
    await banner.waitFor()
    expect(await banner.textContent()).toContain('8 days ago')

    await banner.getByRole('link', { name: 'Export a file' }).click()
    await w.page.getByRole('heading', { level: 1, name: 'Files' }).waitFor()
    await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Export file', exact: true }).click()])
    await banner.waitFor({ state: 'detached' })
    const recorded = (await storedEntries(w.page))[LAST_EXPORT_KEY]
    expect(Date.now() - Date.parse(String(recorded))).toBeLessThan(60_000)
    await w.context.close()
  })
})

describe('item 9: undo for destruction', () => {
  test('delete → snapshot → restore from the Files page', async () => {
    const w = await newWatchedPage(browser)
    const id = await createAssessment(w.page, 'Chile')
    const unit = await firstUnitPath(w.page, id)
    await openUnit(w.page, unit)
    const typed = await typeComments(w.page, 2, 'precious')
    await waitForStored(w.page, (e) => Object.keys(storedComments(e, id)).length === 2)
    await w.page.goto(`${BASE_URL}/#/`)
    await w.page.getByRole('button', { name: 'Delete Chile' }).click()
    await waitForStored(w.page, (e) => !(`isa:assessment:${id}` in e))

    await w.page.goto(`${BASE_URL}/#/files`)
    const item = w.page.locator('.files-snapshot').filter({ hasText: 'Before deletion' }).filter({ hasText: 'Chile' })
    await item.waitFor()
    expect(await item.textContent()).toContain('not in your library now')
    await item.getByRole('button', { name: /^Restore/ }).click()
    await w.page.getByText('Chile is restored in your library.').waitFor()
    await waitForStored(w.page, (e) => `isa:assessment:${id}` in e)
    await w.page.reload()
    await openUnit(w.page, unit)
    expect(await commentsOnPage(w.page)).toEqual(typed)
    await w.context.close()
  })

  test('import-replace → snapshot → restore', async () => {
    const w = await newWatchedPage(browser)
    const id = await createAssessment(w.page, 'Ghana')
    const unit = await firstUnitPath(w.page, id)
    await openUnit(w.page, unit)
    const first = await typeComments(w.page, 1, 'in the file')
    await w.page.goto(`${BASE_URL}/#/files`)
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'Export file', exact: true }).click(),
    ])
    const fileText = await downloadedText(download)

    // Later work that the import will replace.
    await openUnit(w.page, unit)
    const later = { ...first, ...(await typeComments(w.page, 2, 'later')) }
    await waitForStored(w.page, (e) => JSON.stringify(storedComments(e, id)) === JSON.stringify(later))

    await w.page.goto(`${BASE_URL}/#/files`)
    await w.page.getByLabel('Choose an assessment file').setInputFiles({
      name: 'ghana.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText),
    })
    const previewTable = w.page.getByRole('table', { name: 'Assessments in the file' })
    await previewTable.waitFor()
    // The library copy is newer than the file's, so it is skipped unless the user says otherwise.
    expect(await previewTable.textContent()).toContain('Skipped')
    await w.page.getByLabel('Also replace copies in my library that were changed more recently').check()
    expect(await previewTable.textContent()).toContain('Replaces your copy')
    await w.page.screenshot({ path: '/tmp/shots/files-import-preview.png', fullPage: true })
    await w.page.getByRole('button', { name: 'Import 1 assessment' }).click()
    await w.page.getByText('From ghana.json: 0 new, 1 replaced, 0 skipped.').waitFor()
    await waitForStored(w.page, (e) => JSON.stringify(storedComments(e, id)) === JSON.stringify(first))

    const item = w.page.locator('.files-snapshot').filter({ hasText: 'Before an import replaced it' })
    await item.waitFor()
    await item.getByRole('button', { name: /^Restore/ }).click()
    await w.page.getByText('Ghana is restored in your library.').waitFor()
    await waitForStored(w.page, (e) => JSON.stringify(storedComments(e, id)) === JSON.stringify(later))
    await w.page.screenshot({ path: '/tmp/shots/files.png', fullPage: true })
    await w.context.close()
  })
})

describe('items 11 and 12: a full run stays on the device', () => {
  test('create, fill, results, export (plain and encrypted), import: no other origin, no CSP violation', async () => {
    const w = await newWatchedPage(browser)
    const id = await createAssessment(w.page, 'Kenya')
    const unit = await firstUnitPath(w.page, id)
    await openUnit(w.page, unit)
    // Answer the first question of each kind offered, then comment.
    const radios = w.page.locator('input[type="radio"][id$="-value"]')
    for (let i = 0; i < Math.min(3, await radios.count()); i++) await radios.nth(i).check()
    await typeComments(w.page, 2, 'full run')
    await waitForStored(w.page, (e) => Object.keys(storedComments(e, id)).length === 2)

    await w.page.goto(`${BASE_URL}/#/a/${encodeURIComponent(id)}/results`)
    await w.page.getByRole('heading', { level: 1 }).waitFor()
    await w.page.getByRole('heading', { level: 2, name: 'Summary' }).waitFor()

    await w.page.goto(`${BASE_URL}/#/files`)
    const [plain] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'Export file', exact: true }).click(),
    ])
    expect(JSON.parse(await downloadedText(plain))).toMatchObject({ format: 'international-solidarity-assessment-file' })

    await w.page.getByLabel('Encrypt the file with a passphrase').check()
    await w.page.getByRole('button', { name: 'Export encrypted file' }).click()
    // The error summary names both problems and takes focus.
    const summary = w.page.getByRole('alert').filter({ hasText: 'Enter a passphrase to encrypt the file' })
    await summary.waitFor()
    await w.page.getByLabel('Passphrase', { exact: true }).fill('river lantern orchard seven')
    await w.page.getByLabel('Type the passphrase again').fill('river lantern orchard seven')
    const [sealed] = await Promise.all([
      w.page.waitForEvent('download', { timeout: 20_000 }),
      w.page.getByRole('button', { name: 'Export encrypted file' }).click(),
    ])
    const sealedText = await downloadedText(sealed)
    await w.page.getByLabel('Encrypt the file with a passphrase').uncheck()
    expect(sealedText).not.toContain('Kenya')
    expect(sealedText.split('\n')[0]).toContain('"iterations":600000')

    const fileInput = w.page.getByLabel('Choose an assessment file')
    await fileInput.setInputFiles({ name: 'kenya.encrypted.isa', mimeType: 'application/octet-stream', buffer: Buffer.from(sealedText) })
    await w.page.getByLabel('Passphrase', { exact: true }).fill('wrong passphrase here')
    await w.page.getByRole('button', { name: 'Open file' }).click()
    await w.page.getByRole('alert').filter({ hasText: 'The passphrase is wrong or the file has been altered.' }).waitFor({ timeout: 20_000 })
    await w.page.getByText('Your library has not been changed.').waitFor()
    await w.page.getByLabel('Passphrase', { exact: true }).fill('river lantern orchard seven')
    await w.page.getByRole('button', { name: 'Open file' }).click()
    const previewTable = w.page.getByRole('table', { name: 'Assessments in the file' })
    await previewTable.waitFor({ timeout: 20_000 })
    expect(await previewTable.textContent()).toContain('Skipped')
    expect(await w.page.getByText('0 new, 0 replacing your copy, 1 skipped').count()).toBe(1)
    await w.page.getByRole('button', { name: 'Close' }).click()

    // A rejected file: one message, nothing changed.
    const before = JSON.stringify(await storedEntries(w.page))
    await fileInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') })
    await w.page.getByRole('alert').filter({ hasText: 'This file is not an assessment file from this app' }).waitFor()
    expect(JSON.stringify(await storedEntries(w.page))).toBe(before)

    expect(w.offOrigin).toEqual([])
    expect(w.cspViolations).toEqual([])
    expect(w.errors.filter((e) => e.startsWith('pageerror'))).toEqual([])
    await w.context.close()
  })
})

describe('item 14: app updates and offline', () => {
  let server: PreviewServer | undefined
  let root = ''
  let origin = ''

  beforeAll(async () => {
    // A private copy of the build on its own port, so a new version can be published mid-test
    // without touching dist/ or other tests' service workers.
    root = await mkdtemp(join(tmpdir(), 'isa-sw-'))
    await cp(process.env.E2E_DIST ?? 'dist', root, { recursive: true })
    server = await preview({ build: { outDir: root }, preview: { port: 4191, strictPort: false }, logLevel: 'silent' })
    const url = server.resolvedUrls?.local[0]
    if (!url) throw new Error('the update-test server has no address')
    origin = url.replace(/\/$/, '')
  })
  afterAll(async () => {
    await server?.close()
    if (root) await rm(root, { recursive: true, force: true })
  })

  test('a new version is offered with a prompt and never reloads the page by itself', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${origin}/#/`)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    // A returning visit: the installed worker controls the page.
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    // Unsaved-work marker: lives only as long as this document.
    await page.evaluate(() => {
      ;(window as unknown as { __marker: string }).__marker = 'still here'
    })
    const sw = join(root, 'sw.js')
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n// new version ${Date.now()}\n`)
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })
    const prompt = page.getByTestId('update-prompt')
    await prompt.waitFor({ timeout: 15_000 })
    expect(await prompt.textContent()).toContain('A new version of the app is available')
    // Give an automatic reload every chance to happen: it must not.
    await page.waitForTimeout(1500)
    expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe('still here')
    const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))
    expect(waiting).toBe(true)

    // The user chooses: the page reloads into the new version.
    await Promise.all([page.waitForEvent('load', { timeout: 15_000 }), prompt.getByRole('button', { name: 'Reload' }).click()])
    expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBeUndefined()
    expect(errors).toEqual([])
    await context.close()
  })

  test('after the first visit the app loads offline and shows the library', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${origin}/#/`)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    // The first visit installs the worker; the next load is the first it controls.
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await context.setOffline(true)
    await page.reload()
    await page.getByRole('heading', { level: 2, name: 'Your assessments' }).waitFor()
    await page.locator('#library-list[aria-busy="false"]').waitFor()
    await context.close()
  })
})
