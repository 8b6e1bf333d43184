// Steps the reliability tests take through the built app (create an assessment, type comments,
// read what IndexedDB holds) and init scripts that make storage misbehave on purpose: slow reads,
// full-storage errors, a tab that hears nothing from the others.
import { readFile } from 'node:fs/promises'
import type { Download, Page } from 'playwright-core'
import { BASE_URL } from './browser'

export const DB_NAME = 'international-solidarity-assessment'
export const DB_STORE = 'library'
export const LAST_EXPORT_KEY = 'isa:meta:last-export'

/** Creates an assessment through the set-up form; resolves with its id once its task list shows. */
export async function createAssessment(page: Page, state = 'Norway'): Promise<string> {
  await page.goto(`${BASE_URL}/#/new`)
  await page.locator('#setup-state').fill(state)
  await page.locator('#setup-respondent-state').check()
  await page.locator('#setup-roles-provider').check()
  await page.locator('#setup-period-from').fill('2024-01-01')
  await page.locator('#setup-period-to').fill('2024-12-31')
  await page.locator('#setup-organisation').fill('Ministry of Foreign Affairs')
  await page.getByRole('button', { name: 'Create assessment' }).click()
  await page.waitForURL(/#\/a\/[^/]+$/)
  const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/a\//, ''))
  await waitForStored(page, (entries) => `isa:assessment:${id}` in entries)
  return id
}

/** The hash path of the first unit page of an assessment, read from its task list. */
export async function firstUnitPath(page: Page, id: string): Promise<string> {
  await page.goto(`${BASE_URL}/#/a/${encodeURIComponent(id)}`)
  const link = page.locator('a[href*="/unit/"]').first()
  await link.waitFor()
  const hrefValue = await link.getAttribute('href')
  if (!hrefValue) throw new Error('the task list has no unit link')
  return hrefValue
}

export async function openUnit(page: Page, unitHref: string): Promise<void> {
  await page.goto(`${BASE_URL}/${unitHref}`)
  await page.locator('textarea[id$="-comment"]').first().waitFor()
}

/** The comment fields of the open unit page, in page order. */
export function commentFields(page: Page) {
  return page.locator('textarea[id$="-comment"]')
}

/** Every key and value of the app's IndexedDB store, read with the raw API (the app must have
 * created the database already). */
export async function storedEntries(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ({ dbName, storeName }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(dbName)
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
      try {
        const tx = db.transaction(storeName, 'readonly')
        const store = tx.objectStore(storeName)
        const [keys, values] = await Promise.all([
          new Promise<IDBValidKey[]>((res, rej) => {
            const q = store.getAllKeys()
            q.onsuccess = () => res(q.result)
            q.onerror = () => rej(q.error)
          }),
          new Promise<unknown[]>((res, rej) => {
            const q = store.getAll()
            q.onsuccess = () => res(q.result)
            q.onerror = () => rej(q.error)
          }),
        ])
        return Object.fromEntries(keys.map((k, i) => [String(k), values[i]]))
      } finally {
        db.close()
      }
    },
    { dbName: DB_NAME, storeName: DB_STORE },
  )
}

/** Writes one raw key into the app's IndexedDB store. */
export async function writeStored(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ({ dbName, storeName, key, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(dbName)
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(storeName, 'readwrite')
        tx.objectStore(storeName).put(value, key)
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    { dbName: DB_NAME, storeName: DB_STORE, key, value },
  )
}

/** Polls the stored entries until `check` holds; throws with the last content after `timeoutMs`. */
export async function waitForStored(
  page: Page,
  check: (entries: Record<string, unknown>) => boolean,
  timeoutMs = 5000,
): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs
  let last: Record<string, unknown> = {}
  while (Date.now() < until) {
    last = await storedEntries(page)
    if (check(last)) return last
    await page.waitForTimeout(100)
  }
  throw new Error(`stored data never matched; last seen keys: ${Object.keys(last).join(', ')}`)
}

interface StoredAnswer {
  comment?: string
}
interface StoredRecordShape {
  revision: number
  assessment: { answers: Record<string, StoredAnswer> }
}

/** Comments of a stored assessment by question id. */
export function storedComments(entries: Record<string, unknown>, id: string): Record<string, string> {
  const record = entries[`isa:assessment:${id}`] as StoredRecordShape | undefined
  const out: Record<string, string> = {}
  for (const [qid, a] of Object.entries(record?.assessment.answers ?? {})) if (a.comment) out[qid] = a.comment
  return out
}

/** The question id a comment field belongs to ("q-7.1-S1-comment" → "7.1-S1"). */
export async function questionIdOf(field: ReturnType<typeof commentFields>): Promise<string> {
  const id = await field.getAttribute('id')
  return (id ?? '').replace(/^q-/, '').replace(/-comment$/, '')
}

export async function downloadedText(download: Download): Promise<string> {
  const path = await download.path()
  if (!path) throw new Error('the download has no file')
  return readFile(path, 'utf8')
}

/** Records unhandled promise rejections in window.__unhandled (checked by the tests). */
export function recordUnhandledRejections(): void {
  const w = window as unknown as { __unhandled?: string[] }
  w.__unhandled = []
  window.addEventListener('unhandledrejection', (e) => {
    w.__unhandled?.push(String(e.reason))
  })
}

/**
 * Makes every IndexedDB put throw a QuotaExceededError while window.__failWrites is true, as a
 * full device does. Installed as an init script.
 */
export function installQuotaSwitch(): void {
  const original = IDBObjectStore.prototype.put
  IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if ((window as unknown as { __failWrites?: boolean }).__failWrites) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    return original.apply(this, args)
  }
}

/**
 * Delays every IndexedDB open by the number of milliseconds in sessionStorage "e2e-idb-delay",
 * so the app's first read comes late. The returned stand-in request forwards the real one's
 * events, which is all idb-keyval uses. Installed as an init script.
 */
export function installSlowOpen(): void {
  const delay = Number(sessionStorage.getItem('e2e-idb-delay') ?? '0')
  if (!(delay > 0)) return
  const realOpen = IDBFactory.prototype.open
  IDBFactory.prototype.open = function open(this: IDBFactory, name: string, version?: number) {
    const stand: Record<string, unknown> = { result: undefined, error: null, readyState: 'pending' }
    const call = (handler: string, e: Event) => {
      const fn = stand[handler]
      if (typeof fn === 'function') fn.call(stand, e)
    }
    setTimeout(() => {
      const real = version === undefined ? realOpen.call(this, name) : realOpen.call(this, name, version)
      real.onupgradeneeded = (e) => {
        stand.result = real.result
        call('onupgradeneeded', e)
      }
      real.onsuccess = (e) => {
        stand.result = real.result
        stand.readyState = 'done'
        call('onsuccess', e)
      }
      real.onerror = (e) => {
        stand.error = real.error
        call('onerror', e)
      }
      real.onblocked = (e) => call('onblocked', e)
    }, delay)
    return stand as unknown as IDBOpenDBRequest
  }
}

/**
 * In a tab whose sessionStorage has "e2e-deaf", BroadcastChannel delivers nothing: the tab never
 * hears that another one saved, like a tab frozen in the background. Installed as an init script.
 */
export function installDeafChannel(): void {
  if (!sessionStorage.getItem('e2e-deaf')) return
  class Deaf extends EventTarget {
    name: string
    onmessage: null = null
    onmessageerror: null = null
    constructor(name: string) {
      super()
      this.name = name
    }
    postMessage(): void {}
    close(): void {}
  }
  ;(window as unknown as { BroadcastChannel: unknown }).BroadcastChannel = Deaf
}
