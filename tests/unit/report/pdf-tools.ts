// Reads rendered PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts), the way a reader's
// viewer or a search index would, so tests check what is really in the file.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Assessment } from '@/domain/assessment/schema'
import { validateQuestionnaire, type Questionnaire } from '@/domain/questionnaire'

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'))
let counter = 0

/** Writes the bytes to a fresh temporary file and returns its path. */
export function writeTemp(bytes: Uint8Array, name = 'report'): string {
  counter += 1
  const path = join(dir, `${name}-${counter}.pdf`)
  writeFileSync(path, bytes)
  return path
}

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}): ${result.stderr}`)
  return result.stdout
}

export const pdftotext = (path: string) => run('pdftotext', ['-enc', 'UTF-8', path, '-'])

export function pdfinfo(path: string): Record<string, string> {
  const out = run('pdfinfo', [path])
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  )
}

export interface FontRow {
  name: string
  embedded: boolean
}

export function pdffonts(path: string): FontRow[] {
  return run('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // Columns: name type encoding emb sub uni object ID; the type may contain spaces.
      const cols = line.trim().split(/\s+/)
      const emb = cols[cols.length - 5]
      return { name: cols[0] ?? '', embedded: emb === 'yes' }
    })
}

/**
 * Collapses whitespace so text broken over lines and pages can be searched as one string, and
 * drops the bidi embedding marks pdftotext puts around right-to-left runs.
 */
export function flat(text: string): string {
  return text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ')
}

/**
 * The PDF's object syntax with every stream's content removed: compressed page and font streams
 * are binary and could hold any byte sequence by chance, while actions live in dictionaries.
 */
export function pdfSyntax(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1')
  return text.replace(/stream\r?\n[\s\S]*?endstream/g, 'stream endstream')
}

export function loadBuiltInQuestionnaire(): Questionnaire {
  const result = validateQuestionnaire(JSON.parse(readFileSync('questionnaires/international-solidarity-7-9.json', 'utf8')))
  if (!result.ok) throw new Error('the built-in questionnaire does not validate')
  return result.questionnaire
}

export function loadExample(name: string): Assessment {
  return Assessment.parse(JSON.parse(readFileSync(`questionnaires/examples/${name}.assessment.json`, 'utf8')))
}
