// The layer rules of ARCHITECTURE.md are enforced by lint; these tests prove the rules bite, so a
// change to eslint.config.js cannot quietly switch them off.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`)
}

describe('layer boundaries', () => {
  it('the domain may not import React', async () => {
    const messages = await ruleIds(
      "import { useState } from 'react'\nexport const x = useState\n",
      'src/domain/scoring/example.ts',
    )
    expect(messages.join('\n')).toMatch(/no-restricted-imports: .*no React/)
  })

  it('the domain may not import zustand, jsPDF or an upper layer, nor use browser globals', async () => {
    const code = [
      "import { create } from 'zustand'",
      "import { jsPDF } from 'jspdf'",
      "import { paths } from '@/lib/ui/navigation'",
      'export const all = [create, jsPDF, paths, window.location]',
      '',
    ].join('\n')
    const messages = (await ruleIds(code, 'src/domain/report/example.ts')).join('\n')
    expect(messages).toMatch(/zustand/)
    expect(messages).toMatch(/jsPDF belongs in src\/lib\/pdf/)
    expect(messages).toMatch(/may not import from lib, features or app/)
    expect(messages).toMatch(/no-restricted-globals: Unexpected use of 'window'/)
  })

  it('one feature may not import another', async () => {
    const messages = await ruleIds(
      "import { ResultsView } from '@/features/results/results-view'\nexport const v = ResultsView\n",
      'src/features/compare/example.tsx',
    )
    expect(messages.join('\n')).toMatch(/A feature may not import another feature/)
  })

  it('a feature may import its own files, lib and the domain', async () => {
    const code = [
      "import { ComparisonView } from '@/features/compare/comparison-view'",
      "import { paths } from '@/lib/ui/navigation'",
      "import { scoreAssessment } from '@/domain/scoring'",
      'export const ok = [ComparisonView, paths, scoreAssessment]',
      '',
    ].join('\n')
    expect(await ruleIds(code, 'src/features/compare/example.tsx')).toEqual([])
  })
})
