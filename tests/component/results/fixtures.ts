// A small questionnaire and a shadow assessment that exercise every case the results screens
// show: an unevidenced answer capped at 50, a red flag, a transparency finding, a unit that is not
// assessed, a "don't know", targets, and gaps for each addressee.
import { Questionnaire, type QuestionnaireInput } from '@/domain/questionnaire/schema'
import { Assessment, type AssessmentInput } from '@/domain/assessment/schema'

const t = (en: string) => ({ en })

type QuestionSeed = {
  id: string
  indicator: 'structural' | 'process' | 'outcome'
  answer: QuestionnaireInput['articles'][number]['units'][number]['questions'][number]['answer']
  addressee?: 'government' | 'development-partners' | 'other-stakeholders'
  critical?: boolean
  weight?: number
}

function question(seed: QuestionSeed) {
  return {
    id: seed.id,
    indicator: seed.indicator,
    answer: seed.answer,
    roles: ['provider' as const],
    text: {
      state: t(`Does your ministry do ${seed.id}?`),
      shadow: t(`Does the State do ${seed.id}?`),
    },
    guidance: t(`Guidance for ${seed.id}.`),
    evidencePrompts: [t(`Evidence for ${seed.id}.`)],
    recommendation: {
      addressee: seed.addressee ?? 'government',
      text: t(`Recommendation for ${seed.id}.`),
    },
    critical: seed.critical ?? false,
    weight: seed.weight ?? 1,
  }
}

const ynp = { type: 'yes-partly-no' as const }
const maturity = {
  type: 'maturity' as const,
  levels: [
    t('Nothing exists'),
    t('Ad hoc'),
    t('Formal policy'),
    t('Applied routinely'),
    t('Evaluated'),
  ],
}
const oda = {
  type: 'number' as const,
  unit: t('% of GNI'),
  min: 0,
  max: 2,
  direction: 'higher-is-better' as const,
  floor: 0,
  target: 0.7,
  targetSource: t('0.7 % of GNI'),
}
const checklist = {
  type: 'checklist' as const,
  items: [
    { id: 'law', label: t('Access-to-information law') },
    { id: 'funding', label: t('No prior authorization of foreign funding') },
    { id: 'shutdown', label: t('No blanket shutdown powers') },
    { id: 'appeal', label: t('Independent appeal') },
  ],
}

function unit(id: string, questions: ReturnType<typeof question>[]) {
  return {
    id,
    title: t(`Unit ${id} title`),
    duty: { text: t(`Duty text of ${id}.`), citation: `A/HRC/35/35, annex, art. ${id}` },
    questions,
  }
}

export const questionnaireInput: QuestionnaireInput = {
  id: 'fixture',
  version: '1.0.0',
  title: t('Fixture questionnaire'),
  languages: ['en'],
  articles: [
    {
      id: '7',
      title: t('Article 7: cooperation'),
      units: [
        unit('7.1', [
          question({ id: '7.1-S1', indicator: 'structural', answer: ynp }),
          question({
            id: '7.1-P1',
            indicator: 'process',
            answer: maturity,
            addressee: 'development-partners',
          }),
          question({ id: '7.1-O1', indicator: 'outcome', answer: oda }),
        ]),
        unit('7.2', [
          question({ id: '7.2-S1', indicator: 'structural', answer: ynp }),
          question({ id: '7.2-P1', indicator: 'process', answer: maturity }),
          question({ id: '7.2-P2', indicator: 'process', answer: ynp }),
        ]),
      ],
    },
    {
      id: '8',
      title: t('Article 8: domestic measures'),
      units: [
        unit('8.2', [
          question({ id: '8.2-S1', indicator: 'structural', answer: checklist }),
          question({
            id: '8.2-P1',
            indicator: 'process',
            answer: ynp,
            critical: true,
            addressee: 'other-stakeholders',
          }),
          question({ id: '8.2-O1', indicator: 'outcome', answer: maturity, weight: 2 }),
        ]),
      ],
    },
    {
      id: '9',
      title: t('Article 9: international cooperation'),
      units: [
        unit('9.1(a)', [
          question({ id: '9.1(a)-S1', indicator: 'structural', answer: ynp }),
          question({
            id: '9.1(a)-P1',
            indicator: 'process',
            answer: maturity,
            addressee: 'development-partners',
          }),
        ]),
        unit('9.2', [
          question({ id: '9.2-S1', indicator: 'structural', answer: ynp }),
          question({ id: '9.2-P1', indicator: 'process', answer: maturity }),
          question({ id: '9.2-O1', indicator: 'outcome', answer: ynp }),
        ]),
      ],
    },
  ],
}

export const questionnaire: Questionnaire = Questionnaire.parse(questionnaireInput)

const cite = (id: string) => [
  { id: `ev-${id}`, kind: 'citation' as const, text: `Source for ${id}` },
]

export const assessmentInput: AssessmentInput = {
  format: 'international-solidarity-assessment',
  formatVersion: 1,
  id: 'fixture-assessment',
  questionnaire: { id: 'fixture', version: '1.0.0' },
  meta: {
    state: 'Republic of Exampleland',
    respondent: 'shadow',
    roles: ['provider'],
    period: { from: '2024-01-01', to: '2025-12-31' },
    organisation: 'Example Coalition',
    language: 'en',
    example: true,
  },
  answers: {
    '7.1-S1': { value: 'yes', evidence: cite('7.1-S1'), target: 'yes' },
    // 75 without evidence: capped at 50 and marked unevidenced.
    '7.1-P1': { value: 3, target: 4 },
    '7.1-O1': { value: 0.35, evidence: cite('7.1-O1'), target: 0.7 },
    '7.2-S1': { value: 'partly', evidence: cite('7.2-S1') },
    '7.2-P1': { special: 'dont-know' },
    // 7.2-P2 left unanswered: counts against coverage.
    '8.2-S1': {
      value: ['law', 'appeal'],
      evidence: cite('8.2-S1'),
      target: ['law', 'funding', 'appeal'],
    },
    '8.2-P1': { value: 'no', evidence: cite('8.2-P1') },
    '8.2-O1': { special: 'not-public' },
    // Both questions of 9.1(a) not applicable: the unit is not assessed.
    '9.1(a)-S1': { special: 'not-applicable', reason: 'No sector programmes in the period.' },
    '9.1(a)-P1': { special: 'not-applicable', reason: 'No sector programmes in the period.' },
    '9.2-S1': { value: 'yes', evidence: cite('9.2-S1') },
    '9.2-P1': { value: 1, evidence: cite('9.2-P1'), target: 3 },
    '9.2-O1': { value: 'partly' },
  },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
}

export const assessment: Assessment = Assessment.parse(assessmentInput)
