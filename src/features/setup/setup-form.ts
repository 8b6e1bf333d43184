// The set-up form's schema: what a user must give before answering, with messages in the
// interface language. Its values map one-to-one onto AssessmentMeta.
import { z } from 'zod'
import type { TFunction } from 'i18next'
import { RESPONDENT_TYPES, type AssessmentMeta } from '@/domain/assessment/schema'
import { ROLES } from '@/domain/questionnaire/schema'

export function setupSchema(t: TFunction) {
  const date = (msg: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg)
  return z
    .object({
      name: z.string(),
      state: z.string().trim().min(1, t('setup.errors.state')),
      respondent: z.enum(RESPONDENT_TYPES, { error: () => t('setup.errors.respondent') }),
      roles: z.array(z.enum(ROLES)).min(1, t('setup.errors.roles')),
      periodFrom: date(t('setup.errors.periodFrom')),
      periodTo: date(t('setup.errors.periodTo')),
      organisation: z.string().trim().min(1, t('setup.errors.organisation')),
      author: z.string(),
      language: z.string().min(1, t('setup.errors.language')),
      confidentialityNote: z.string(),
    })
    .superRefine((v, ctx) => {
      if (v.periodFrom && v.periodTo && v.periodFrom > v.periodTo) {
        ctx.addIssue({ code: 'custom', path: ['periodTo'], message: t('setup.errors.periodOrder') })
      }
    })
}

export type SetupValues = z.input<ReturnType<typeof setupSchema>>
export type SetupOutput = z.output<ReturnType<typeof setupSchema>>

/** Order of fields on the page: the error summary lists problems in this order. */
export const FIELD_ORDER = [
  'state',
  'respondent',
  'roles',
  'periodFrom',
  'periodTo',
  'organisation',
  'author',
  'language',
  'confidentialityNote',
  'name',
] as const

/** The id of the control the error summary link focuses for each field. */
export const FIELD_IDS: Record<(typeof FIELD_ORDER)[number], string> = {
  state: 'setup-state',
  respondent: 'setup-respondent-state',
  roles: 'setup-roles-provider',
  periodFrom: 'setup-period-from',
  periodTo: 'setup-period-to',
  organisation: 'setup-organisation',
  author: 'setup-author',
  language: 'setup-language',
  confidentialityNote: 'setup-confidentiality',
  name: 'setup-name',
}

export function toMeta(v: SetupOutput, previous?: AssessmentMeta): AssessmentMeta {
  const meta: AssessmentMeta = {
    state: v.state.trim(),
    respondent: v.respondent,
    roles: v.roles,
    period: { from: v.periodFrom, to: v.periodTo },
    organisation: v.organisation.trim(),
    language: v.language,
  }
  if (v.author.trim()) meta.author = v.author.trim()
  if (v.confidentialityNote.trim()) meta.confidentialityNote = v.confidentialityNote.trim()
  if (previous?.example) meta.example = true
  return meta
}

export function fromMeta(meta: AssessmentMeta | undefined, name: string | undefined, language: string): SetupValues {
  return {
    name: name ?? '',
    state: meta?.state ?? '',
    // Radios start unchosen for a new assessment (GOV.UK: no pre-selected answer).
    respondent: (meta?.respondent ?? null) as unknown as SetupValues['respondent'],
    roles: meta?.roles ?? [],
    periodFrom: meta?.period.from ?? '',
    periodTo: meta?.period.to ?? '',
    organisation: meta?.organisation ?? '',
    author: meta?.author ?? '',
    language: meta?.language ?? language,
    confidentialityNote: meta?.confidentialityNote ?? '',
  }
}
