// `merge` on fixture section files: a conflict stops it with a list and writes nothing; --prefer
// resolves it; the output is a valid assessment holding the union.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mergeCommand } from '@/cli/commands/merge'
import type { Assessment } from '@/domain/assessment/schema'
import { parseAssessmentFile } from '@/domain/files'
import { CLI_FIXTURES, FIXTURE_QUESTIONNAIRE, runCli } from '../fixtures/scoring/capture'

// dept-a: 7.1-S1 yes, 7.1-P1 level 2; dept-b: 7.1-P1 level 3 (conflict), 8.1-S1 partly; dept-c: 7.2-S1.
const depts = ['a', 'b', 'c'].map((d) => `${CLI_FIXTURES}/dept-${d}.json`)
let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'merge-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The merged file, read the way the app imports it. */
async function readMerged(path: string): Promise<Assessment> {
  const opened = parseAssessmentFile(await readFile(path, 'utf8'))
  if (!opened.ok) throw new Error(opened.message)
  expect(opened.kind).toBe('file')
  const [only] = opened.assessments
  if (!only || opened.assessments.length !== 1) throw new Error('expected one assessment')
  return only
}

describe('cli merge', () => {
  it('stops on a conflict, lists both answers and writes nothing', async () => {
    const out = join(dir, 'stopped.json')
    const r = await runCli(mergeCommand, [...depts, '-o', out, ...FIXTURE_QUESTIONNAIRE])
    expect(r.code).toBe(1)
    expect(r.out).toContain(
      'Merge stopped: 2 new, 0 identical, 1 in conflict. Nothing was written.',
    )
    expect(r.out).toMatch(/^7\.1-P1\s+\S+dept-a\.json\s+Level 2/m)
    expect(r.out).toMatch(/^7\.1-P1\s+\S+dept-b\.json\s+Level 3/m)
    await expect(stat(out)).rejects.toThrow()
  })

  it('merges with --prefer first (the base wins) and --prefer last (the last file wins)', async () => {
    const first = join(dir, 'first.json')
    const r = await runCli(mergeCommand, [
      ...depts,
      '-o',
      first,
      '--prefer',
      'first',
      ...FIXTURE_QUESTIONNAIRE,
    ])
    expect(r.code).toBe(0)
    expect(r.out).toContain(
      `Merged 3 files into ${first}: 2 new, 0 identical, 1 in conflict; conflicts resolved with --prefer first.`,
    )
    const merged = await readMerged(first)
    expect(Object.keys(merged.answers).sort()).toEqual(['7.1-P1', '7.1-S1', '7.2-S1', '8.1-S1'])
    expect(merged.answers['7.1-P1']?.value).toBe(2)
    expect(merged.id).toBe('dept-a')

    const last = join(dir, 'last.json')
    expect(
      (
        await runCli(mergeCommand, [
          ...depts,
          '-o',
          last,
          '--prefer',
          'last',
          ...FIXTURE_QUESTIONNAIRE,
        ])
      ).code,
    ).toBe(0)
    expect((await readMerged(last)).answers['7.1-P1']?.value).toBe(3)
  })

  it('merges files without conflicts directly', async () => {
    const out = join(dir, 'ac.json')
    const r = await runCli(mergeCommand, [
      depts[0] ?? '',
      depts[2] ?? '',
      '-o',
      out,
      ...FIXTURE_QUESTIONNAIRE,
    ])
    expect(r.code).toBe(0)
    expect(Object.keys((await readMerged(out)).answers).sort()).toEqual([
      '7.1-P1',
      '7.1-S1',
      '7.2-S1',
    ])
  })

  it('refuses to overwrite an input, a bad --prefer, and a missing -o', async () => {
    const over = await runCli(mergeCommand, [
      depts[0] ?? '',
      depts[1] ?? '',
      '-o',
      depts[0] ?? '',
      ...FIXTURE_QUESTIONNAIRE,
    ])
    expect(over.code).toBe(1)
    expect(over.err).toContain('is one of the input files')
    const prefer = await runCli(mergeCommand, [
      ...depts,
      '-o',
      join(dir, 'x.json'),
      '--prefer',
      'mine',
    ])
    expect(prefer.code).toBe(1)
    expect(prefer.err).toContain('--prefer takes "first"')
    const noOut = await runCli(mergeCommand, [...depts])
    expect(noOut.code).toBe(1)
    expect(noOut.err).toContain('Usage: npm run cli -- merge')
  })
})
