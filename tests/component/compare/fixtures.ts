// A small questionnaire and two assessments of one State — the ministry's self-assessment and an
// NGO's shadow assessment — that disagree in the ways the comparison must show: a 50-point gap, a
// 25-point gap (the threshold itself), a special answer on one side only (both scoring 0), and
// agreement.
import { Questionnaire, type QuestionnaireInput } from '@/domain/questionnaire/schema'
import type { Assessment, Answer } from '@/domain/assessment/schema'
import { makeAssessment, makeMeta } from '../fixtures/assessment'

const t = (en: string) => ({ en })
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

function question(
  id: string,
  indicator: 'structural' | 'process' | 'outcome',
  answer: typeof ynp | typeof maturity,
) {
  return {
    id,
    indicator,
    answer,
    roles: ['provider' as const],
    text: { state: t(`Does your ministry do ${id}?`), shadow: t(`Does the State do ${id}?`) },
    guidance: t(`Guidance for ${id}.`),
    evidencePrompts: [t(`Evidence for ${id}.`)],
    recommendation: { addressee: 'government' as const, text: t(`Recommendation for ${id}.`) },
  }
}

function unit(id: string, questions: ReturnType<typeof question>[]) {
  return {
    id,
    title: t(`Unit ${id} title`),
    duty: { text: t(`Duty of ${id}.`), citation: `art. ${id}` },
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
      title: t('Article 7'),
      units: [
        unit('7.1', [
          question('7.1-S1', 'structural', ynp),
          question('7.1-P1', 'process', maturity),
        ]),
        unit('7.2', [
          question('7.2-S1', 'structural', ynp),
          question('7.2-P1', 'process', maturity),
        ]),
      ],
    },
    {
      id: '8',
      title: t('Article 8'),
      units: [
        unit('8.1', [
          question('8.1-S1', 'structural', ynp),
          question('8.1-P1', 'process', maturity),
        ]),
      ],
    },
  ],
}

export const questionnaire: Questionnaire = Questionnaire.parse(questionnaireInput)

const ev = (id: string, text: string) => [
  { id, kind: 'citation' as const, text, confidential: false },
]

const stateAnswers: Record<string, Answer> = {
  '7.1-S1': { value: 'yes', evidence: ev('s1', 'Development policy act, section 4') },
  '7.1-P1': { value: 3, evidence: ev('s2', 'Annual report 2024') },
  '7.2-S1': { value: 'yes', evidence: ev('s3', 'Gender strategy') },
  '7.2-P1': { value: 2, evidence: ev('s4', 'Programme guidelines') },
  '8.1-S1': { value: 'no', evidence: ev('s5', 'Ministry memo') },
  '8.1-P1': { value: 2, evidence: ev('s6', 'Due diligence procedure') },
}

const shadowAnswers: Record<string, Answer> = {
  // 100 vs 50: diverges by score.
  '7.1-S1': { value: 'partly', evidence: ev('n1', 'Coalition review of the act') },
  // 75 vs 50: exactly the threshold, diverges by score.
  '7.1-P1': { value: 2, evidence: ev('n2', 'Parliamentary question 2024/17') },
  // Same answer: no divergence.
  '7.2-S1': { value: 'yes', evidence: ev('n3', 'Published strategy') },
  // 50 vs 25: diverges by score (25 points).
  '7.2-P1': { value: 1, evidence: ev('n4', 'Interviews with partners') },
  // 0 vs 0, but a special answer on one side only: diverges.
  '8.1-S1': { special: 'not-public', evidence: [] },
  // Same answer: no divergence.
  '8.1-P1': { value: 2, evidence: ev('n6', 'Published procedure') },
}

export const stateAssessment: Assessment = makeAssessment({
  id: 'state-2024',
  questionnaire: { id: 'fixture', version: '1.0.0' },
  meta: makeMeta({ respondent: 'state', organisation: 'Ministry of Foreign Affairs' }),
  answers: stateAnswers,
})

export const shadowAssessment: Assessment = makeAssessment({
  id: 'shadow-2024',
  questionnaire: { id: 'fixture', version: '1.0.0' },
  meta: makeMeta({ respondent: 'shadow', organisation: 'Civic Watch' }),
  answers: shadowAnswers,
})

/** Question ids the fixture makes divergent, in questionnaire order. */
export const EXPECTED_DIVERGENT = ['7.1-S1', '7.1-P1', '7.2-P1', '8.1-S1']
