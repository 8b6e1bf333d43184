// The public questionnaire file format (version 1). Organisations write their own adaptations
// against this schema, so names here are a contract: change them only with a new format version.
// The JSON Schema in questionnaires/questionnaire.schema.json is generated from this file
// (`npm run schema`) and a test fails when the two differ. Objects are strict so that a misspelt
// field name ("critcal") is reported instead of silently ignored. Checks that span several fields
// (unique ids, declared languages, number settings) live in ./validate.ts.
import { z } from 'zod'

export const QUESTIONNAIRE_FORMAT_VERSION = 1

/** BCP 47 language tag, limited to the simple forms the app uses ("en", "fr", "pt-BR"). */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language code such as "en" or "fr" is required')

/** Every piece of prose is keyed by language so translations can be added later. */
export const LocalizedText = z
  .record(LanguageCode, z.string().trim().min(1, 'the text may not be empty'))
  .describe('Prose keyed by language code, e.g. {"en": "...", "fr": "..."}')
export type LocalizedText = z.infer<typeof LocalizedText>

export const INDICATOR_TYPES = ['structural', 'process', 'outcome'] as const
export const IndicatorType = z.enum(INDICATOR_TYPES)
export type IndicatorType = z.infer<typeof IndicatorType>

export const ROLES = ['provider', 'partner'] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

export const ADDRESSEES = ['government', 'development-partners', 'other-stakeholders'] as const
export const Addressee = z.enum(ADDRESSEES)
export type Addressee = z.infer<typeof Addressee>

export const ANSWER_TYPES = ['yes-partly-no', 'maturity', 'number', 'checklist'] as const
export type AnswerType = (typeof ANSWER_TYPES)[number]

const YesPartlyNoSpec = z.strictObject({ type: z.literal('yes-partly-no') })

const MaturitySpec = z.strictObject({
  type: z.literal('maturity'),
  /** Descriptions of levels 0 to 4, in order. */
  levels: z
    .array(LocalizedText)
    .length(5, 'describe exactly five levels, from 0 to 4')
    .describe('What each level 0–4 means for this question, in order'),
})

const NumberSpec = z.strictObject({
  type: z.literal('number'),
  unit: LocalizedText.describe('Unit shown beside the input, e.g. "% of GNI"'),
  /** Lowest and highest values a respondent may enter. */
  min: z.number().describe('Lowest value that may be entered'),
  max: z.number().describe('Highest value that may be entered'),
  step: z.number().positive().optional().describe('Input step; any value when absent'),
  direction: z.enum(['higher-is-better', 'lower-is-better', 'band']),
  /** Value that scores 0. */
  floor: z.number().describe('The value that scores 0'),
  /** Value that scores 100 (for a band: a representative value inside the band). */
  target: z.number().describe('The value that scores 100'),
  /** For direction "band": the range that scores 100. Outside it the score falls linearly to 0 at
   * the floor below and at the ceiling above. */
  band: z
    .object({ min: z.number(), max: z.number() })
    .optional()
    .describe('For direction "band": the range that scores 100'),
  /** For direction "band": the value above the band that scores 0 (defaults to the mirror of the floor). */
  ceiling: z
    .number()
    .optional()
    .describe('For direction "band": the value above the band that scores 0'),
  targetSource: LocalizedText.describe(
    'Where the target comes from, e.g. "0.7 % of GNI (UNGA res. 2626 (XXV))"',
  ),
})

const ChecklistSpec = z.strictObject({
  type: z.literal('checklist'),
  items: z
    .array(z.strictObject({ id: z.string().min(1), label: LocalizedText }))
    .min(1, 'a checklist needs at least one item'),
})

export const AnswerSpec = z.discriminatedUnion('type', [
  YesPartlyNoSpec,
  MaturitySpec,
  NumberSpec,
  ChecklistSpec,
])
export type AnswerSpec = z.infer<typeof AnswerSpec>
export type NumberSpec = z.infer<typeof NumberSpec>
export type MaturitySpec = z.infer<typeof MaturitySpec>
export type ChecklistSpec = z.infer<typeof ChecklistSpec>

export const Reference = z.strictObject({
  /** Short citation, e.g. "SDG indicator 17.2.1" or "CEDAW art. 7". Not translated: citations are
   * proper names. */
  label: z.string().min(1),
  url: z.url().optional(),
})
export type Reference = z.infer<typeof Reference>

export const Question = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9().\-_]+$/, 'use letters, digits, dots, hyphens or brackets'),
  indicator: IndicatorType,
  answer: AnswerSpec,
  roles: z.array(Role).min(1, 'at least one cooperation role is required'),
  text: z.strictObject({
    /** Wording for a ministry answering about itself. */
    state: LocalizedText,
    /** Wording for an NGO answering about its State from public evidence. */
    shadow: LocalizedText,
  }),
  guidance: LocalizedText,
  evidencePrompts: z.array(LocalizedText).min(1, 'at least one evidence prompt is required'),
  references: z.array(Reference).default([]),
  recommendation: z.strictObject({ addressee: Addressee, text: LocalizedText }),
  critical: z.boolean().default(false),
  weight: z.number().positive().default(1),
  /** Marks answers that record opinion (e.g. CSOs' rating of their influence) so reports label them. */
  perception: z.boolean().optional(),
})
export type Question = z.infer<typeof Question>

export const Unit = z.strictObject({
  id: z.string().min(1),
  title: LocalizedText,
  duty: z.strictObject({
    /** The declaration's text for this paragraph, quoted. */
    text: LocalizedText,
    /** e.g. "A/HRC/35/35, annex, art. 7 (1)" */
    citation: z.string().min(1),
  }),
  questions: z.array(Question).min(1, 'a unit needs at least one question'),
})
export type Unit = z.infer<typeof Unit>

export const Article = z.strictObject({
  id: z.string().min(1),
  title: LocalizedText,
  units: z.array(Unit).min(1, 'an article needs at least one unit'),
})
export type Article = z.infer<typeof Article>

export const Questionnaire = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(QUESTIONNAIRE_FORMAT_VERSION).default(QUESTIONNAIRE_FORMAT_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'a semantic version such as "1.0.0" is required'),
  title: LocalizedText,
  description: LocalizedText.optional(),
  languages: z.array(LanguageCode).min(1, 'list at least one language'),
  source: z
    .object({ document: z.string().min(1), title: LocalizedText, url: z.url().optional() })
    .optional(),
  articles: z.array(Article).min(1, 'a questionnaire needs at least one article'),
})
export type Questionnaire = z.infer<typeof Questionnaire>
export type QuestionnaireInput = z.input<typeof Questionnaire>
