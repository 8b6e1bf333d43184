// Chromium measurements of `npm run bench`, against the production build served by `vite preview`:
// opening a library of 500 assessments, interaction to next paint while answering on the largest
// unit page with the CPU throttled 4×, and making the full PDF report in the browser.
// Assessments are written straight into IndexedDB in the app's own stored layout (the keys and
// record shape of src/lib/storage/library-storage.ts), then the page is reloaded so the app reads
// them exactly as it would on a user's device.
import { statSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { IDB_DATABASE, IDB_STORE } from '@/lib/storage/backend'
import {
  STORAGE_KEYS,
  STORE_VERSION,
  type StoredIndex,
  type StoredRecord,
} from '@/lib/storage/library-storage'
import { statsRow, type Row } from './table'

const TIMEOUT_MS = 120_000

/** A context without service workers: the offline cache would otherwise race the measurements. */
async function freshPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true })
  context.setDefaultTimeout(TIMEOUT_MS)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return { context, page, errors }
}

interface Template {
  id: string
  updatedAt: string
  [key: string]: unknown
}

/**
 * Writes `count` assessments, cloned round-robin from `templates` with ids `<prefix>-0001`…, in
 * one IndexedDB transaction, with the index the app keeps beside them.
 */
async function seedLibrary(
  page: Page,
  templates: readonly Template[],
  count: number,
  prefix: string,
  summarize?: (assessment: Template) => unknown,
): Promise<string[]> {
  // The summaries the app keeps in its index (src/domain/assessment/summary.ts), made here with
  // the app's own code for the same ids and times as the records written below.
  const summaries = summarize
    ? Array.from({ length: count }, (_, i) => {
        const template = templates[i % templates.length]
        if (!template) throw new Error('no template assessment')
        return summarize({ ...template, id: seededId(prefix, count, i), updatedAt: seededTime(i) })
      })
    : undefined
  return page.evaluate(
    async ({
      templates,
      count,
      prefix,
      db: dbName,
      store: storeName,
      keys,
      version,
      summaries,
    }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(dbName)
        // Same upgrade as idb-keyval's createStore, in case the app has not opened it yet.
        r.onupgradeneeded = () => r.result.createObjectStore(storeName)
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
      const ids: string[] = []
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(storeName, 'readwrite')
        const store = tx.objectStore(storeName)
        const base = Date.parse('2025-01-01T00:00:00.000Z')
        for (let i = 0; i < count; i++) {
          const template = templates[i % templates.length]
          if (!template) throw new Error('no template assessment')
          // Same as seededId and seededTime (this runs in the page).
          const id = count === 1 ? prefix : `${prefix}-${String(i + 1).padStart(4, '0')}`
          const savedAt = new Date(base + i * 60_000).toISOString()
          const assessment = { ...structuredClone(template), id, updatedAt: savedAt }
          const record: StoredRecord = { revision: 1, savedAt, assessment }
          store.put(record, `${keys.recordPrefix}${id}`)
          ids.push(id)
        }
        const index: StoredIndex = {
          version,
          ids: [...ids].sort(),
          ...(summaries
            ? {
                summaries: Object.fromEntries(
                  ids.map((id, i) => [id, summaries[i]]),
                ) as StoredIndex['summaries'],
              }
            : {}),
        }
        store.put(index, keys.index)
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
      return ids
    },
    {
      templates,
      count,
      prefix,
      db: IDB_DATABASE,
      store: IDB_STORE,
      keys: { recordPrefix: STORAGE_KEYS.recordPrefix, index: STORAGE_KEYS.index },
      version: STORE_VERSION,
      summaries,
    },
  )
}

function seededId(prefix: string, count: number, i: number): string {
  return count === 1 ? prefix : `${prefix}-${String(i + 1).padStart(4, '0')}`
}

function seededTime(i: number): string {
  return new Date(Date.parse('2025-01-01T00:00:00.000Z') + i * 60_000).toISOString()
}

/** Opens the app once so its database exists, the way a first visit would leave it. */
async function openApp(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`)
  await page.locator('h1').first().waitFor()
}

// ---------------------------------------------------------------------------------------------

export async function benchLibrary(
  browser: Browser,
  baseUrl: string,
  templates: readonly Template[],
  summarize: (assessment: Template) => unknown,
  runs = 5,
  size = 500,
): Promise<Row[]> {
  const { context, page, errors } = await freshPage(browser)
  try {
    // Records, relative to navigation start (performance.now()'s origin), the moment the first
    // cards and the moment all the cards have been painted (a task queued from
    // requestAnimationFrame runs after that frame). The start screen draws a screenful of cards
    // first and adds the rest in portions.
    // (No named functions in here: tsx would wrap them in a helper the page does not have.)
    await context.addInitScript((expected: number) => {
      const w = window as unknown as Record<string, number | undefined>
      let first = false
      const observer = new MutationObserver(() => {
        const cards = document.querySelectorAll('ul.card-list > li').length
        const keys: string[] = []
        if (!first && cards > 0) {
          first = true
          keys.push('__libraryFirstAt')
        }
        if (cards >= expected) {
          observer.disconnect()
          keys.push('__libraryShownAt')
        }
        for (const key of keys)
          requestAnimationFrame(() => setTimeout(() => (w[key] = performance.now()), 0))
      })
      observer.observe(document, { childList: true, subtree: true })
    }, size)
    await openApp(page, baseUrl)
    await seedLibrary(page, templates, size, 'bench-library', summarize)
    const firstTimes: number[] = []
    const allTimes: number[] = []
    // One unmeasured load first: a returning user's browser has the app's files cached.
    for (let i = 0; i <= runs; i++) {
      await page.reload()
      const handle = await page.waitForFunction(
        () => {
          const w = window as unknown as { __libraryFirstAt?: number; __libraryShownAt?: number }
          return w.__libraryShownAt && w.__libraryFirstAt
            ? [w.__libraryFirstAt, w.__libraryShownAt]
            : undefined
        },
        undefined,
        { timeout: TIMEOUT_MS, polling: 50 },
      )
      const [first, all] = (await handle.jsonValue()) as [number, number]
      if (i > 0) {
        firstTimes.push(first)
        allTimes.push(all)
      }
    }
    if (errors.length)
      throw new Error(`page errors while opening the library: ${errors.join('; ')}`)
    const note = `${size} copies of the example assessments (about ${Math.round(JSON.stringify(templates[0]).length / 1000)} kB each) written into IndexedDB in the app's stored layout, with the index's summaries; page reloaded, HTTP cache warm, CPU not throttled.`
    return [
      statsRow(
        {
          id: 'library.open500',
          section: 'Library (Chromium)',
          label: `Open a library of ${size} assessments: navigation start → first screenful of cards painted`,
          unit: 'ms',
          budget: { max: 300 },
          note,
        },
        firstTimes,
      ),
      statsRow(
        {
          id: 'library.open500.all',
          section: 'Library (Chromium)',
          label: `Open a library of ${size} assessments: navigation start → all ${size} cards painted`,
          unit: 'ms',
          note: 'The rest of the list is added in portions after the first screenful, each an update the browser can interrupt for input.',
        },
        allTimes,
      ),
    ]
  } finally {
    await context.close()
  }
}

// ---------------------------------------------------------------------------------------------

export interface InpTarget {
  assessment: Template
  unitId: string
  questions: number
}

const TYPED = 'Budget line 4.2 was cut by a fifth in 2024'

/** How long a person's pointer rests on a target before pressing, and how long a press lasts. */
const AIM_MS = 100
const PRESS_MS = 90
/** Reading time after the page scrolled a question into the middle of the screen. */
const READ_MS = 200

/**
 * Records, per interaction, the longest event entry (Event Timing API), as browsers do for INP.
 * Installed after the page has loaded, so it sees only the answering below.
 */
async function observeInteractions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __interactions: Map<number, number> }
    w.__interactions = new Map()
    new PerformanceObserver((list) => {
      // interactionId is newer than TypeScript's DOM types.
      for (const e of list.getEntries() as (PerformanceEventTiming & {
        interactionId?: number
      })[]) {
        if (!e.interactionId) continue
        w.__interactions.set(
          e.interactionId,
          Math.max(w.__interactions.get(e.interactionId) ?? 0, e.duration),
        )
      }
    }).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: true,
    } as PerformanceObserverInit)
  })
}

/**
 * Clicks like a person with a mouse: the target is in view, the pointer comes to rest on it, the
 * button is pressed and released a moment later. Playwright's own click presses and releases in
 * the same instant and runs its checks in the page between the two, which no user does; on a
 * page without any script that alone put the interaction above 50 ms at 4× throttling.
 */
async function personClick(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector)
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await page.waitForTimeout(READ_MS)
  const box = await target.boundingBox()
  if (!box) throw new Error(`${selector} has no box on screen`)
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.waitForTimeout(AIM_MS)
  await page.mouse.down()
  await page.waitForTimeout(PRESS_MS)
  await page.mouse.up()
}

/**
 * The answering measured: a click into the first comment, typing a sentence at the end of it,
 * then four choices (one radio in each of the first four groups not already chosen, skipping
 * radios a user cannot see, such as those inside a closed disclosure). Returns how many
 * interactions that was, and INP as browsers define it: the worst interaction, skipping one per
 * 50 interactions.
 */
async function answer(page: Page): Promise<{ inp: number; interactions: number }> {
  await observeInteractions(page)
  await personClick(page, 'textarea[id$="-comment"] >> nth=0')
  await page.keyboard.press('End')
  await page.keyboard.type(` ${TYPED}`, { delay: 60 })
  const candidates = await page.evaluate(() => {
    const seen = new Set<string>()
    const ids: string[] = []
    for (const input of document.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      if (seen.has(input.name) || input.checked || !input.id) continue
      seen.add(input.name)
      ids.push(input.id)
    }
    return ids
  })
  let clicked = 0
  for (const rid of candidates) {
    if (clicked === 4) break
    const label = `label[for="${rid}"]`
    if (!(await page.locator(label).isVisible())) continue
    await personClick(page, label)
    clicked++
    await page.waitForTimeout(150)
  }
  await page.waitForTimeout(1000)
  const durations = await page.evaluate(() =>
    [
      ...(window as unknown as { __interactions: Map<number, number> }).__interactions.values(),
    ].sort((a, b) => b - a),
  )
  const interactions = 1 + TYPED.length + 1 + 1 + clicked
  return {
    inp: durations[Math.min(Math.floor(interactions / 50), durations.length - 1)] ?? 0,
    interactions,
  }
}

/**
 * The same answering on a page of plain HTML with no script at all: as many questions, each
 * with three radios, a comment box and three more radios, styled like the app. What this machine
 * and browser take for those interactions anyway, measured in the same run (performance.md:
 * ratios against a reference measured in the same run).
 */
function referencePage(questions: number): string {
  const radios = (q: number, name: string, options: readonly string[]) =>
    `<fieldset><legend>${name}</legend>${options
      .map(
        (o, i) =>
          `<div class="radio"><input type="radio" name="q${q}-${name}" id="q${q}-${name}-${i}" value="${o}"><label for="q${q}-${name}-${i}">${o}</label></div>`,
      )
      .join('')}</fieldset>`
  const body = Array.from(
    { length: questions },
    (_, i) =>
      `<section><h2>Question ${i + 1}</h2><p>Does the State do what the duty asks, and can it show it?</p>${radios(i, 'answer', ['Yes', 'Partly', 'No'])}<label for="q${i}-comment">Comment (optional)</label><textarea id="q${i}-comment" rows="3"></textarea>${radios(i, 'confidence', ['Low', 'Medium', 'High'])}</section>`,
  ).join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reference page</title><style>
body{font:19px/1.5 sans-serif;max-inline-size:60rem;margin:2rem auto;padding:0 1rem}
section{border-block-end:2px solid #0b0c0c;padding-block:1.5rem;min-block-size:40rem}
fieldset{border:0;padding:0;margin:1rem 0}.radio{display:inline-flex;align-items:center;margin-inline-end:1.5rem}
input[type=radio]{inline-size:1.5rem;block-size:1.5rem}textarea{display:block;inline-size:100%;font:inherit;border:2px solid #0b0c0c}
</style></head><body><h1>Unit</h1>${body}</body></html>`
}

export async function benchInp(
  browser: Browser,
  baseUrl: string,
  target: InpTarget,
  runs = 5,
): Promise<Row[]> {
  const app: number[] = []
  const reference: number[] = []
  let interactions = 0
  // The app and the reference take turns, so both see the same state of a shared machine.
  for (let run = 0; run < runs; run++) {
    {
      const { context, page, errors } = await freshPage(browser)
      try {
        await openApp(page, baseUrl)
        const [id] = await seedLibrary(page, [target.assessment], 1, 'bench-inp')
        await page.goto('about:blank')
        await page.goto(
          `${baseUrl}/#/a/${encodeURIComponent(id ?? '')}/unit/${encodeURIComponent(target.unitId)}`,
        )
        await page.locator('textarea[id$="-comment"]').first().waitFor()
        const cdp = await context.newCDPSession(page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
        const result = await answer(page)
        app.push(result.inp)
        interactions = result.interactions
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
        if (errors.length) throw new Error(`page errors on the unit page: ${errors.join('; ')}`)
      } finally {
        await context.close()
      }
    }
    {
      const { context, page } = await freshPage(browser)
      try {
        const html = referencePage(target.questions)
        await page.route(`${baseUrl}/inp-reference.html`, (route) =>
          route.fulfill({ contentType: 'text/html', body: html }),
        )
        await page.goto(`${baseUrl}/inp-reference.html`)
        const cdp = await context.newCDPSession(page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
        reference.push((await answer(page)).inp)
      } finally {
        await context.close()
      }
    }
  }
  const section = 'Answering (Chromium, CPU throttled 4×)'
  const how = `About ${interactions} interactions per run: a click into a comment, ${TYPED.length + 1} keystrokes at 60 ms intervals, 4 radio choices. Each click is a person's: the target scrolled to the middle of the screen, the pointer resting on it ${AIM_MS} ms, pressed for ${PRESS_MS} ms. Event entries of 16 ms or more; 0 means no interaction reached 16 ms.`
  return [
    statsRow(
      {
        id: 'inp.unitPage',
        section,
        label: `INP typing and choosing on the largest unit page (${target.unitId}, ${target.questions} questions)`,
        unit: 'ms',
        budget: { max: 50 },
        note: how,
      },
      app,
    ),
    statsRow(
      {
        id: 'inp.reference',
        section,
        label: `Reference: the same on a page of plain HTML without script (${target.questions} questions)`,
        unit: 'ms',
        note: "This machine's floor for the same interactions: the browser's own work (text editing, focus, painting) with no app at all.",
      },
      reference,
    ),
  ]
}

// ---------------------------------------------------------------------------------------------

export interface ReportInput {
  questionnaire: unknown
  assessment: Template
  example: string
  /** Whether the harness page (scripts/bench/browser-report) was built into the served folder. */
  harness: boolean
}

/**
 * The app's own flow, when the results page offers it: "Download report" (a link or button) opens
 * the report options; the full report (answers annex in, confidential evidence in, as the Node
 * figure) is then made with the submit button, timed from that click to the download event.
 */
async function reportThroughApp(
  page: Page,
  runs: number,
): Promise<{ times: number[]; bytes: number; cold: number } | undefined> {
  const entry = page
    .getByRole('link', { name: /download report/i })
    .or(page.getByRole('button', { name: /download report/i }))
  // The results header renders after the questionnaire and score; give it time on a busy machine.
  await entry
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(() => undefined)
  if ((await entry.count()) === 0) return undefined
  await entry.first().click()
  const submit = page.getByRole('button', { name: /download the report/i })
  await submit.waitFor()
  const annex = page.getByLabel(/include the answers annex/i)
  if ((await annex.count()) > 0) await annex.setChecked(true)
  const omit = page.getByLabel(/leave out confidential evidence/i)
  if ((await omit.count()) > 0) await omit.setChecked(false)
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i <= runs; i++) {
    const download = page.waitForEvent('download', { timeout: TIMEOUT_MS })
    const start = Date.now()
    await submit.click()
    const file = await download
    times.push(Date.now() - start)
    bytes = statSync(await file.path()).size
    // The button refuses a second report while one is being made.
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('button')].some(
          (b) => name.test(b.textContent ?? '') && !b.hasAttribute('aria-disabled'),
        ),
      /download the report/i,
    )
  }
  const [cold, ...warm] = times
  return { times: warm, bytes, cold: cold ?? Number.NaN }
}

export async function benchReportBrowser(
  browser: Browser,
  baseUrl: string,
  input: ReportInput,
  runs = 5,
): Promise<Row[]> {
  const section = 'Report (Chromium)'
  const { context, page, errors } = await freshPage(browser)
  try {
    await openApp(page, baseUrl)
    const [id] = await seedLibrary(page, [input.assessment], 1, 'bench-report')
    await page.goto('about:blank')
    await page.goto(`${baseUrl}/#/a/${encodeURIComponent(id ?? '')}/results`)
    await page.locator('h1').first().waitFor()
    await page.waitForLoadState('networkidle')
    const viaApp = await reportThroughApp(page, runs)
    let measured: { times: number[]; bytes: number; cold: number }
    let how: string
    if (viaApp) {
      measured = viaApp
      how = `The app's own flow for ${input.example}: results page → "Download report" → options (answers annex and confidential evidence included) → "Download the report (PDF)", timed from that click to the browser's download event.`
    } else {
      // No such flow in the app yet: the same pipeline (scoring, report model, PDF renderer with
      // lazily loaded jsPDF and font) built by Vite into a harness page on the same server.
      if (!input.harness)
        throw new Error('the app has no "Download report" flow and the harness page did not build')
      await page.goto(`${baseUrl}/bench-report/index.html`)
      await page.waitForFunction(() => typeof window.isaBenchPrepare === 'function')
      await page.evaluate(([q, a]) => window.isaBenchPrepare(q, a), [
        input.questionnaire,
        input.assessment,
      ] as const)
      const times: number[] = []
      let bytes = 0
      for (let i = 0; i <= runs; i++) {
        const r = await page.evaluate(() => window.isaBenchReport())
        times.push(r.ms)
        bytes = r.bytes
      }
      const [cold, ...warm] = times
      measured = { times: warm, bytes, cold: cold ?? Number.NaN }
      how = `The results page has no "Download report" button yet, so this times score → report model → PDF (same modules, production Vite build, served with the app's headers) in a harness page (scripts/bench/browser-report), for ${input.example}.`
    }
    if (errors.length) throw new Error(`page errors while making the report: ${errors.join('; ')}`)
    return [
      statsRow(
        {
          id: 'report.browser',
          section,
          label: 'Full report PDF, warm (after the first)',
          unit: 'ms',
          budget: { max: 1000 },
          note: how,
        },
        measured.times,
      ),
      statsRow(
        {
          id: 'report.browser.first',
          section,
          label: 'Full report PDF, first of the session (loads jsPDF and font)',
          unit: 'ms',
          budget: { max: 1000 },
        },
        [measured.cold],
      ),
      statsRow(
        {
          id: 'report.browser.bytes',
          section,
          label: 'PDF file size (browser)',
          unit: 'bytes',
          budget: { max: 500_000 },
        },
        [measured.bytes],
      ),
    ]
  } finally {
    await context.close()
  }
}
