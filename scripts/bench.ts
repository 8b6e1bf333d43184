// `npm run bench`: builds the app, serves it with `vite preview`, and prints one table of the
// performance figures of design/performance.md against their budgets — bundle sizes beside a
// SurveyJS peer form, report generation in Node and in Chromium, scoring, opening a large
// library, interaction to next paint with a throttled CPU, and Lighthouse. Times are medians of
// several runs (the machines are shared and noisy); the script reports and never fails on a
// figure: it exits non-zero only when a measurement itself crashed. The table is also written to
// bench/results/latest.json, which docs/PERFORMANCE.md cites.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem, platform, release } from 'node:os'
import { join, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { format, resolveConfig } from 'prettier'
import { build, preview, version as viteVersion } from 'vite'
import { launchBrowser, findChromium } from '../tests/e2e/support/browser'
import { bundleRows } from './bench/bundle'
import { benchInp, benchLibrary, benchReportBrowser, type InpTarget } from './bench/browser'
import { runLighthouse, type LighthouseScores } from './bench/lighthouse'
import type { Assessment } from '@/domain/assessment/schema'
import { summarizeAssessment, type AssessmentSummary } from '@/domain/assessment/summary'
import { validateQuestionnaire } from '@/domain/questionnaire/validate'
import type { Questionnaire } from '@/domain/questionnaire'
import { scoreAssessment } from '@/domain/scoring'
import { markdownTable, statsRow, textTable, verdict, type Row } from './bench/table'

/** Command-line options: `--only=library,inp` runs just those parts (names in PARTS) and leaves
 * bench/results/latest.json alone, `--out-dir=DIR` builds elsewhere, `--port=N` serves elsewhere,
 * so several parts can be measured while working on them. */
const PARTS = [
  'sizes',
  'scoring',
  'report-node',
  'report-browser',
  'library',
  'inp',
  'lighthouse',
] as const
type Part = (typeof PARTS)[number]
function option(name: string): string | undefined {
  const prefix = `--${name}=`
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length)
}
const onlyOption = option('only')
const ONLY: ReadonlySet<Part> = new Set(
  onlyOption === undefined
    ? PARTS
    : onlyOption.split(',').map((p) => {
        if (!(PARTS as readonly string[]).includes(p))
          throw new Error(`--only: unknown part "${p}"; the parts are ${PARTS.join(', ')}`)
        return p as Part
      }),
)
const runs = (part: Part) => ONLY.has(part)

/** Built apart from dist/, which the end-to-end tests serve on :4173 while they run. */
const OUT_DIR = resolve(option('out-dir') ?? 'node_modules/.cache/isa-bench/dist')
const PORT = Number(option('port') ?? 4174)
const RESULTS = onlyOption === undefined ? 'bench/results/latest.json' : undefined
const EXAMPLES = 'questionnaires/examples'

interface Machine {
  cpu: string
  cores: number
  memoryGb: number
  os: string
  node: string
  chromium: string
  vite: string
  loadAverageAtStart: number[]
  loadAverageAtEnd: number[]
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`)

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

type Json = Record<string, unknown>

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json
}

/** The example assessments, as stored files (the library is seeded with copies of them). */
function exampleAssessments(): { path: string; data: Json & { id: string; updatedAt: string } }[] {
  return readdirSync(EXAMPLES)
    .filter((n) => n.endsWith('.assessment.json'))
    .sort()
    .map((n) => {
      const data = readJson(join(EXAMPLES, n))
      if (typeof data.id !== 'string' || typeof data.updatedAt !== 'string')
        throw new Error(`${n} is not an assessment`)
      return { path: join(EXAMPLES, n), data: { ...data, id: data.id, updatedAt: data.updatedAt } }
    })
}

function questionnaireFor(id: unknown): Json {
  for (const n of readdirSync('questionnaires')) {
    if (!n.endsWith('.json') || n.endsWith('.schema.json')) continue
    const q = readJson(join('questionnaires', n))
    if (q.id === id) return q
  }
  throw new Error(`No questionnaire "${String(id)}" in questionnaires/.`)
}

interface RawQuestionnaire {
  articles: { units: { id: string; questions: { roles: string[] }[] }[] }[]
}

/** The unit with the most questions this assessment is asked (its roles decide which). */
function largestUnit(
  questionnaire: Json,
  roles: readonly string[],
): { unitId: string; questions: number } {
  let best = { unitId: '', questions: -1 }
  for (const article of (questionnaire as unknown as RawQuestionnaire).articles) {
    for (const unit of article.units) {
      const asked = unit.questions.filter((q) => q.roles.some((r) => roles.includes(r))).length
      if (asked > best.questions) best = { unitId: unit.id, questions: asked }
    }
  }
  return best
}

/** The summary the app keeps in its index for a stored assessment, with its progress. */
const checkedQuestionnaires = new Map<unknown, Questionnaire>()
function summarizeStored(assessment: Json): AssessmentSummary {
  const id = (assessment.questionnaire as Json | undefined)?.id
  let questionnaire = checkedQuestionnaires.get(id)
  if (!questionnaire) {
    const checked = validateQuestionnaire(questionnaireFor(id))
    if (!checked.ok) throw new Error(`the questionnaire "${String(id)}" is invalid`)
    questionnaire = checked.questionnaire
    checkedQuestionnaires.set(id, questionnaire)
  }
  const a = assessment as unknown as Assessment
  return summarizeAssessment(a, scoreAssessment(questionnaire, a).overall.coverage.answeredShare)
}

/** Runs one measurement; a crash is recorded and the run goes on to the others. */
async function attempt(name: string, failures: string[], fn: () => Promise<Row[]>): Promise<Row[]> {
  log(`${name}…`)
  const started = Date.now()
  try {
    const rows = await fn()
    log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    return rows
  } catch (e) {
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e)
    failures.push(`${name}: ${message.split('\n').slice(0, 6).join('\n')}`)
    log(`${name} FAILED: ${message}`)
    return []
  }
}

async function main(): Promise<number> {
  const startedAt = new Date()
  const loadStart = loadavg().map((l) => Number(l.toFixed(2)))
  const failures: string[] = []
  const rows: Row[] = []

  log(`building the app into ${OUT_DIR}…`)
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } })
  // The browser report harness sits beside the app so it is served with the same headers.
  let harnessBuilt = true
  try {
    await build({
      root: resolve('scripts/bench/browser-report'),
      configFile: false,
      logLevel: 'warn',
      base: '/bench-report/',
      resolve: { alias: { '@': resolve('src') } },
      build: { outDir: join(OUT_DIR, 'bench-report'), emptyOutDir: true, target: 'es2022' },
    })
  } catch (e) {
    harnessBuilt = false
    failures.push(`report harness build: ${e instanceof Error ? e.message : String(e)}`)
  }

  if (runs('sizes'))
    rows.push(
      ...(await attempt(
        'bundle sizes and SurveyJS peer build',
        failures,
        async () => (await bundleRows(OUT_DIR)).rows,
      )),
    )

  if (runs('scoring'))
    rows.push(
      ...(await attempt('scoring 1,000 questions', failures, async () => {
        // Imported here so that a module broken mid-edit costs its rows, not the whole run.
        const { benchScoring } = await import('./bench/scoring')
        const r = benchScoring()
        return [
          {
            id: 'scoring.1000',
            section: 'Node',
            label: 'Score a generated 1,000-question assessment',
            unit: 'ms',
            median: r.medianMs,
            min: r.minMs,
            max: r.maxMs,
            runs: r.runs,
            budget: { max: 5 },
          },
        ]
      })),
    )

  if (runs('report-node'))
    rows.push(
      ...(await attempt('report in Node', failures, async () => {
        const { benchReportNode } = await import('./bench/report')
        const r = await benchReportNode()
        return [
          {
            id: 'report.node',
            section: 'Node',
            label: `Full report PDF (${r.example.replace(/^.*\//, '')})`,
            unit: 'ms',
            median: r.medianMs,
            min: r.minMs,
            max: r.maxMs,
            runs: r.runs,
            budget: { max: 1000 },
            note: `Reference job in the same run (jsPDF, Helvetica, 20 pages; ~45 ms on an idle machine): ${r.referenceMs.toFixed(0)} ms, so the report took ${(r.medianMs / r.referenceMs).toFixed(1)}× the reference.`,
          },
          statsRow(
            {
              id: 'machine.referenceJob',
              section: 'Node',
              label: 'Reference job: jsPDF, Helvetica, 20 pages (~45 ms on an idle machine)',
              unit: 'ms',
              note: 'No budget: it measures how busy the shared machine was; divide a time by (this ÷ 45 ms) to estimate it on an idle machine.',
            },
            [r.referenceMs],
          ),
          statsRow(
            {
              id: 'report.node.bytes',
              section: 'Node',
              label: 'PDF file size (Node)',
              unit: 'bytes',
              budget: { max: 500_000 },
            },
            [r.bytes],
          ),
        ]
      })),
    )

  const server = await preview({
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { port: PORT, strictPort: false, open: false },
  })
  const address = server.httpServer.address() as AddressInfo | null
  if (!address) throw new Error('vite preview did not start')
  const baseUrl = `http://localhost:${address.port}`
  log(`serving the build at ${baseUrl}`)

  const examples = exampleAssessments()
  const largerPath = (await import('./bench/report')).largerExample()
  const larger = examples.find((e) => resolve(e.path) === resolve(largerPath)) ?? examples[0]
  if (!larger) throw new Error(`No example assessment in ${EXAMPLES}/.`)
  const questionnaire = questionnaireFor((larger.data.questionnaire as Json | undefined)?.id)
  const roles = ((larger.data.meta as Json | undefined)?.roles as string[] | undefined) ?? []

  let chromium = 'unknown'
  const browser = await launchBrowser()
  try {
    chromium = browser.version()
    if (runs('report-browser'))
      rows.push(
        ...(await attempt('report in Chromium', failures, () =>
          benchReportBrowser(browser, baseUrl, {
            questionnaire,
            assessment: larger.data,
            example: larger.path.replace(/^.*\//, ''),
            harness: harnessBuilt,
          }),
        )),
      )
    if (runs('library'))
      rows.push(
        ...(await attempt('library of 500 in Chromium', failures, async () =>
          benchLibrary(
            browser,
            baseUrl,
            examples.map((e) => e.data),
            summarizeStored,
          ),
        )),
      )
    const target: InpTarget = { assessment: larger.data, ...largestUnit(questionnaire, roles) }
    if (runs('inp'))
      rows.push(
        ...(await attempt('INP in Chromium', failures, async () =>
          benchInp(browser, baseUrl, target),
        )),
      )
  } finally {
    await browser.close()
  }

  if (runs('lighthouse'))
    rows.push(
      ...(await attempt('Lighthouse (3 runs)', failures, async () => {
        const scores: LighthouseScores[] = []
        for (let i = 0; i < 3; i++) scores.push(await runLighthouse(`${baseUrl}/`, findChromium()))
        const section = 'Lighthouse (mobile preset, start screen)'
        return [
          statsRow(
            {
              id: 'lighthouse.performance',
              section,
              label: 'Performance',
              unit: 'score',
              budget: { min: 0.98 },
            },
            scores.map((s) => s.performance),
          ),
          statsRow(
            {
              id: 'lighthouse.accessibility',
              section,
              label: 'Accessibility',
              unit: 'score',
              budget: { min: 1 },
            },
            scores.map((s) => s.accessibility),
          ),
          statsRow(
            {
              id: 'lighthouse.bestPractices',
              section,
              label: 'Best practices',
              unit: 'score',
              budget: { min: 1 },
            },
            scores.map((s) => s.bestPractices),
          ),
          // The lab metrics behind the performance score, so a low score can be read.
          ...(
            [
              ['firstContentfulPaint', 'First contentful paint (simulated slow 4G, 4× CPU)', 'ms'],
              ['largestContentfulPaint', 'Largest contentful paint', 'ms'],
              ['totalBlockingTime', 'Total blocking time', 'ms'],
              ['speedIndex', 'Speed index', 'ms'],
              ['cumulativeLayoutShift', 'Cumulative layout shift', 'score'],
            ] as const
          ).map(([key, label, unit]) =>
            statsRow(
              { id: `lighthouse.${key}`, section, label: `  ${label}`, unit },
              scores.map((s) => s.metrics[key]),
            ),
          ),
        ]
      })),
    )

  await server.close()

  const cpuList = cpus()
  const machine: Machine = {
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    vite: viteVersion,
    loadAverageAtStart: loadStart,
    loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
  }
  const commit = git(['rev-parse', '--short', 'HEAD'])
  const dirty =
    git([
      'status',
      '--porcelain',
      '--',
      'src',
      'index.html',
      'public',
      'vite.config.ts',
      'questionnaires',
    ]) !== ''

  const header = [
    `International Solidarity Assessment — npm run bench, ${startedAt.toISOString()}`,
    `Commit ${commit}${dirty ? ' plus uncommitted changes in the working tree' : ''}`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}, Chromium ${machine.chromium}, Vite ${machine.vite}`,
    `Load average (1/5/15 min) at start ${machine.loadAverageAtStart.join(' / ')}, at end ${machine.loadAverageAtEnd.join(' / ')}: the machine is shared, figures are medians.`,
  ]
  process.stdout.write(`\n${header.join('\n')}\n\n${textTable(rows)}\n`)
  const missed = rows.filter((r) => verdict(r) === 'FAIL').map((r) => r.label)
  process.stdout.write(
    `\n${missed.length ? `Budgets missed: ${missed.join('; ')}` : 'Every budget met.'}\n`,
  )
  if (failures.length)
    process.stdout.write(`\nMeasurements that crashed:\n${failures.join('\n')}\n`)

  if (RESULTS === undefined) {
    log('--only was given: bench/results/latest.json is left as it was')
    return failures.length ? 1 : 0
  }
  mkdirSync('bench/results', { recursive: true })
  const json = JSON.stringify({
    generatedAt: startedAt.toISOString(),
    command: 'npm run bench',
    commit,
    uncommittedChanges: dirty,
    machine,
    rows: rows.map((r) => ({ ...r, result: verdict(r) })),
    markdown: markdownTable(rows),
    failures,
  })
  // Written in the project's Prettier style, so `npm run format:check` accepts the committed file.
  const options = (await resolveConfig(RESULTS)) ?? {}
  writeFileSync(RESULTS, await format(json, { ...options, filepath: RESULTS }))
  log(`wrote ${RESULTS}`)
  return failures.length ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exit(1)
  },
)
