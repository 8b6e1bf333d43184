// `score` on fixture files: the table a user reads, the JSON other tools read, and the validation
// messages with exit status 1 for a broken file.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { scoreCommand } from '@/cli/commands/score'
import { Questionnaire } from '@/domain/questionnaire/schema'
import { createAssessment } from '@/domain/assessment'
import type { Assessment } from '@/domain/assessment/schema'
import { serializeFile } from '@/domain/files'
import type { AssessmentScore } from '@/domain/scoring'
import { CLI_FIXTURES, FIXTURE_QUESTIONNAIRE, runCli } from '../fixtures/scoring/capture'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

describe('cli score', () => {
  it('prints the profile table with bands, sub-scores, coverage and red flags', async () => {
    const { code, out } = await runCli(scoreCommand, [
      `${CLI_FIXTURES}/state.json`,
      ...FIXTURE_QUESTIONNAIRE,
    ])
    expect(code).toBe(0)
    // Worked in tests/unit/scoring/score.test.ts: 7.1 = 58.33, 7.2 = 66.67, Article 7 = 62.5;
    // here 8.1-P1 has no evidence, so level 4 counts 50: 8.1 = (0 + 50) / 2 = 25; overall 43.75.
    expect(out).toContain(
      'Examplestan: Self-assessment by Ministry of Foreign Affairs, 2024-01-01 to 2024-12-31',
    )
    expect(out).toMatch(/^Overall\s+44\s+partial\s+38\s+44\s+75\s+100 %\s+63 %\s+1$/m)
    expect(out).toMatch(/^Article 7\s+63\s+substantial/m)
    expect(out).toMatch(/^ {2}7\.1\s+58\s+partial\s+100\s+25\s+50/m)
    expect(out).toMatch(/^ {2}8\.1\s+25\s+minimal\s+0\s+50\s+–/m)
    expect(out).toContain('Red flags: critical questions scoring 0 (1):\n  8.1-S1')
    expect(out).toContain(
      'Unevidenced answers, counted at 50 until evidence is attached (1):\n  8.1-P1',
    )
  })

  it('prints the full result as JSON with --json', async () => {
    const { code, out } = await runCli(scoreCommand, [
      `${CLI_FIXTURES}/state.json`,
      '--json',
      ...FIXTURE_QUESTIONNAIRE,
    ])
    expect(code).toBe(0)
    const result = JSON.parse(out) as AssessmentScore
    expect(result.overall.score).toBeCloseTo(43.75, 9)
    expect(result.overall.redFlags).toEqual(['8.1-S1'])
    expect(result.units.map((u) => u.unitId)).toEqual(['7.1', '7.2', '8.1'])
  })

  it('scores an exported file holding one assessment', async () => {
    const state = JSON.parse(await readFile(`${CLI_FIXTURES}/state.json`, 'utf8')) as Assessment
    const dir = await mkdtemp(join(tmpdir(), 'score-'))
    dirs.push(dir)
    await writeFile(join(dir, 'exported.json'), serializeFile([state], '2025-01-02T00:00:00.000Z'))
    const { code, out } = await runCli(scoreCommand, [
      join(dir, 'exported.json'),
      ...FIXTURE_QUESTIONNAIRE,
    ])
    expect(code).toBe(0)
    expect(out).toMatch(/^Overall\s+44\s+partial/m)
  })

  it('lists every validation problem and exits with 1 for an invalid file', async () => {
    const { code, out, err } = await runCli(scoreCommand, [
      `${CLI_FIXTURES}/invalid.json`,
      ...FIXTURE_QUESTIONNAIRE,
    ])
    expect(code).toBe(1)
    expect(out).toBe('')
    expect(err).toContain(`${CLI_FIXTURES}/invalid.json is not a valid assessment:`)
    expect(err).toContain('answers["7.9-S1"]: no such question in scoring-fixture 1.0.0')
    expect(err).toContain('answers["7.1-P1"].value: use a whole number from 0 to 4')
  })

  it('says so when the file is missing or not JSON, and shows usage without a file', async () => {
    expect((await runCli(scoreCommand, ['nowhere.json'])).err).toContain(
      'Cannot read nowhere.json: there is no such file.',
    )
    const dir = await mkdtemp(join(tmpdir(), 'score-'))
    dirs.push(dir)
    await writeFile(join(dir, 'bad.json'), '{ "format": ')
    const bad = await runCli(scoreCommand, [join(dir, 'bad.json')])
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/bad\.json is not valid JSON/)
    const usage = await runCli(scoreCommand, [])
    expect(usage.code).toBe(1)
    expect(usage.err).toContain('Usage: npm run cli -- score <assessment.json>')
  })

  it('finds the questionnaire named by the assessment in questionnaires/', async () => {
    const q = Questionnaire.parse(
      JSON.parse(
        await readFile('questionnaires/international-solidarity-7-9.json', 'utf8'),
      ) as unknown,
    )
    const first = q.articles[0]?.units[0]?.questions[0]
    if (!first) throw new Error('the built-in questionnaire has no question')
    const a = createAssessment(
      q,
      {
        state: 'Examplestan',
        respondent: 'state',
        roles: first.roles,
        period: { from: '2024-01-01', to: '2024-12-31' },
        organisation: 'Ministry',
        language: 'en',
      },
      '2025-01-01T00:00:00.000Z',
      'real',
    )
    a.answers[first.id] = { special: 'dont-know', evidence: [] }
    const dir = await mkdtemp(join(tmpdir(), 'score-'))
    dirs.push(dir)
    await writeFile(join(dir, 'real.json'), JSON.stringify(a))
    const { code, out } = await runCli(scoreCommand, [join(dir, 'real.json')])
    expect(code).toBe(0)
    expect(out).toContain(`Questionnaire ${q.id} ${q.version}`)
    const unitId = q.articles[0]?.units[0]?.id ?? ''
    const unitLine = out.split('\n').find((line) => line.startsWith(`  ${unitId} `))
    expect(unitLine).toMatch(/^\s+\S+\s+0\s+not aligned/)
  })

  it('exits with status 1 from the real command line for an invalid file', async () => {
    const run = promisify(execFile)
    const failed = await run('npx', [
      'tsx',
      'src/cli/main.ts',
      'score',
      `${CLI_FIXTURES}/invalid.json`,
      ...FIXTURE_QUESTIONNAIRE,
    ]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.stderr).toContain('answers["7.9-S1"]: no such question in scoring-fixture 1.0.0')
  }, 60_000)
})
