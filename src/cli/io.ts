// Shared helpers of the command-line tools: reading JSON files with clear errors, finding the
// questionnaire an assessment names, reading and validating assessment files, option parsing and
// plain-text tables. Commands throw CliError for anything the user must fix; main prints it.
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { formatProblems, validateQuestionnaire, type Questionnaire } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
import { formatValidationProblems, validateAssessment } from '@/domain/assessment/validate'
import { FILE_FORMAT, parseAssessmentFile } from '@/domain/files'

/** A problem the user can fix (bad file, bad option). Printed without a stack trace, exit 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** Where the built-in and custom questionnaires live, relative to the working directory. */
export const QUESTIONNAIRE_DIR = 'questionnaires'

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

export function writeErr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
}

/**
 * Runs a command body: a CliError (or an option-parsing error) is printed on stderr and turned
 * into its exit status, so every command reports problems the same way.
 */
export async function runCommand(usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (err) {
    if (err instanceof CliError) {
      writeErr(err.message)
      return err.exitCode
    }
    if (
      err instanceof TypeError &&
      'code' in err &&
      String(err.code).startsWith('ERR_PARSE_ARGS')
    ) {
      writeErr(`${err.message}\n${usage}`)
      return 1
    }
    throw err
  }
}

/** node:util parseArgs with positionals allowed and unknown options rejected. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
) {
  return parseArgs({ args, options, allowPositionals: true, strict: true })
}

/**
 * The arguments of the commands that read assessments: exactly `count` files, `--json` and
 * `--questionnaire <file>`. The usage is the error when the number of files is wrong.
 */
export function parseAssessmentArgs<N extends 1 | 2>(
  args: string[],
  count: N,
  usage: string,
): { files: N extends 1 ? [string] : [string, string]; json: boolean; questionnaire?: string } {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean' },
    questionnaire: { type: 'string' },
  })
  if (positionals.length !== count || positionals.some((file) => file === '')) {
    throw new CliError(usage)
  }
  return {
    // The length was checked just above.
    files: positionals as N extends 1 ? [string] : [string, string],
    json: values.json === true,
    questionnaire: values.questionnaire,
  }
}

/** Reads and parses a JSON file; the error says which file and what is wrong with it. */
export async function readJsonFile(path: string): Promise<unknown> {
  let raw: string
  try {
    raw = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : 'it cannot be read'
    throw new CliError(`Cannot read ${path}: ${why}.`)
  }
  try {
    return JSON.parse(raw) as unknown
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err)
    throw new CliError(`${path} is not valid JSON (${detail}).`)
  }
}

/** Loads and validates one questionnaire file. */
export async function loadQuestionnaireFile(path: string): Promise<Questionnaire> {
  const result = validateQuestionnaire(await readJsonFile(path))
  if (!result.ok) {
    throw new CliError(`${path} is not a valid questionnaire:\n${formatProblems(result.problems)}`)
  }
  return result.questionnaire
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((p) => Number.parseInt(p, 10))
  const pb = b.split(/[.-]/).map((p) => Number.parseInt(p, 10))
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/**
 * Finds the questionnaire with this id in `dir/*.json`: the same version when there is one,
 * otherwise the newest (with a note on stderr, since answers are then matched by question id).
 */
export async function findQuestionnaire(
  id: string,
  version: string,
  dir = QUESTIONNAIRE_DIR,
): Promise<Questionnaire> {
  let names: string[]
  try {
    names = (await readdir(dir))
      .filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'))
      .sort()
  } catch {
    throw new CliError(
      `Cannot read the questionnaire folder ${dir}; run the command from the project folder or pass --questionnaire <file>.`,
    )
  }
  const found: Questionnaire[] = []
  for (const name of names) {
    let data: unknown
    try {
      data = JSON.parse(await readFile(join(dir, name), 'utf8')) as unknown
    } catch {
      continue // Not ours to judge here: `validate` reports broken questionnaire files.
    }
    if (typeof data !== 'object' || data === null || (data as { id?: unknown }).id !== id) continue
    found.push(await loadQuestionnaireFile(join(dir, name)))
  }
  const exact = found.find((q) => q.version === version)
  if (exact) return exact
  const newest = [...found].sort((a, b) => compareVersions(b.version, a.version))[0]
  if (!newest) {
    throw new CliError(
      `No questionnaire "${id}" in ${dir}/; pass the questionnaire file with --questionnaire <file>.`,
    )
  }
  writeErr(
    `Note: questionnaire ${id} ${version} not found; using version ${newest.version} (answers matched by question id).`,
  )
  return newest
}

export interface LoadedAssessment {
  path: string
  assessment: Assessment
  questionnaire: Questionnaire
}

/** The questionnaire id and version a raw assessment names, if it names them. */
function namedQuestionnaire(data: unknown): { id: string; version: string } | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const q = (data as { questionnaire?: unknown }).questionnaire
  if (typeof q !== 'object' || q === null) return undefined
  const { id, version } = q as { id?: unknown; version?: unknown }
  return typeof id === 'string'
    ? { id, version: typeof version === 'string' ? version : '' }
    : undefined
}

/**
 * Reads an assessment file (a bare assessment or an exported file holding exactly one), finds
 * its questionnaire (or uses `questionnaireFile`) and validates it, listing every problem.
 */
export async function loadAssessment(
  path: string,
  questionnaireFile?: string,
): Promise<LoadedAssessment> {
  let data = await readJsonFile(path)
  if (
    typeof data === 'object' &&
    data !== null &&
    (data as { format?: unknown }).format === FILE_FORMAT
  ) {
    // An exported file: the file module unwraps and migrates it to the current format.
    const opened = parseAssessmentFile(JSON.stringify(data))
    if (!opened.ok) throw new CliError(`${path}: ${opened.message}`)
    if (opened.assessments.length !== 1) {
      throw new CliError(
        `${path} holds ${opened.assessments.length} assessments; export the one you want on its own and use that file.`,
      )
    }
    data = opened.assessments[0]
  }
  const named = namedQuestionnaire(data)
  let questionnaire: Questionnaire
  if (questionnaireFile) questionnaire = await loadQuestionnaireFile(questionnaireFile)
  else if (named) questionnaire = await findQuestionnaire(named.id, named.version)
  else {
    throw new CliError(
      `${path} is not a valid assessment:\nquestionnaire: the questionnaire id and version are required`,
    )
  }
  const result = validateAssessment(data, questionnaire)
  if (!result.ok) {
    throw new CliError(
      `${path} is not a valid assessment:\n${formatValidationProblems(result.problems)}`,
    )
  }
  return { path, assessment: result.assessment, questionnaire }
}

export type Align = 'left' | 'right'

/** A plain-text table with padded columns; `align` gives each column's alignment (left by default). */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd()
  const rule = widths.map((w) => '-'.repeat(w)).join('  ')
  return [line(headers), rule, ...rows.map(line)].join('\n')
}

/** 0.754 → "75 %". */
export function formatShare(share: number): string {
  return `${Math.floor(share * 100 + 0.5)} %`
}
