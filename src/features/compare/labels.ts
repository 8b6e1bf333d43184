// How the comparison names its two sides and the assessments in its pickers. The side labels say
// whose view each side is (State self-assessment or NGO shadow assessment, and by which
// organisation), because a difference means nothing until the reader knows which way it runs.
import type { TFunction } from 'i18next'
import type { Assessment } from '@/domain/assessment/schema'
import { formatDateIn } from '@/lib/ui/score-format'

export function assessmentLabel(a: Pick<Assessment, 'name' | 'meta'>): string {
  return a.name?.trim() || a.meta.state
}

/** "State self-assessment by Ministry of Foreign Affairs". */
export function sideLabel(a: Pick<Assessment, 'meta'>, t: TFunction): string {
  return t('compare.sideLabel', {
    respondent: t(`respondent.${a.meta.respondent}`),
    organisation: a.meta.organisation,
  })
}

/** One option of an assessment picker: name, respondent, organisation and period. */
export function optionLabel(a: Assessment, language: string, t: TFunction): string {
  return t('compare.option', {
    label: assessmentLabel(a),
    respondent: t(`respondent.${a.meta.respondent}`),
    organisation: a.meta.organisation,
    from: formatDateIn(language, a.meta.period.from),
    to: formatDateIn(language, a.meta.period.to),
  })
}

/** Library order for pickers: by label, then by period, so rounds of one State sit together. */
export function pickerOrder(list: readonly Assessment[]): Assessment[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  return [...list].sort(
    (x, y) =>
      collator.compare(assessmentLabel(x), assessmentLabel(y)) ||
      x.meta.period.from.localeCompare(y.meta.period.from) ||
      x.meta.respondent.localeCompare(y.meta.respondent) ||
      x.id.localeCompare(y.id),
  )
}
