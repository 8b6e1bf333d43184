// Launches Debian's Chromium (or Chrome) through playwright-core. Never downloads a browser:
// playwright-core has no browser of its own, and we only ever pass an executablePath.
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
]

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there; point it at a Chromium or Chrome executable.`)
  }
  const found = CANDIDATES.find((p) => existsSync(p))
  if (found) return found
  throw new Error(
    'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome executable.',
  )
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:4173'

export interface Watched {
  context: BrowserContext
  page: Page
  /** Requests to any origin other than the app's. */
  offOrigin: string[]
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: string[]
  /** Uncaught page errors and console errors. */
  errors: string[]
}

/**
 * A fresh context whose every request, CSP violation and page error is recorded, so each test
 * can assert that nothing left the device and nothing broke (design/reliability.md items 11–12).
 */
export async function newWatchedPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<Watched> {
  const context = await browser.newContext({ acceptDownloads: true, ...options })
  const origin = new URL(BASE_URL).origin
  const offOrigin: string[] = []
  const cspViolations: string[] = []
  const errors: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue()
    } else {
      offOrigin.push(url)
      await route.abort()
    }
  })
  await context.exposeBinding('__reportCsp', (_source, text: string) => {
    cspViolations.push(text)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCsp?: (t: string) => void }).__reportCsp
      report?.(`${e.violatedDirective} blocked ${e.blockedURI}`)
    })
  })
  const page = await context.newPage()
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`)
  })
  return { context, page, offOrigin, cspViolations, errors }
}
