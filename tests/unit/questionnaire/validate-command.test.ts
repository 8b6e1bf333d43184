// `npm run cli -- validate <file>`: what an author sees and the exit status CI relies on.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { commands } from '@/cli/commands'

let out = ''
let err = ''

beforeEach(() => {
  out = ''
  err = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk)
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk)
    return true
  })
})

afterEach(() => {
  vi.restoreAllMocks()
})

const dir = mkdtempSync(join(tmpdir(), 'validate-command-'))

function fileWith(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const run = (...args: string[]) => commands.validate!.run(args)

describe('validate command', () => {
  it('prints a one-line summary and exits 0 for a valid file', async () => {
    const code = await run('questionnaires/examples/minimal-questionnaire.json')
    expect(code).toBe(0)
    expect(out).toBe(
      'questionnaires/examples/minimal-questionnaire.json: valid — minimal-example 0.1.0, 1 article, 1 unit, 4 questions, languages: en.\n',
    )
  })

  it('prints every problem on its own line and exits 1', async () => {
    const path = fileWith(
      'broken.json',
      JSON.stringify({
        id: 'broken',
        version: '1.0',
        title: { en: 'x' },
        languages: ['en'],
        articles: [],
      }),
    )
    const code = await run(path)
    expect(code).toBe(1)
    expect(out).toBe(
      'version: a semantic version such as "1.0.0" is required\n' +
        'articles: a questionnaire needs at least one article\n',
    )
    expect(err).toBe(`${path}: 2 problems found.\n`)
  })

  it('says in one sentence when the file is not JSON', async () => {
    const path = fileWith('not-json.json', '{ "id": ')
    expect(await run(path)).toBe(1)
    expect(err).toMatch(
      new RegExp(
        `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON \\(.+\\)\\.\\n$`,
      ),
    )
  })

  it('says in one sentence when the file does not exist', async () => {
    expect(await run(join(dir, 'missing.json'))).toBe(1)
    expect(err).toBe(`Cannot read ${join(dir, 'missing.json')}: there is no such file.\n`)
  })

  it('explains its usage when no file is given', async () => {
    expect(await run()).toBe(1)
    expect(err).toBe('Usage: npm run cli -- validate <questionnaire.json>\n')
  })
})
