// Benchmark: the full PDF report (answers annex, charts, embedded font) of the larger built-in
// example, rendered in Node (performance budget: ≤ 1 s and ≤ 500 kB, see performance.md). A
// benchmark, not a timed test: it reports figures and never fails on them.
// Run alone with `npx tsx scripts/bench/report.ts`; `npm run bench` imports benchReportNode().
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Assessment } from '@/domain/assessment/schema'
import { validateQuestionnaire } from '@/domain/questionnaire'
import { buildReport } from '@/domain/report'
import { scoreAssessment } from '@/domain/scoring'
import { renderReportPdf } from '@/lib/pdf/render'

export interface ReportBenchResult {
  medianMs: number
  minMs: number
  maxMs: number
  /** Size of the PDF file. */
  bytes: number
  runs: number
  example: string
  /**
   * Median time of a fixed reference job measured in the same run (jsPDF + jspdf-autotable,
   * Helvetica, 20 A4 pages with a 60-row table: ~45 ms on an idle machine, performance.md), so
   * figures from a busy shared machine can be read as a ratio.
   */
  referenceMs: number
}

/** The reference job of performance.md, for comparing runs made under different loads. */
async function referenceJob(): Promise<number> {
  const [{ jsPDF }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')])
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true })
  const line = 'The quick brown fox jumps over the lazy dog while the report is written. '.repeat(2)
  for (let page = 0; page < 19; page++) {
    if (page > 0) doc.addPage()
    for (let y = 60; y < 780; y += 14) doc.text(line.slice(0, 95), 40, y)
  }
  doc.addPage()
  autoTable(doc, {
    head: [['Id', 'Question', 'Answer', 'Score']],
    body: Array.from({ length: 60 }, (_, i) => [`Q${i}`, line, i % 2 ? 'Yes' : 'Partly', String(i)]),
  })
  return doc.output('arraybuffer').byteLength
}

function median(times: number[]): number {
  const sorted = [...times].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 0 ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2 : (sorted[mid] ?? 0)
}

const EXAMPLES = 'questionnaires/examples'
const RUNS = 5

/** The example assessment file with the most content (the largest file). */
export function largerExample(): string {
  const files = readdirSync(EXAMPLES)
    .filter((n) => n.endsWith('.assessment.json'))
    .map((n) => join(EXAMPLES, n))
    .sort((a, b) => statSync(b).size - statSync(a).size)
  const first = files[0]
  if (!first) throw new Error(`No example assessment in ${EXAMPLES}/.`)
  return first
}

/** Median, min and max wall time of building and rendering the report, after one warm-up run. */
export async function benchReportNode(runs = RUNS): Promise<ReportBenchResult> {
  const example = largerExample()
  const assessment = Assessment.parse(JSON.parse(readFileSync(example, 'utf8')))
  const questionnaireFile = readdirSync('questionnaires')
    .filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'))
    .map((n) => join('questionnaires', n))
    .find((path) => (JSON.parse(readFileSync(path, 'utf8')) as { id?: unknown }).id === assessment.questionnaire.id)
  if (!questionnaireFile) throw new Error(`No questionnaire "${assessment.questionnaire.id}" in questionnaires/.`)
  const checked = validateQuestionnaire(JSON.parse(readFileSync(questionnaireFile, 'utf8')))
  if (!checked.ok) throw new Error(`${questionnaireFile} is not a valid questionnaire.`)
  const questionnaire = checked.questionnaire

  const once = async () => {
    const score = scoreAssessment(questionnaire, assessment)
    const doc = buildReport(questionnaire, assessment, score, {
      language: 'en',
      includeAnswersAnnex: true,
      omitConfidentialEvidence: false,
      omitAuthorAndOrganisation: false,
      generatedOn: '2025-01-01',
    })
    return renderReportPdf(doc)
  }
  // The first run loads jsPDF and reads the font files; the app pays that once per session too.
  let bytes = (await once()).length
  await referenceJob()
  const times: number[] = []
  const reference: number[] = []
  for (let i = 0; i < runs; i++) {
    // Interleaved, so both see the same load on a shared machine.
    let start = performance.now()
    await referenceJob()
    reference.push(performance.now() - start)
    start = performance.now()
    bytes = (await once()).length
    times.push(performance.now() - start)
  }
  return {
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    bytes,
    runs,
    example,
    referenceMs: median(reference),
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchReportNode()
  process.stdout.write(
    `Report PDF in Node (${r.example}): median ${r.medianMs.toFixed(0)} ms (min ${r.minMs.toFixed(0)}, max ${r.maxMs.toFixed(0)}, ${r.runs} runs; budget 1000 ms), ${(r.bytes / 1024).toFixed(0)} kB (budget 500 kB); ` +
      `reference job ${r.referenceMs.toFixed(0)} ms (~45 ms idle), ratio ${(r.medianMs / r.referenceMs).toFixed(1)}\n`,
  )
}
