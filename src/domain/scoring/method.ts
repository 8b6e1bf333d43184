// The scoring method in plain language, built from the rule's constants and illustrated by a
// worked example that the real engine computes. The Method page and the PDF annex render this
// structure, so what users read is what the code does. The wording comes from the per-language
// catalogs in ./strings; the numbers are the constants, formatted for the language.
import type {
  IndicatorType,
  LocalizedText,
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
} from '@/domain/scoring/rules'
import { scoreAssessment } from '@/domain/scoring/score'
import {
  SCORING_LANGUAGES,
  formatLocaleNumber,
  resolveLanguage,
  scoringStrings,
  type ExampleQuestionKey,
  type MethodStrings,
  type ScoringStrings,
} from '@/domain/scoring/strings'

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
  /** Language of the wording actually used ("en" when the requested one has no catalog). */
  language: string
  title: string
  intro: string
  steps: MethodStep[]
  bands: MethodBand[]
  example: WorkedExample
}

/** Up to two decimals, without trailing zeros, as the language writes them: 62.5, 66.67, 50 (62,5 in French). */
export function formatDecimal(value: number, language = 'en'): string {
  return formatLocaleNumber(value, language, 2)
}

function describeBands(s: ScoringStrings, lang: string): MethodBand[] {
  const m = s.method
  return BAND_IDS.map((id, index) => {
    const [from, to] = bandRange(id)
    const f = formatDecimal(from, lang)
    const t = formatDecimal(to, lang)
    const range = index === 0 ? m.bandRangeFirst(f, t) : m.bandRangeOther(f, t)
    return { id, label: s.bands[id], from, to, text: m.bandText(range, s.bands[id]) }
  })
}

function describeSteps(s: ScoringStrings, lang: string): MethodStep[] {
  const m = s.method
  const st = m.steps
  const n = (value: number) => formatDecimal(value, lang)
  const y = YES_PARTLY_NO_SCORES
  const min = n(MIN_SCORE)
  const max = n(MAX_SCORE)
  return [
    {
      id: 'answer',
      title: st.answer.title,
      paragraphs: [
        st.answer.yesPartlyNo(n(y.yes), n(y.partly), n(y.no)),
        st.answer.maturity(n(MATURITY_SCORES.length - 1), m.list(MATURITY_SCORES.map(n))),
        st.answer.number(min, max),
        st.answer.band(min, max),
        st.answer.checklist(max),
      ],
    },
    {
      id: 'special',
      title: st.special.title,
      paragraphs: [
        st.special.notApplicable(s.specialAnswers['not-applicable']),
        st.special.dontKnow(s.specialAnswers['dont-know'], n(SPECIAL_ANSWER_SCORE)),
        st.special.notPublic(s.specialAnswers['not-public'], n(SPECIAL_ANSWER_SCORE)),
        st.special.unanswered,
        st.special.outOfRole,
      ],
    },
    {
      id: 'evidence',
      title: st.evidence.title,
      paragraphs: [st.evidence.gate(n(EVIDENCE_CAP))],
    },
    {
      id: 'unit',
      title: st.unit.title,
      paragraphs: [
        st.unit.average,
        st.unit.subScores,
        st.unit.notAssessed(n(NOT_ASSESSED_NA_SHARE * 100)),
      ],
    },
    {
      id: 'article',
      title: st.article.title,
      paragraphs: [st.article.articleMean, st.article.overall],
    },
    {
      id: 'bands',
      title: st.bands.title,
      paragraphs: [
        st.bands.text(
          m.list(BAND_THRESHOLDS.map(n)),
          m.series(describeBands(s, lang).map((b) => b.text)),
        ),
      ],
    },
    {
      id: 'coverage',
      title: st.coverage.title,
      paragraphs: [st.coverage.coverage, st.coverage.redFlag(min)],
    },
    {
      id: 'gaps',
      title: st.gaps.title,
      paragraphs: [
        st.gaps.gaps(max),
        st.gaps.recommendation(n(RECOMMENDATION_THRESHOLD)),
        st.gaps.targets,
      ],
    },
    {
      id: 'compare',
      title: st.compare.title,
      paragraphs: [st.compare.divergence(n(DIVERGENCE_THRESHOLD))],
    },
    {
      id: 'rounding',
      title: st.rounding.title,
      paragraphs: [st.rounding.exact, st.rounding.profile],
    },
  ]
}

/** The same text of the worked example in every shipped language. */
function exampleText(pick: (e: MethodStrings['example']) => string): LocalizedText {
  return Object.fromEntries(
    SCORING_LANGUAGES.map((l) => [l, pick(scoringStrings(l).method.example)]),
  )
}

/** A one-unit questionnaire small enough to follow by hand, worded in every shipped language. */
export const EXAMPLE_QUESTIONNAIRE_INPUT: QuestionnaireInput = {
  id: 'method-example',
  version: '1.0.0',
  title: exampleText((e) => e.questionnaireTitle),
  languages: [...SCORING_LANGUAGES],
  articles: [
    {
      id: 'example',
      title: exampleText((e) => e.articleTitle),
      units: [
        {
          id: 'example-unit',
          title: exampleText((e) => e.unitTitle),
          duty: { text: exampleText((e) => e.duty), citation: 'worked example' },
          questions: [
            exampleQuestion('S1', 'structural', { type: 'yes-partly-no' }),
            exampleQuestion('S2', 'structural', {
              type: 'checklist',
              items: ['a', 'b', 'c', 'd'].map((id) => ({
                id,
                label: exampleText((e) => e.item(id.toUpperCase())),
              })),
            }),
            {
              ...exampleQuestion('P1', 'process', {
                type: 'maturity',
                levels: [0, 1, 2, 3, 4].map((l) => exampleText((e) => e.level(l))),
              }),
              weight: 2,
            },
            exampleQuestion('P2', 'process', {
              type: 'number',
              unit: exampleText((e) => e.numberUnit),
              min: 0,
              max: 5,
              direction: 'higher-is-better',
              floor: 0,
              target: 0.7,
              targetSource: exampleText((e) => e.numberTargetSource),
            }),
            { ...exampleQuestion('O1', 'outcome', { type: 'yes-partly-no' }), critical: true },
            exampleQuestion('O2', 'outcome', { type: 'yes-partly-no' }),
          ],
        },
      ],
    },
  ],
}

function exampleQuestion(
  key: ExampleQuestionKey,
  indicator: IndicatorType,
  answer: NonNullable<
    QuestionnaireInput['articles'][number]['units'][number]['questions'][number]['answer']
  >,
): QuestionnaireInput['articles'][number]['units'][number]['questions'][number] {
  const text = exampleText((e) => e.questions[key])
  return {
    id: `E-${key}`,
    indicator,
    answer,
    roles: ['provider', 'partner'],
    text: { state: text, shadow: text },
    guidance: exampleText((e) => e.guidance),
    evidencePrompts: [exampleText((e) => e.evidencePrompt)],
    recommendation: { addressee: 'government', text: exampleText((e) => e.recommendation) },
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
    'E-O2': {
      special: 'not-applicable',
      reason: scoringStrings('en').method.example.notApplicableReason,
      evidence: [],
    },
  },
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
}

function describeAnswer(
  s: ScoringStrings,
  lang: string,
  questionnaire: Questionnaire,
  questionId: string,
): string {
  const words = s.method.example.answers
  const answer = EXAMPLE_ASSESSMENT.answers[questionId]
  if (!answer) return words.notAnswered
  if (answer.special) return s.specialAnswers[answer.special]
  const question = questionnaire.articles
    .flatMap((a) => a.units.flatMap((u) => u.questions))
    .find((q) => q.id === questionId)
  const value = answer.value
  switch (question?.answer.type) {
    case 'checklist':
      return words.checklist(
        formatDecimal(Array.isArray(value) ? value.length : 0, lang),
        formatDecimal(question.answer.items.length, lang),
      )
    case 'maturity':
      return words.level(typeof value === 'number' ? formatDecimal(value, lang) : String(value))
    case 'number':
      return words.number(
        typeof value === 'number' ? formatLocaleNumber(value, lang, 3) : String(value),
        question.answer.unit[lang] ?? question.answer.unit.en ?? '',
      )
    case 'yes-partly-no':
      return typeof value === 'string' ? words.yesPartlyNo[value] : String(value)
    default:
      return String(value)
  }
}

function buildExample(s: ScoringStrings, lang: string): WorkedExample {
  const e = s.method.example
  const n = (value: number) => formatDecimal(value, lang)
  const questionnaire = QuestionnaireSchema.parse(EXAMPLE_QUESTIONNAIRE_INPUT)
  const result = scoreAssessment(questionnaire, EXAMPLE_ASSESSMENT)
  const unit = result.units[0]
  if (!unit || unit.score === null || unit.band === null) {
    throw new Error('The worked example of the scoring method no longer produces a unit score.')
  }
  const questions = questionnaire.articles.flatMap((a) => a.units.flatMap((u) => u.questions))
  const rows: WorkedExampleRow[] = questions.map((q) => {
    const qs = result.questions[q.id]
    let note = ''
    if (qs?.unevidenced) note = e.notes.capped(n(EVIDENCE_CAP))
    else if (qs?.status === 'not-applicable') note = e.notes.leftOut(e.notApplicableReason)
    else if (qs?.redFlag) note = e.notes.redFlag
    else if (qs?.special === 'dont-know') note = e.notes.flagged
    return {
      questionId: q.id,
      indicator: q.indicator,
      question: q.text.state[lang] ?? q.text.state.en ?? q.id,
      answer: describeAnswer(s, lang, questionnaire, q.id),
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
    const weights = scored.reduce((sum, r) => sum + r.weight, 0)
    const terms = scored.map((r) => e.calculation.term(n(r.score ?? 0), n(r.weight))).join(' + ')
    calculation.push(e.calculation.type(s.method.indicators[type], terms, n(weights), n(sub)))
    present.push(n(sub))
  }
  calculation.push(
    e.calculation.unit(
      present.join(' + '),
      n(present.length),
      n(unit.score),
      formatScore(unit.score),
    ),
  )
  const coverage = unit.coverage
  calculation.push(
    e.calculation.coverage(
      n(coverage.answered),
      n(coverage.applicable),
      n(coverage.answeredWithEvidence),
    ),
  )

  return {
    title: e.title,
    intro: e.intro,
    rows,
    calculation,
    unitScore: unit.score,
    band: unit.band,
    conclusion: e.conclusion(formatScore(unit.score), s.bands[unit.band], unit.redFlags.length),
  }
}

/**
 * The whole method, ready to render, in `language` (its base language, or English when the app
 * has no catalog for it; `language` in the result says which was used).
 */
export function describeMethod(language = 'en'): MethodDescription {
  const lang = resolveLanguage(language)
  const s = scoringStrings(lang)
  return {
    language: lang,
    title: s.method.title,
    intro: s.method.intro,
    steps: describeSteps(s, lang),
    bands: describeBands(s, lang),
    example: buildExample(s, lang),
  }
}
