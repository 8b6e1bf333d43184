// The scoring method in plain language, built from the rule's constants and illustrated by a
// worked example that the real engine computes. The Method page and the PDF annex render this
// structure, so what users read is what the code does.
import type {
  IndicatorType,
  Questionnaire,
  QuestionnaireInput,
} from '@/domain/questionnaire/schema'
import {
  INDICATOR_TYPES,
  Questionnaire as QuestionnaireSchema,
} from '@/domain/questionnaire/schema'
import type { Assessment } from '@/domain/assessment/schema'
import { BAND_IDS, type BandId } from '@/domain/scoring/types'
import {
  BAND_THRESHOLDS,
  DIVERGENCE_THRESHOLD,
  EVIDENCE_CAP,
  MATURITY_SCORES,
  MAX_SCORE,
  MIN_SCORE,
  NOT_ASSESSED_NA_SHARE,
  RECOMMENDATION_THRESHOLD,
  SPECIAL_ANSWER_SCORE,
  YES_PARTLY_NO_SCORES,
  bandRange,
  formatScore,
  roundHalfUp,
} from '@/domain/scoring/rules'
import { scoreAssessment } from '@/domain/scoring/score'
import { BAND_LABELS, SPECIAL_ANSWER_LABELS } from '@/domain/scoring/strings'

export interface MethodStep {
  id: string
  title: string
  paragraphs: string[]
}

export interface MethodBand {
  id: BandId
  label: string
  /** Exclusive lower bound, except the first band which includes 0. */
  from: number
  /** Inclusive upper bound. */
  to: number
  text: string
}

export interface WorkedExampleRow {
  questionId: string
  indicator: IndicatorType
  question: string
  answer: string
  evidence: boolean
  weight: number
  /** Score before the evidence gate; null when the question is left out. */
  rawScore: number | null
  /** Score that counts; null when the question is left out. */
  score: number | null
  note: string
}

export interface WorkedExample {
  title: string
  intro: string
  rows: WorkedExampleRow[]
  /** The arithmetic, line by line, with the engine's numbers. */
  calculation: string[]
  unitScore: number
  band: BandId
  conclusion: string
}

export interface MethodDescription {
  title: string
  intro: string
  steps: MethodStep[]
  bands: MethodBand[]
  example: WorkedExample
}

const INDICATOR_LABELS: Record<IndicatorType, string> = {
  structural: 'Structural',
  process: 'Process',
  outcome: 'Outcome',
}

/** Up to two decimals, without trailing zeros: 62.5, 66.67, 50. */
export function formatDecimal(value: number): string {
  return String(roundHalfUp(value, 2))
}

function describeBands(): MethodBand[] {
  return BAND_IDS.map((id, index) => {
    const [from, to] = bandRange(id)
    const text = index === 0 ? `${from}–${to}` : `above ${from} up to ${to}`
    return { id, label: BAND_LABELS[id], from, to, text: `${text}: ${BAND_LABELS[id]}` }
  })
}

function describeSteps(): MethodStep[] {
  const y = YES_PARTLY_NO_SCORES
  const naPercent = formatDecimal(NOT_ASSESSED_NA_SHARE * 100)
  return [
    {
      id: 'answer',
      title: 'Each answer becomes a score from 0 to 100',
      paragraphs: [
        `Yes, partly and no score ${y.yes}, ${y.partly} and ${y.no}.`,
        `Maturity levels 0 to ${MATURITY_SCORES.length - 1} score ${MATURITY_SCORES.join(', ')}.`,
        `A number scores ${MIN_SCORE} at the floor and ${MAX_SCORE} at the target, on a straight line between them, and stays within ${MIN_SCORE}–${MAX_SCORE} beyond them. Where lower is better, the floor lies above the target and the line runs the other way.`,
        `Where the aim is a band (for example 40–60 %), any value inside the band scores ${MAX_SCORE}; below it the score falls on a straight line to ${MIN_SCORE} at the floor, and above it to ${MIN_SCORE} at the ceiling (unless the questionnaire sets one, the ceiling lies as far above the band as the floor lies below it).`,
        `A checklist scores the share of its items that are present, times ${MAX_SCORE}.`,
      ],
    },
    {
      id: 'special',
      title: 'Special answers',
      paragraphs: [
        `"${cap(SPECIAL_ANSWER_LABELS['not-applicable'])}" needs a reason and leaves the question out of every calculation.`,
        `"${cap(SPECIAL_ANSWER_LABELS['dont-know'])}" scores ${SPECIAL_ANSWER_SCORE} and is flagged.`,
        `In a shadow assessment, "${SPECIAL_ANSWER_LABELS['not-public']}" scores ${SPECIAL_ANSWER_SCORE} and is reported as a transparency finding about the State, not as a shortcoming of the organisation that answered.`,
        'Questions not yet answered are left out of the scores and count against coverage.',
        'Questions written for a cooperation role the respondent does not have (provider or partner) are left out, and the reason is shown beside them.',
      ],
    },
    {
      id: 'evidence',
      title: 'Evidence gate',
      paragraphs: [
        `An answer that would score above ${EVIDENCE_CAP} counts for ${EVIDENCE_CAP} until evidence is attached, and is marked unevidenced. One citation, link or document reference is enough.`,
      ],
    },
    {
      id: 'unit',
      title: 'From questions to a unit',
      paragraphs: [
        'Within each unit, the questions of each indicator type present (structural, process, outcome) are averaged, each weighted by its question weight. The unit score is the plain average of those type averages, so commitments on paper cannot carry a unit alone.',
        'The three type averages are reported beside the unit score as its structural, process and outcome sub-scores.',
        `A unit where more than ${naPercent} % of the questions in the respondent's roles are marked not applicable is not assessed, and neither is a unit with no answer yet.`,
      ],
    },
    {
      id: 'article',
      title: 'From units to articles and the overall score',
      paragraphs: [
        'An article scores the plain average of its assessed units (Article 9 has seven units: 9.1(a) to 9.1(d), 9.2, 9.3 and 9.4).',
        'The overall score is the plain average of the articles that have a score. Sub-scores follow the same path.',
      ],
    },
    {
      id: 'bands',
      title: 'Bands',
      paragraphs: [
        `Scores fall into five bands with limits at ${BAND_THRESHOLDS.join(', ')}, following the bands of the Open Budget Survey: ${describeBands()
          .map((b) => b.text)
          .join('; ')}.`,
      ],
    },
    {
      id: 'coverage',
      title: 'Coverage and red flags',
      paragraphs: [
        'Every score is shown with its coverage: the share of applicable questions answered, and the share answered with evidence.',
        `A red flag marks a critical question that scores ${MIN_SCORE}; red flags are shown beside every score.`,
      ],
    },
    {
      id: 'gaps',
      title: 'Gaps and recommendations',
      paragraphs: [
        `Every answered question scoring below ${MAX_SCORE} is a gap. Gaps are listed with critical questions first, then by the size of the gap times the question weight.`,
        `A question's recommendation is proposed when it scores ${RECOMMENDATION_THRESHOLD} or less, grouped by whom it addresses: the Government, development partners or other stakeholders.`,
        'Where targets are entered, a planned profile is computed the same way, using each target in place of the current answer (the evidence gate does not apply to a plan).',
      ],
    },
    {
      id: 'compare',
      title: 'Comparing two assessments',
      paragraphs: [
        `Two assessments of the same questions are compared question by question, unit by unit and article by article. An item is divergent when the two scores are ${DIVERGENCE_THRESHOLD} points or more apart, or when only one side gave a special answer.`,
      ],
    },
    {
      id: 'rounding',
      title: 'Rounding and ranking',
      paragraphs: [
        'All calculations use exact values; scores are rounded to whole numbers (halves up) only when shown.',
        'The result is a profile of strengths and gaps, never a ranking of countries.',
      ],
    },
  ]
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const EN = (text: string) => ({ en: text })

/** A one-unit questionnaire small enough to follow by hand. */
export const EXAMPLE_QUESTIONNAIRE_INPUT: QuestionnaireInput = {
  id: 'method-example',
  version: '1.0.0',
  title: EN('Worked example'),
  languages: ['en'],
  articles: [
    {
      id: 'example',
      title: EN('Example article'),
      units: [
        {
          id: 'example-unit',
          title: EN('Example unit'),
          duty: { text: EN('An example duty.'), citation: 'worked example' },
          questions: [
            exampleQuestion(
              'S1',
              'structural',
              { type: 'yes-partly-no' },
              'A cooperation policy names the duty',
            ),
            exampleQuestion(
              'S2',
              'structural',
              {
                type: 'checklist',
                items: ['a', 'b', 'c', 'd'].map((id) => ({
                  id,
                  label: EN(`Item ${id.toUpperCase()}`),
                })),
              },
              'The policy covers four named issues',
            ),
            {
              ...exampleQuestion(
                'P1',
                'process',
                { type: 'maturity', levels: [0, 1, 2, 3, 4].map((l) => EN(`Level ${l}`)) },
                'Programmes apply the policy',
              ),
              weight: 2,
            },
            exampleQuestion(
              'P2',
              'process',
              {
                type: 'number',
                unit: EN('% of GNI'),
                min: 0,
                max: 5,
                direction: 'higher-is-better',
                floor: 0,
                target: 0.7,
                targetSource: EN('0.7 % of GNI'),
              },
              'Official development assistance',
            ),
            {
              ...exampleQuestion(
                'O1',
                'outcome',
                { type: 'yes-partly-no' },
                'Results are observed',
              ),
              critical: true,
            },
            exampleQuestion(
              'O2',
              'outcome',
              { type: 'yes-partly-no' },
              'Results in a field the State does not work in',
            ),
          ],
        },
      ],
    },
  ],
}

function exampleQuestion(
  id: string,
  indicator: IndicatorType,
  answer: NonNullable<
    QuestionnaireInput['articles'][number]['units'][number]['questions'][number]['answer']
  >,
  text: string,
): QuestionnaireInput['articles'][number]['units'][number]['questions'][number] {
  return {
    id: `E-${id}`,
    indicator,
    answer,
    roles: ['provider', 'partner'],
    text: { state: EN(text), shadow: EN(text) },
    guidance: EN('Example guidance.'),
    evidencePrompts: [EN('Any document')],
    recommendation: { addressee: 'government', text: EN('Example recommendation.') },
  }
}

const evidence = [
  { id: 'ev1', kind: 'citation' as const, text: 'Annual report', confidential: false },
]

export const EXAMPLE_ASSESSMENT: Assessment = {
  format: 'international-solidarity-assessment',
  formatVersion: 1,
  id: 'method-example',
  questionnaire: { id: 'method-example', version: '1.0.0' },
  meta: {
    state: 'Example State',
    respondent: 'state',
    roles: ['provider'],
    period: { from: '2024-01-01', to: '2024-12-31' },
    organisation: 'Example ministry',
    language: 'en',
  },
  answers: {
    'E-S1': { value: 'yes', evidence: [] },
    'E-S2': { value: ['a', 'b', 'c'], evidence },
    'E-P1': { value: 3, evidence },
    'E-P2': { value: 0.35, evidence },
    'E-O1': { special: 'dont-know', evidence: [] },
    'E-O2': { special: 'not-applicable', reason: 'no activity in that field', evidence: [] },
  },
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
}

function describeAnswer(questionnaire: Questionnaire, questionId: string): string {
  const answer = EXAMPLE_ASSESSMENT.answers[questionId]
  if (!answer) return 'not answered'
  if (answer.special) return SPECIAL_ANSWER_LABELS[answer.special]
  const question = questionnaire.articles
    .flatMap((a) => a.units.flatMap((u) => u.questions))
    .find((q) => q.id === questionId)
  const value = answer.value
  switch (question?.answer.type) {
    case 'checklist':
      return `${Array.isArray(value) ? value.length : 0} of ${question.answer.items.length} items`
    case 'maturity':
      return `level ${String(value)}`
    case 'number':
      return `${String(value)} ${question.answer.unit.en ?? ''}`.trim()
    default:
      return String(value)
  }
}

function buildExample(): WorkedExample {
  const questionnaire = QuestionnaireSchema.parse(EXAMPLE_QUESTIONNAIRE_INPUT)
  const result = scoreAssessment(questionnaire, EXAMPLE_ASSESSMENT)
  const unit = result.units[0]
  if (!unit || unit.score === null || unit.band === null) {
    throw new Error('The worked example of the scoring method no longer produces a unit score.')
  }
  const questions = questionnaire.articles.flatMap((a) => a.units.flatMap((u) => u.questions))
  const rows: WorkedExampleRow[] = questions.map((q) => {
    const qs = result.questions[q.id]
    const answer = EXAMPLE_ASSESSMENT.answers[q.id]
    let note = ''
    if (qs?.unevidenced) note = `no evidence: capped at ${EVIDENCE_CAP}`
    else if (qs?.status === 'not-applicable') note = `left out (reason: ${answer?.reason ?? ''})`
    else if (qs?.redFlag) note = 'critical question scoring 0: red flag'
    else if (qs?.special === 'dont-know') note = 'flagged'
    return {
      questionId: q.id,
      indicator: q.indicator,
      question: q.text.state.en ?? q.id,
      answer: describeAnswer(questionnaire, q.id),
      evidence: qs?.hasEvidence ?? false,
      weight: q.weight,
      rawScore: qs?.rawScore ?? null,
      score: qs?.score ?? null,
      note,
    }
  })

  const calculation: string[] = []
  const present: string[] = []
  for (const type of INDICATOR_TYPES) {
    const scored = rows.filter((r) => r.indicator === type && r.score !== null)
    const sub = unit.subScores[type]
    if (scored.length === 0 || sub === null) continue
    const weights = scored.reduce((s, r) => s + r.weight, 0)
    const terms = scored.map((r) => `${formatDecimal(r.score ?? 0)} × ${r.weight}`).join(' + ')
    calculation.push(`${INDICATOR_LABELS[type]}: (${terms}) ÷ ${weights} = ${formatDecimal(sub)}`)
    present.push(formatDecimal(sub))
  }
  calculation.push(
    `Unit: (${present.join(' + ')}) ÷ ${present.length} = ${formatDecimal(unit.score)}, shown as ${formatScore(unit.score)}`,
  )
  const coverage = unit.coverage
  calculation.push(
    `Coverage: ${coverage.answered} of ${coverage.applicable} applicable questions answered, ${coverage.answeredWithEvidence} with evidence`,
  )

  return {
    title: 'Worked example',
    intro:
      'A single unit with six questions, answered by a ministry that provides cooperation. The numbers below are computed by the same engine that scores every assessment.',
    rows,
    calculation,
    unitScore: unit.score,
    band: unit.band,
    conclusion: `The unit scores ${formatScore(unit.score)}, in the "${BAND_LABELS[unit.band]}" band, with ${unit.redFlags.length} red flag${unit.redFlags.length === 1 ? '' : 's'}.`,
  }
}

/** The whole method, ready to render. */
export function describeMethod(): MethodDescription {
  return {
    title: 'How scores are calculated',
    intro:
      'The tool measures how far cooperation policy and practice align with the duties in Articles 7, 8 and 9 of the draft declaration on the right to international solidarity (A/HRC/35/35, annex). The same rule produces every number in the app, the reports and the command line.',
    steps: describeSteps(),
    bands: describeBands(),
    example: buildExample(),
  }
}
