// What the user is typing for one question, and how it becomes a stored Answer. The store only
// ever holds answers that pass the Answer schema (else a reload would set the record aside), so
// half-finished parts stay in the draft: evidence without a description, "not applicable"
// without its reason, a number that is not yet a number. validateDraft lists what blocks
// "Save and continue".
import type { TFunction } from 'i18next'
import type {
  Answer,
  AnswerValue,
  Confidence,
  EvidenceItem,
  SpecialAnswer,
} from '@/domain/assessment/schema'
import type { Question } from '@/domain/questionnaire/schema'
import type { FieldError } from '@/lib/ui/error-summary'
import { i18n } from '@/lib/i18n'
import { isolateInRtl } from '@/lib/ui/in-language'

export type EvidenceKind = EvidenceItem['kind']

export interface EvidenceDraft {
  id: string
  kind: EvidenceKind
  text: string
  url: string
  confidential: boolean
}

export interface AnswerDraft {
  value?: AnswerValue
  /** Number questions: the text as typed, which may not be a number yet. */
  valueText: string
  special?: SpecialAnswer
  reason: string
  evidence: EvidenceDraft[]
  comment: string
  confidence?: Confidence
  target?: AnswerValue
  targetText: string
}

/** A change to one question's draft: the parts that change, or a function of the latest draft. */
export type DraftPatch = Partial<AnswerDraft> | ((draft: AnswerDraft) => Partial<AnswerDraft>)

const numberText = (v: AnswerValue | undefined) => (typeof v === 'number' ? String(v) : '')

export function draftFromAnswer(a: Answer | undefined): AnswerDraft {
  return {
    ...(a?.value !== undefined ? { value: a.value } : {}),
    valueText: numberText(a?.value),
    ...(a?.special ? { special: a.special } : {}),
    reason: a?.reason ?? '',
    evidence: (a?.evidence ?? []).map((e) => ({
      id: e.id,
      kind: e.kind,
      text: e.text,
      url: e.url ?? '',
      confidential: e.confidential,
    })),
    comment: a?.comment ?? '',
    ...(a?.confidence ? { confidence: a.confidence } : {}),
    ...(a?.target !== undefined ? { target: a.target } : {}),
    targetText: numberText(a?.target),
  }
}

/** The part of the draft that can be stored; undefined when nothing is worth storing. */
export function answerFromDraft(d: AnswerDraft): Answer | undefined {
  const a: Answer = { evidence: [] }
  const naWithoutReason = d.special === 'not-applicable' && !d.reason.trim()
  if (d.special && !naWithoutReason) a.special = d.special
  if (d.special === 'not-applicable' && d.reason.trim()) a.reason = d.reason
  if (d.value !== undefined && !d.special) a.value = d.value
  a.evidence = d.evidence
    .filter((e) => e.text.trim())
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      text: e.text,
      ...(e.url.trim() ? { url: e.url.trim() } : {}),
      confidential: e.confidential,
    }))
  if (d.comment.trim()) a.comment = d.comment
  if (d.confidence) a.confidence = d.confidence
  if (d.target !== undefined) a.target = d.target
  const empty =
    a.value === undefined &&
    !a.special &&
    a.evidence.length === 0 &&
    !a.comment &&
    !a.confidence &&
    a.target === undefined
  return empty ? undefined : a
}

/** Field ids on the unit page; question ids may contain dots and brackets, which ids allow. */
export const fieldIds = {
  section: (qid: string) => `q-${qid}`,
  heading: (qid: string) => `q-${qid}-heading`,
  value: (qid: string) => `q-${qid}-value`,
  special: (qid: string) => `q-${qid}-special`,
  reason: (qid: string) => `q-${qid}-reason`,
  target: (qid: string) => `q-${qid}-target`,
  comment: (qid: string) => `q-${qid}-comment`,
  confidence: (qid: string) => `q-${qid}-confidence`,
  evidence: (qid: string) => `q-${qid}-evidence`,
  evidenceField: (qid: string, eid: string, field: 'kind' | 'text' | 'url' | 'confidential') =>
    `q-${qid}-evidence-${eid}-${field}`,
}

/** Parses typed number text; undefined for empty text, NaN for text that is not a number. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.')
  if (!trimmed) return undefined
  const n = Number(trimmed)
  return Number.isFinite(n) ? n : Number.NaN
}

const URL_PATTERN = /^https?:\/\/\S+\.\S+/i

export function validateDraft(question: Question, d: AnswerDraft, t: TFunction): FieldError[] {
  const qid = question.id
  const shownId = isolateInRtl(qid, i18n.language)
  const errors: FieldError[] = []
  if (d.special === 'not-applicable' && !d.reason.trim()) {
    errors.push({
      fieldId: fieldIds.reason(qid),
      message: t('unit.errors.reason', { id: shownId }),
    })
  }
  if (question.answer.type === 'number') {
    const spec = question.answer
    const check = (text: string, fieldId: string, which: 'value' | 'target') => {
      const n = parseNumber(text)
      if (n === undefined) return
      if (Number.isNaN(n))
        errors.push({ fieldId, message: t(`unit.errors.${which}NotNumber`, { id: shownId }) })
      else if (n < spec.min || n > spec.max)
        errors.push({
          fieldId,
          message: t(`unit.errors.${which}Range`, { id: shownId, min: spec.min, max: spec.max }),
        })
    }
    if (!d.special) check(d.valueText, fieldIds.value(qid), 'value')
    check(d.targetText, fieldIds.target(qid), 'target')
  }
  d.evidence.forEach((e, i) => {
    const n = i + 1
    if (!e.text.trim())
      errors.push({
        fieldId: fieldIds.evidenceField(qid, e.id, 'text'),
        message: t('unit.errors.evidenceText', { id: shownId, n }),
      })
    if (e.kind === 'link' && !e.url.trim())
      errors.push({
        fieldId: fieldIds.evidenceField(qid, e.id, 'url'),
        message: t('unit.errors.evidenceUrl', { id: shownId, n }),
      })
    else if (e.url.trim() && !URL_PATTERN.test(e.url.trim()))
      errors.push({
        fieldId: fieldIds.evidenceField(qid, e.id, 'url'),
        message: t('unit.errors.evidenceUrlFormat', { id: shownId, n }),
      })
  })
  return errors
}
