// Runs Lighthouse (mobile preset) against the built app served by `vite preview`. Lighthouse is
// installed on demand into bench/tools so it never enters the app's dependencies.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, mkdtempSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'

const TOOLS_DIR = resolve('bench/tools')

export interface LighthouseScores {
  performance: number
  accessibility: number
  bestPractices: number
}

export function runLighthouse(url: string, chromePath: string): LighthouseScores {
  if (!existsSync(join(TOOLS_DIR, 'node_modules/lighthouse'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: TOOLS_DIR, stdio: 'inherit' })
  }
  const out = join(mkdtempSync(join(tmpdir(), 'isa-lh-')), 'report.json')
  execFileSync(
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
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const result = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number }>
  }
  const score = (k: string) => result.categories[k]?.score ?? Number.NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
  }
}
