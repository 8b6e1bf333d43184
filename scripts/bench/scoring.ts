// Benchmark: scoring a generated 1,000-question assessment (performance budget: ≤ 5 ms, see
// performance.md). A benchmark, not a timed test: it reports figures and never fails on them.
// Run alone with `npx tsx scripts/bench/scoring.ts`; `npm run bench` imports benchScoring().
import { pathToFileURL } from 'node:url'
import { Questionnaire, type QuestionnaireInput } from '@/domain/questionnaire/schema'
import type { Answer, Assessment } from '@/domain/assessment/schema'
import { scoreAssessment } from '@/domain/scoring'

export interface BenchResult {
  medianMs: number
  minMs: number
  maxMs: number
  runs: number
}

const EN = (text: string) => ({ en: text })
const QUESTIONS = 1000
const UNITS = 14
const WARM_UP = 10
const RUNS = 50

type QuestionInput = QuestionnaireInput['articles'][number]['units'][number]['questions'][number]

/** A questionnaire shaped like the real one (3 articles, 14 units) but with 1,000 questions. */
export function generateQuestionnaire(): Questionnaire {
  const specs: QuestionInput['answer'][] = [
    { type: 'yes-partly-no' },
    { type: 'maturity', levels: [0, 1, 2, 3, 4].map((l) => EN(`level ${l}`)) },
    {
      type: 'number',
      unit: EN('%'),
      min: 0,
      max: 100,
      direction: 'band',
      floor: 0,
      target: 50,
      band: { min: 40, max: 60 },
      targetSource: EN('band'),
    },
    { type: 'checklist', items: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: EN(id) })) },
  ]
  const indicators = ['structural', 'process', 'outcome'] as const
  const units = Array.from({ length: UNITS }, (_, u) => ({
    id: `U${u}`,
    title: EN(`Unit ${u}`),
    duty: { text: EN('duty'), citation: 'generated' },
    questions: [] as QuestionInput[],
  }))
  for (let i = 0; i < QUESTIONS; i++) {
    units[i % UNITS]?.questions.push({
      id: `Q${i}`,
      indicator: indicators[i % 3] ?? 'structural',
      answer: specs[i % specs.length] ?? { type: 'yes-partly-no' },
      roles: i % 7 === 0 ? ['partner'] : ['provider', 'partner'],
      text: { state: EN(`Question ${i}`), shadow: EN(`Question ${i}`) },
      guidance: EN('guidance'),
      evidencePrompts: [EN('document')],
      recommendation: { addressee: 'government', text: EN('recommendation') },
      critical: i % 50 === 0,
      weight: 1 + (i % 3),
    })
  }
  return Questionnaire.parse({
    id: 'bench',
    version: '1.0.0',
    title: EN('Benchmark'),
    languages: ['en'],
    articles: [
      { id: '7', title: EN('7'), units: units.slice(0, 5) },
      { id: '8', title: EN('8'), units: units.slice(5, 7) },
      { id: '9', title: EN('9'), units: units.slice(7) },
    ],
  })
}

/** Every question answered, with a mix of values, special answers, evidence and targets. */
export function generateAssessment(q: Questionnaire): Assessment {
  const answers: Record<string, Answer> = {}
  let i = 0
  for (const article of q.articles) {
    for (const unit of article.units) {
      for (const question of unit.questions) {
        const evidence =
          i % 2 === 0
            ? [{ id: `e${i}`, kind: 'citation' as const, text: 'source', confidential: false }]
            : []
        if (i % 17 === 0) answers[question.id] = { special: 'dont-know', evidence }
        else if (i % 23 === 0)
          answers[question.id] = { special: 'not-applicable', reason: 'n/a', evidence }
        else {
          const spec = question.answer
          const value =
            spec.type === 'yes-partly-no'
              ? (['yes', 'partly', 'no'] as const)[i % 3]
              : spec.type === 'maturity'
                ? i % 5
                : spec.type === 'number'
                  ? i % 101
                  : ['a', 'b', 'c', 'd', 'e'].slice(0, i % 6)
          answers[question.id] = {
            value: value ?? 'no',
            evidence,
            ...(i % 4 === 0 ? { target: value ?? 'no' } : {}),
          }
        }
        i++
      }
    }
  }
  return {
    format: 'international-solidarity-assessment',
    formatVersion: 1,
    id: 'bench',
    questionnaire: { id: q.id, version: q.version },
    meta: {
      state: 'Examplestan',
      respondent: 'state',
      roles: ['provider'],
      period: { from: '2024-01-01', to: '2024-12-31' },
      organisation: 'Benchmark',
      language: 'en',
    },
    answers,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }
}

/** Median, min and max wall time of scoring the generated assessment, after warm-up runs. */
export function benchScoring(runs = RUNS): BenchResult {
  const q = generateQuestionnaire()
  const a = generateAssessment(q)
  let sink = 0
  for (let i = 0; i < WARM_UP; i++) sink += scoreAssessment(q, a).gaps.length
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    sink += scoreAssessment(q, a).gaps.length
    times.push(performance.now() - start)
  }
  // Keeps the engine's work observable so it cannot be optimised away.
  if (sink < 0) throw new Error('unreachable')
  times.sort((x, y) => x - y)
  const mid = Math.floor(times.length / 2)
  const median =
    times.length % 2 === 0 ? ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2 : (times[mid] ?? 0)
  return { medianMs: median, minMs: times[0] ?? 0, maxMs: times[times.length - 1] ?? 0, runs }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = benchScoring()
  process.stdout.write(
    `Scoring ${QUESTIONS} questions: median ${r.medianMs.toFixed(2)} ms (min ${r.minMs.toFixed(2)}, max ${r.maxMs.toFixed(2)}, ${r.runs} runs; budget 5 ms)\n`,
  )
}
