// English wording produced by the scoring engine: exclusion reasons, band names and labels. Kept
// in one place so the results screens, the report and the command line say the same thing.
import type { Role } from '@/domain/questionnaire/schema'
import type { BandId } from '@/domain/scoring/types'

export const BAND_LABELS: Record<BandId, string> = {
  'not-aligned': 'not aligned',
  minimal: 'minimal',
  partial: 'partial',
  substantial: 'substantial',
  strong: 'strong',
}

export const ROLE_LABELS: Record<Role, string> = {
  provider: 'providers of cooperation',
  partner: 'partner countries receiving cooperation',
}

/** Why a question outside the respondent's roles is left out, e.g. "asked of providers of cooperation only". */
export function roleExclusionReason(questionRoles: readonly Role[]): string {
  const labels = questionRoles.map((r) => ROLE_LABELS[r])
  return `asked of ${labels.join(' and ')} only`
}

export const NOT_ASSESSED_LABELS = {
  'mostly-not-applicable':
    'not assessed: more than half of its questions are marked not applicable',
  'no-answers': 'not assessed: no question answered yet',
  'no-questions-in-role':
    "not assessed: none of its questions fits the respondent's cooperation roles",
} as const

export const SPECIAL_ANSWER_LABELS = {
  'not-applicable': 'not applicable',
  'dont-know': "don't know",
  'not-public': 'information not public',
} as const
