// One question on the unit page: its wording for this respondent, tags, guidance behind a
// disclosure, the answer input from the typed map, special answers, evidence, comment,
// confidence and target.
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CONFIDENCE_LEVELS,
  type RespondentType,
  type SpecialAnswer,
} from '@/domain/assessment/schema'
import { localize, type Question } from '@/domain/questionnaire'
import { Choice, Fieldset, TextArea } from '@/lib/ui/form-fields'
import { Tag } from '@/lib/ui/tag'
import { directionOf } from '@/lib/i18n'
import { isolateInRtl } from '@/lib/ui/in-language'
import { AnswerInput } from '@/features/unit/answer-inputs'
import { EvidenceList } from '@/features/unit/evidence-list'
import { fieldIds, type AnswerDraft } from '@/features/unit/draft'

export interface QuestionBlockProps {
  question: Question
  number: number
  draft: AnswerDraft
  respondent: RespondentType
  lang: string
  onChange(qid: string, draft: AnswerDraft): void
  /** Visible error messages by field id. */
  errors: ReadonlyMap<string, string>
  onBlurField(fieldId: string): void
  newId(): string
}

const sameErrors = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v)

// The error map is rebuilt on every render of the page; comparing its content lets a question
// skip re-rendering while the user types in another one.
function sameProps(a: QuestionBlockProps, b: QuestionBlockProps): boolean {
  return (
    a.question === b.question &&
    a.number === b.number &&
    a.draft === b.draft &&
    a.respondent === b.respondent &&
    a.lang === b.lang &&
    a.onChange === b.onChange &&
    a.onBlurField === b.onBlurField &&
    a.newId === b.newId &&
    sameErrors(a.errors, b.errors)
  )
}

const SPECIALS: Record<RespondentType, readonly SpecialAnswer[]> = {
  state: ['not-applicable', 'dont-know'],
  shadow: ['not-applicable', 'dont-know', 'not-public'],
}

export const QuestionBlock = memo(function QuestionBlockInner({
  question,
  number,
  draft,
  respondent,
  lang,
  onChange,
  errors,
  onBlurField,
  newId,
}: QuestionBlockProps) {
  const { t, i18n } = useTranslation()
  const errorFor = (fieldId: string) => errors.get(fieldId)
  const qid = question.id
  const set = (patch: Partial<AnswerDraft>) => onChange(qid, { ...draft, ...patch })
  const text = localize(question.text[respondent], lang)
  return (
    <section
      className="question"
      id={fieldIds.section(qid)}
      aria-labelledby={fieldIds.heading(qid)}
    >
      <h2 className="question__heading" id={fieldIds.heading(qid)} tabIndex={-1}>
        <span className="question__number">
          {t('unit.questionNumber', { n: number, id: isolateInRtl(qid, i18n.language) })}
        </span>
        <span className="question__text" lang={lang} dir={directionOf(lang)}>
          {text}
        </span>
      </h2>
      <p className="tags">
        <Tag tone="grey">{t(`indicators.${question.indicator}`)}</Tag>
        {question.critical ? <Tag tone="red">{t('unit.critical')}</Tag> : null}
        {question.perception ? <Tag tone="purple">{t('unit.perception')}</Tag> : null}
      </p>
      <details className="details">
        <summary className="details__summary">{t('unit.guidance')}</summary>
        <div className="details__text">
          <p lang={lang} dir={directionOf(lang)}>
            {localize(question.guidance, lang)}
          </p>
          <h3 className="details__subheading">{t('unit.evidencePrompts')}</h3>
          <ul lang={lang} dir={directionOf(lang)}>
            {question.evidencePrompts.map((p, i) => (
              <li key={i}>{localize(p, lang)}</li>
            ))}
          </ul>
          {question.references.length > 0 ? (
            <>
              <h3 className="details__subheading">{t('unit.references')}</h3>
              <ul>
                {question.references.map((r) => (
                  <li key={r.label}>{r.label}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </details>

      <AnswerInput
        id={fieldIds.value(qid)}
        spec={question.answer}
        value={draft.value}
        text={draft.valueText}
        lang={lang}
        legend={t('unit.yourAnswer')}
        error={errorFor(fieldIds.value(qid))}
        onBlur={() => onBlurField(fieldIds.value(qid))}
        onChange={(value, valueText) => {
          // A real answer replaces a special one.
          const next: Partial<AnswerDraft> = { value, valueText }
          if (value !== undefined) {
            next.special = undefined
            next.reason = ''
          }
          set(next)
        }}
      />

      <Fieldset
        id={fieldIds.special(qid)}
        legend={t('unit.special.legend')}
        legendClassName="legend legend--small"
      >
        <div className="checkboxes">
          {SPECIALS[respondent].map((s) => (
            <div key={s}>
              <Choice
                id={
                  s === 'not-applicable' ? fieldIds.special(qid) : `${fieldIds.special(qid)}-${s}`
                }
                type="checkbox"
                checked={draft.special === s}
                onChange={(e) =>
                  set(
                    e.target.checked
                      ? {
                          special: s,
                          value: undefined,
                          valueText: '',
                          ...(s === 'not-applicable' ? {} : { reason: '' }),
                        }
                      : { special: undefined, reason: '' },
                  )
                }
                label={t(`specialAnswers.${s}`)}
                hint={t(`unit.special.hint.${s}`)}
              />
              {s === 'not-applicable' && draft.special === s ? (
                <div className="conditional">
                  <TextArea
                    id={fieldIds.reason(qid)}
                    label={t('unit.special.reason')}
                    value={draft.reason}
                    error={errorFor(fieldIds.reason(qid))}
                    onChange={(e) => set({ reason: e.target.value })}
                    onBlur={() => onBlurField(fieldIds.reason(qid))}
                  />
                </div>
              ) : null}
            </div>
          ))}
        </div>
      </Fieldset>

      <EvidenceList
        questionId={qid}
        items={draft.evidence}
        onChange={(evidence) => set({ evidence })}
        errorFor={errorFor}
        onBlurField={onBlurField}
        newId={newId}
      />

      <TextArea
        id={fieldIds.comment(qid)}
        label={t('unit.comment')}
        hint={t('unit.commentHint')}
        value={draft.comment}
        onChange={(e) => set({ comment: e.target.value })}
      />

      <Fieldset
        id={fieldIds.confidence(qid)}
        legend={t('unit.confidence')}
        legendClassName="legend legend--small"
      >
        <div className="radios radios--inline">
          {CONFIDENCE_LEVELS.map((c, i) => (
            <Choice
              key={c}
              id={i === 0 ? fieldIds.confidence(qid) : `${fieldIds.confidence(qid)}-${c}`}
              type="radio"
              name={fieldIds.confidence(qid)}
              checked={draft.confidence === c}
              onChange={() => set({ confidence: c })}
              label={t(`confidence.${c}`)}
            />
          ))}
        </div>
      </Fieldset>

      <details
        className="details"
        open={draft.target !== undefined || draft.targetText !== '' ? true : undefined}
      >
        <summary className="details__summary">{t('unit.target')}</summary>
        <div className="details__text">
          <AnswerInput
            id={fieldIds.target(qid)}
            spec={question.answer}
            value={draft.target}
            text={draft.targetText}
            lang={lang}
            legend={t('unit.targetLegend')}
            hint={t('unit.targetHint')}
            error={errorFor(fieldIds.target(qid))}
            onBlur={() => onBlurField(fieldIds.target(qid))}
            onChange={(target, targetText) => set({ target, targetText })}
          />
        </div>
      </details>
    </section>
  )
}, sameProps)
