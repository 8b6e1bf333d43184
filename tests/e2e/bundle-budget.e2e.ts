// The first screen's JavaScript must stay within its budget (design/performance.md: 120 kB
// gzip). Sizes of a build are deterministic, so this is a test; times live in `npm run bench`.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { FIRST_SCREEN_BUDGET_GZIP, measureBundle } from '../../scripts/lib/bundle-size'

test('first-screen JavaScript is within 120 kB gzip', () => {
  const report = measureBundle('dist')
  const names = report.firstScreen.map((c) => c.file).join(', ')
  expect(report.firstScreenTotal.gzip, `first screen loads ${names}`).toBeLessThanOrEqual(
    FIRST_SCREEN_BUDGET_GZIP,
  )
})

test('chart and PDF libraries load only on demand', () => {
  const report = measureBundle('dist')
  const firstCode = report.firstScreen.map((c) => readFileSync(`dist/${c.file}`, 'utf8')).join('\n')
  // Signatures that only these libraries' code contains.
  expect(firstCode).not.toContain('jsPDF')
  expect(firstCode).not.toContain('recharts-')
})
