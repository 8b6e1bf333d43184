// fast-check arbitraries for valid assessments, in the form the app stores them (the output of
// the zod schema, defaults filled in), so "export then import" can be compared with deep equality.
import fc from 'fast-check'
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  CONFIDENCE_LEVELS,
  EVIDENCE_KINDS,
  RESPONDENT_TYPES,
  type Answer,
  type AnswerValue,
  type Assessment,
  type EvidenceItem,
} from '@/domain/assessment/schema'
import { ROLES } from '@/domain/questionnaire/schema'

/** Any text, including emoji, right-to-left script, quotes, line breaks and lone surrogates. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    'مرحبا بالعالم',
    'Côte d’Ivoire',
    '"quoted", with comma',
    'line\nbreak',
    '=SUM(A1:A9)',
    '🌍🤝',
  ),
)

/** Text the schema trims: generated already trimmed and non-empty, as stored data is. */
export const trimmedText = anyText.map((s) => s.trim()).filter((s) => s.length > 0)

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

export const questionId = fc
  .stringMatching(/^[A-Za-z0-9().\-_]{1,12}$/)
  .filter((id) => !FORBIDDEN.has(id))

/** A finite number that survives JSON unchanged (JSON has no -0). */
const finiteNumber = fc
  .oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map((n) => (Object.is(n, -0) ? 0 : n))

export const answerValue: fc.Arbitrary<AnswerValue> = fc.oneof(
  fc.constantFrom('yes' as const, 'partly' as const, 'no' as const),
  finiteNumber,
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
)

const isoDate = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))

const timestamp = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString())

export const evidenceItem: fc.Arbitrary<EvidenceItem> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 12 }),
    kind: fc.constantFrom(...EVIDENCE_KINDS),
    text: trimmedText,
    url: fc.webUrl(),
    confidential: fc.boolean(),
  },
  { requiredKeys: ['id', 'kind', 'text', 'confidential'], noNullPrototype: true },
)

export const answer: fc.Arbitrary<Answer> = fc
  .record(
    {
      value: answerValue,
      special: fc.constantFrom(
        'not-applicable' as const,
        'dont-know' as const,
        'not-public' as const,
      ),
      reason: trimmedText,
      evidence: fc.array(evidenceItem, { maxLength: 3 }),
      comment: anyText,
      confidence: fc.constantFrom(...CONFIDENCE_LEVELS),
      target: answerValue,
    },
    { requiredKeys: ['evidence'], noNullPrototype: true },
  )
  // The schema's one cross-field rule: "not applicable" needs a reason.
  .filter((a) => a.special !== 'not-applicable' || (a.reason?.trim() ?? '') !== '')

export const assessment: fc.Arbitrary<Assessment> = fc
  .record(
    {
      id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 20 })),
      name: anyText,
      questionnaire: fc.record(
        {
          id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
          version: fc.constantFrom('1.0.0', '0.1.0', '2.3.1-draft'),
        },
        { noNullPrototype: true },
      ),
      state: trimmedText,
      respondent: fc.constantFrom(...RESPONDENT_TYPES),
      roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 2 }),
      dates: fc
        .tuple(isoDate, isoDate)
        .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
      organisation: trimmedText,
      author: fc.option(anyText, { nil: undefined }),
      language: fc.constantFrom('en', 'fr', 'es', 'ar', 'pt-BR'),
      confidentialityNote: fc.option(anyText, { nil: undefined }),
      example: fc.option(fc.boolean(), { nil: undefined }),
      answers: fc.dictionary(questionId, answer, { maxKeys: 8, noNullPrototype: true }),
      times: fc.tuple(timestamp, timestamp).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    },
    {
      requiredKeys: [
        'id',
        'questionnaire',
        'state',
        'respondent',
        'roles',
        'dates',
        'organisation',
        'language',
        'answers',
        'times',
      ],
      noNullPrototype: true,
    },
  )
  .map((r): Assessment => {
    const meta: Assessment['meta'] = {
      state: r.state,
      respondent: r.respondent,
      roles: r.roles,
      period: r.dates,
      organisation: r.organisation,
      language: r.language,
    }
    if (r.author !== undefined) meta.author = r.author
    if (r.confidentialityNote !== undefined) meta.confidentialityNote = r.confidentialityNote
    if (r.example !== undefined) meta.example = r.example
    const out: Assessment = {
      format: ASSESSMENT_FORMAT,
      formatVersion: ASSESSMENT_FORMAT_VERSION,
      id: r.id,
      questionnaire: r.questionnaire,
      meta,
      answers: r.answers,
      createdAt: r.times[0] ?? '',
      updatedAt: r.times[1] ?? '',
    }
    if (r.name !== undefined) out.name = r.name
    return out
  })

/** A library of assessments with distinct ids. */
export const library = fc.uniqueArray(assessment, { maxLength: 5, selector: (a) => a.id })
