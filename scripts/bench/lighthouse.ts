// Runs Lighthouse (mobile preset) against the built app served by `vite preview`. Lighthouse is
// installed on demand into bench/tools so it never enters the app's dependencies.
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, readFileSync, mkdtempSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'

const TOOLS_DIR = resolve('bench/tools')

export interface LighthouseScores {
  performance: number
  accessibility: number
  bestPractices: number
  /** The lab metrics behind the performance score, in milliseconds (CLS is unitless). */
  metrics: {
    firstContentfulPaint: number
    largestContentfulPaint: number
    totalBlockingTime: number
    speedIndex: number
    cumulativeLayoutShift: number
  }
}

// Asynchronous on purpose: `npm run bench` serves the app with `vite preview` in the same process,
// and a synchronous child process would block that server while Lighthouse waits for the page.
export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseScores> {
  if (!existsSync(join(TOOLS_DIR, 'node_modules/lighthouse'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: TOOLS_DIR, stdio: 'inherit' })
  }
  const out = join(mkdtempSync(join(tmpdir(), 'isa-lh-')), 'report.json')
  await promisify(execFile)(
    join(TOOLS_DIR, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  )
  const result = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number }>
    audits: Record<string, { numericValue?: number }>
  }
  const metric = (k: string) => result.audits[k]?.numericValue ?? Number.NaN
  const score = (k: string) => result.categories[k]?.score ?? Number.NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    metrics: {
      firstContentfulPaint: metric('first-contentful-paint'),
      largestContentfulPaint: metric('largest-contentful-paint'),
      totalBlockingTime: metric('total-blocking-time'),
      speedIndex: metric('speed-index'),
      cumulativeLayoutShift: metric('cumulative-layout-shift'),
    },
  }
}
