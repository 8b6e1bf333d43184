// axe-core (WCAG 2.2 AA tags) on every screen of the production build, in the states a user
// meets: empty and full library, forms before and after a failed submit, an example's results,
// two examples compared, the merge screen's passphrase step after a wrong passphrase. The list of screens is built from the route table, so a screen that
// does not exist yet is left out (and said so), and the Arabic runs join in once an Arabic
// interface catalog exists. Each screen also has one banner, main and contentinfo, named
// navigation and headings without skipped levels. Violations are printed rule by rule.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { BASE_URL, launchBrowser, newWatchedPage } from './support/browser'
import { axeReport, structureProblems } from './support/axe'
import { encryptFile } from '@/domain/files'

/** Route ids the app has today, read from the route table itself. */
const ROUTE_IDS = new Set(
  [...readFileSync('src/app/routes.ts', 'utf8').matchAll(/\bid: '([^']+)'/g)].map(
    (m) => m[1] ?? '',
  ),
)
const UI_CATALOGS = new Set(
  ['en', 'fr', 'es', 'ar'].filter(
    (code) => code === 'en' || existsSync(`src/lib/i18n/catalogs/${code}.ts`),
  ),
)
const PREFERENCE_KEY = 'isa:ui-language'
/** Right-to-left screens are photographed here for a human look at the mirrored layout. */
const SHOTS = '/tmp/shots'

type Language = 'en' | 'ar'

interface Screen {
  name: string
  /** Every route the screen's set-up passes through; the screen is tested only if all exist. */
  routes: string[]
  /** Interface languages the screen is checked in. */
  languages: Language[]
  /** Brings the page to the state to check. Steps use ids and structure, not English words, so
   * they work in every language. */
  open(page: Page, language: Language): Promise<void>
}

/** Waits for the screen's h1 and for any lazy screen or panel to finish loading. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor()
  await page.waitForFunction(() => !document.querySelector('.loading'))
}

async function goto(page: Page, hashPath: string): Promise<void> {
  await page.goto(`${BASE_URL}/#${hashPath}`)
  await settled(page)
}

function idFromUrl(page: Page): string {
  const match = /#\/a\/([^/?]+)$/.exec(page.url())
  if (!match?.[1]) throw new Error(`no assessment id in ${page.url()}`)
  return decodeURIComponent(match[1])
}

/** Opens the n-th built-in example from the library; resolves with its id. */
async function openExample(page: Page, n: number): Promise<string> {
  await goto(page, '/')
  const buttons = page.locator('section[aria-labelledby="examples-title"] button')
  await buttons.first().waitFor()
  await buttons.nth(n).click()
  await page.waitForURL(/#\/a\/[^/?]+$/)
  await settled(page)
  return idFromUrl(page)
}

/** Creates an assessment through the set-up form, in the given assessment language. */
async function createAssessment(page: Page, language: Language): Promise<string> {
  await goto(page, '/new')
  await page.locator('#setup-state').fill('Norway')
  await page.locator('#setup-respondent-state').check()
  await page.locator('#setup-roles-provider').check()
  await page.locator('#setup-period-from').fill('2024-01-01')
  await page.locator('#setup-period-to').fill('2024-12-31')
  await page.locator('#setup-organisation').fill('Ministry of Foreign Affairs')
  await page.locator('#setup-language').selectOption(language)
  await page.locator('main form button[type="submit"]').click()
  await page.waitForURL(/#\/a\/[^/?]+$/)
  await settled(page)
  return idFromUrl(page)
}

/** The first unit page, with a failed submit: a special answer without its reason and an
 * evidence link without a title or address. */
async function unitWithErrors(page: Page, language: Language): Promise<void> {
  await createAssessment(page, language)
  const unitLink = page.locator('main a[href*="/unit/"]').first()
  const unitHref = await unitLink.getAttribute('href')
  if (!unitHref) throw new Error('the task list has no unit link')
  await goto(page, unitHref.replace(/^#/, ''))
  const first = page.locator('main section.question').first()
  await first.locator('input[id$="-special"]').check()
  await first.locator('section.evidence button').last().click()
  await first.locator('select[id$="-kind"]').selectOption('link')
  await page.locator('main form button[type="submit"]').click()
  await page.locator('.error-summary').waitFor()
  expect(await page.locator('.error-summary li').count()).toBeGreaterThanOrEqual(2)
}

/** An example's answers as an encrypted section file, made once with the app's own function. */
let encryptedSection: Promise<string> | undefined
function encryptedSectionFile(): Promise<string> {
  encryptedSection ??= encryptFile(
    readFileSync('questionnaires/examples/example-provider.assessment.json', 'utf8'),
    'lantern harbour autumn',
  )
  return encryptedSection
}

/** The merge screen with an encrypted file chosen and a wrong passphrase tried: the step's
 * heading, its field with the inline error and the error summary linked to it. */
async function mergePassphraseStep(page: Page, language: Language): Promise<void> {
  const id = await createAssessment(page, language)
  await goto(page, `/a/${encodeURIComponent(id)}/merge`)
  await page.locator('#merge-files').setInputFiles({
    name: 'department-c.isa',
    mimeType: 'text/plain',
    buffer: Buffer.from(await encryptedSectionFile()),
  })
  await page.locator('main form button[type="submit"]').click()
  const field = page.locator('#merge-passphrase-0')
  await field.fill('not the passphrase')
  await field.press('Enter')
  await page.locator('#merge-passphrase-0-error').waitFor()
  await page.locator('.error-summary a[href="#merge-passphrase-0"]').waitFor()
}

const screens: Screen[] = [
  {
    name: 'library, empty',
    routes: ['library'],
    languages: ['en', 'ar'],
    open: async (page) => {
      await goto(page, '/')
      await page.locator('section[aria-labelledby="examples-title"] button').first().waitFor()
    },
  },
  {
    name: 'library with assessments',
    routes: ['library', 'task-list'],
    languages: ['en', 'ar'],
    open: async (page) => {
      await openExample(page, 0)
      await openExample(page, 1)
      await goto(page, '/')
      await page.locator('.card').nth(1).waitFor()
    },
  },
  {
    name: 'set-up, empty',
    routes: ['new'],
    languages: ['en'],
    open: async (page) => goto(page, '/new'),
  },
  {
    name: 'set-up after a failed submit',
    routes: ['new'],
    languages: ['en'],
    open: async (page) => {
      await goto(page, '/new')
      await page.locator('main form button[type="submit"]').click()
      await page.locator('.error-summary').waitFor()
    },
  },
  {
    name: 'set-up of an existing assessment',
    routes: ['library', 'setup'],
    languages: ['en'],
    open: async (page) => {
      const id = await openExample(page, 0)
      await goto(page, `/a/${encodeURIComponent(id)}/setup`)
    },
  },
  {
    name: 'task list',
    routes: ['library', 'task-list'],
    languages: ['en'],
    open: async (page) => {
      await openExample(page, 0)
    },
  },
  {
    name: 'unit page with errors shown',
    routes: ['new', 'task-list', 'unit'],
    languages: ['en', 'ar'],
    open: unitWithErrors,
  },
  {
    name: 'review',
    routes: ['library', 'review'],
    languages: ['en'],
    open: async (page) => {
      const id = await openExample(page, 0)
      await goto(page, `/a/${encodeURIComponent(id)}/review`)
    },
  },
  {
    name: 'results of an example',
    routes: ['library', 'results'],
    languages: ['en', 'ar'],
    open: async (page, language) => {
      const id = await openExample(page, 0)
      if (language !== 'en') {
        // The interface follows the assessment's language, so the example is switched to it.
        await goto(page, `/a/${encodeURIComponent(id)}/setup`)
        await page.locator('#setup-language').selectOption(language)
        await page.locator('main form button[type="submit"]').click()
        await page.waitForURL(/#\/a\/[^/?]+$/)
      }
      await goto(page, `/a/${encodeURIComponent(id)}/results`)
      await page.getByTestId('overall').waitFor()
      await page.waitForFunction(() => document.querySelectorAll('.recharts-surface').length >= 3)
    },
  },
  {
    name: 'method',
    routes: ['method'],
    languages: ['en'],
    open: async (page) => goto(page, '/method'),
  },
  {
    name: 'privacy',
    routes: ['privacy'],
    languages: ['en'],
    open: async (page) => goto(page, '/privacy'),
  },
  {
    name: 'files',
    routes: ['files'],
    languages: ['en'],
    open: async (page) => {
      await openExample(page, 0)
      await goto(page, '/files')
    },
  },
  {
    name: 'compare, two examples chosen',
    routes: ['library', 'compare'],
    languages: ['en'],
    open: async (page) => {
      const a = await openExample(page, 0)
      const b = await openExample(page, 1)
      await goto(page, `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`)
      await page.locator('[data-testid="cmp-divergent-count"]').waitFor()
      await page.waitForFunction(() => document.querySelectorAll('.recharts-surface').length >= 1)
    },
  },
  {
    name: 'compare, choosing',
    routes: ['library', 'compare'],
    languages: ['en'],
    open: async (page) => {
      await openExample(page, 0)
      await openExample(page, 1)
      await goto(page, '/compare')
    },
  },
  {
    name: 'rounds, choosing',
    routes: ['library', 'rounds'],
    languages: ['en'],
    open: async (page) => {
      await openExample(page, 0)
      await openExample(page, 1)
      await goto(page, '/rounds')
    },
  },
  {
    name: 'merge',
    routes: ['library', 'merge'],
    languages: ['en'],
    open: async (page) => {
      const id = await openExample(page, 0)
      await goto(page, `/a/${encodeURIComponent(id)}/merge`)
    },
  },
  {
    name: 'merge, passphrase step after a wrong passphrase',
    routes: ['new', 'task-list', 'merge'],
    languages: ['en', 'ar'],
    open: mergePassphraseStep,
  },
  {
    name: 'report',
    routes: ['library', 'report'],
    languages: ['en'],
    open: async (page) => {
      const id = await openExample(page, 0)
      await goto(page, `/a/${encodeURIComponent(id)}/report`)
    },
  },
  {
    name: 'page not found',
    routes: [],
    languages: ['en'],
    open: async (page) => goto(page, '/no-such-page'),
  },
]

const runs = screens.flatMap((s) =>
  s.languages.filter((l) => UI_CATALOGS.has(l)).map((language) => ({ ...s, language })),
)
const missingRoutes = screens.filter((s) => s.routes.some((r) => !ROUTE_IDS.has(r)))
const available = runs.filter((r) => r.routes.every((id) => ROUTE_IDS.has(id)))
const notChecked = [
  ...missingRoutes.map(
    (s) =>
      `${s.name}: no route ${s.routes.filter((r) => !ROUTE_IDS.has(r)).join(', ')} in src/app/routes.ts`,
  ),
  ...(UI_CATALOGS.has('ar')
    ? []
    : ['Arabic runs: no src/lib/i18n/catalogs/ar.ts yet, so the interface has no Arabic']),
]
if (notChecked.length > 0)
  console.info(`Screens not checked, and why:\n  ${notChecked.join('\n  ')}`)

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe.each(available)('$name ($language)', ({ name, open, language }) => {
  test('has no axe violations, landmarks and headings in order, the expected language and direction, no page errors', async () => {
    const w = await newWatchedPage(browser, { viewport: { width: 1280, height: 900 } })
    if (language !== 'en') {
      await w.context.addInitScript(
        ([key, code]) => {
          if (!localStorage.getItem(key)) localStorage.setItem(key, code)
        },
        [PREFERENCE_KEY, language] as const,
      )
    }
    try {
      await open(w.page, language)
      await expect(w.page.evaluate(() => document.documentElement.lang)).resolves.toBe(language)
      await expect(w.page.evaluate(() => document.documentElement.dir)).resolves.toBe(
        language === 'ar' ? 'rtl' : 'ltr',
      )
      expect(await axeReport(w.page)).toBe('')
      expect(await structureProblems(w.page)).toEqual([])
      if (language === 'ar') {
        mkdirSync(SHOTS, { recursive: true })
        const slug = name.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')
        await w.page.screenshot({ path: `${SHOTS}/ar-${slug}.png`, fullPage: true })
      }
      expect(w.errors).toEqual([])
      expect(w.cspViolations).toEqual([])
      expect(w.offOrigin).toEqual([])
    } finally {
      await w.context.close()
    }
  })
})

test('the list of checked screens covers the screens issue 10 names', () => {
  const checked = new Set(available.map((r) => r.name))
  for (const required of [
    'library, empty',
    'library with assessments',
    'set-up after a failed submit',
    'task list',
    'unit page with errors shown',
    'review',
  ]) {
    expect(checked, required).toContain(required)
  }
  // Screens that exist in the route table must be checked, never silently dropped.
  for (const id of ['results', 'compare', 'privacy', 'method', 'files']) {
    if (ROUTE_IDS.has(id))
      expect(
        [...available].some((r) => r.routes.includes(id)),
        id,
      ).toBe(true)
  }
})
