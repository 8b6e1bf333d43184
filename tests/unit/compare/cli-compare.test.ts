// `compare` on fixture files: the side-by-side table, divergent questions listed, JSON output.
import { describe, expect, it } from 'vitest'
import { compareCommand } from '@/cli/commands/compare'
import type { AssessmentComparison } from '@/domain/compare'
import { CLI_FIXTURES, FIXTURE_QUESTIONNAIRE, runCli } from '../fixtures/scoring/capture'

const files = [`${CLI_FIXTURES}/state.json`, `${CLI_FIXTURES}/shadow.json`]

describe('cli compare', () => {
  it('sets the State and shadow assessments side by side and lists divergent questions', async () => {
    const { code, out } = await runCli(compareCommand, [...files, ...FIXTURE_QUESTIONNAIRE])
    expect(code).toBe(0)
    expect(out).toContain('A = Self-assessment by Ministry of Foreign Affairs: Examplestan')
    expect(out).toContain('B = Shadow assessment by Solidarity Watch: Examplestan')
    // 7.1: State (100 + 25 + 50) / 3 = 58.33; shadow (50 + 25 + 0) / 3 = 25 → −33, divergent.
    expect(out).toMatch(/^ {2}7\.1\s+58\s+25\s+−33\s+yes$/m)
    expect(out).toContain('Divergent questions (4)')
    expect(out).toMatch(/^7\.1-O1\s+50\s+information not public\s+−50\s+special answer$/m)
    expect(out).toMatch(/^8\.1-P1\s+50\s+75\s+\+25\s+score difference$/m)
  })

  it('prints the comparison as JSON with --json', async () => {
    const { code, out } = await runCli(compareCommand, [
      ...files,
      '--json',
      ...FIXTURE_QUESTIONNAIRE,
    ])
    expect(code).toBe(0)
    const c = JSON.parse(out) as AssessmentComparison
    expect(c.divergentQuestions).toEqual(['7.1-S1', '7.1-O1', '7.2-P1', '8.1-P1'])
    expect(c.b.respondent).toBe('shadow')
  })

  it('shows no divergence for a file compared with itself', async () => {
    const { out } = await runCli(compareCommand, [
      files[0] ?? '',
      files[0] ?? '',
      ...FIXTURE_QUESTIONNAIRE,
    ])
    expect(out).toContain('No divergent questions.')
  })

  it('refuses an invalid file with its problems and exit status 1', async () => {
    const { code, err } = await runCli(compareCommand, [
      files[0] ?? '',
      `${CLI_FIXTURES}/invalid.json`,
      ...FIXTURE_QUESTIONNAIRE,
    ])
    expect(code).toBe(1)
    expect(err).toContain('answers["7.1-P1"].value: use a whole number from 0 to 4')
  })

  it('prints each difference from the rounded scores beside it', async () => {
    const examples = 'questionnaires/examples'
    const { code, out } = await runCli(compareCommand, [
      `${examples}/example-partner.assessment.json`,
      `${examples}/example-partner-shadow.assessment.json`,
    ])
    expect(code).toBe(0)
    // 41.5 and 30.4: shown as 42 and 30, so −12 (the unrounded difference would print −11).
    expect(out).toMatch(/^Article 8\s+42\s+30\s+−12\s*$/m)
    const rows = [...out.matchAll(/^\s*\S+(?: \S+)?\s+(\d+)\s+(\d+)\s+([−+]?\d+)(?:\s+yes)?\s*$/gm)]
    expect(rows.length).toBeGreaterThan(10)
    for (const [, a, b, d] of rows) expect(Number(d?.replace('−', '-'))).toBe(Number(b) - Number(a))
  })
})
