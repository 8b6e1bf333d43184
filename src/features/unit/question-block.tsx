// One question on the unit page: its wording for this respondent, tags, guidance behind a
// disclosure, the answer input from the typed map, special answers, evidence, comment,
// confidence and target.
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CONFIDENCE_LEVELS,
  type Confidence,
  type RespondentType,
  type SpecialAnswer,
} from '@/domain/assessment/schema'
import { localize, type Question } from '@/domain/questionnaire'
import { Choice, Fieldset } from '@/lib/ui/form-fields'
import { Tag } from '@/lib/ui/tag'
import { directionOf } from '@/lib/i18n'
import { isolateInRtl } from '@/lib/ui/in-language'
import { AnswerInput } from '@/features/unit/answer-inputs'
import { EvidenceList, type EvidenceListProps } from '@/features/unit/evidence-list'
import { DeferredTextArea } from '@/features/unit/deferred-text'
import { fieldIds, type AnswerDraft, type DraftPatch } from '@/features/unit/draft'
import { useShownChoice } from '@/features/unit/shown-choice'

export interface QuestionBlockProps {
  question: Question
  number: number
  draft: AnswerDraft
  respondent: RespondentType
  lang: string
  /** Applies a change to the question's latest draft (not necessarily the one drawn). */
  onChange(qid: string, patch: DraftPatch): void
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

// A change of one part of the draft re-renders the question, not the parts that did not change:
// the guidance, the answer inputs and the evidence list skip rendering when their props are
// the same (performance.md: interaction to next paint ≤ 50 ms at 4× CPU throttling).
const MemoAnswerInput = memo(AnswerInput)

const sameEvidence = (a: EvidenceListProps, b: EvidenceListProps) =>
  a.questionId === b.questionId &&
  a.items === b.items &&
  a.onChange === b.onChange &&
  a.onBlurField === b.onBlurField &&
  a.newId === b.newId &&
  a.items.every((e) =>
    (['text', 'url'] as const).every((f) => {
      const id = fieldIds.evidenceField(a.questionId, e.id, f)
      return a.errorFor(id) === b.errorFor(id)
    }),
  )
const MemoEvidenceList = memo(EvidenceList, sameEvidence)

const Guidance = memo(function Guidance({ question, lang }: { question: Question; lang: string }) {
  const { t } = useTranslation()
  return (
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
  )
})

const MemoDeferredTextArea = memo(DeferredTextArea)

const QuestionHeading = memo(function QuestionHeading({
  question,
  number,
  respondent,
  lang,
}: {
  question: Question
  number: number
  respondent: RespondentType
  lang: string
}) {
  const { t, i18n } = useTranslation()
  const qid = question.id
  return (
    <>
      <h2 className="question__heading" id={fieldIds.heading(qid)} tabIndex={-1}>
        <span className="question__number">
          {t('unit.questionNumber', { n: number, id: isolateInRtl(qid, i18n.language) })}
        </span>
        <span className="question__text" lang={lang} dir={directionOf(lang)}>
          {localize(question.text[respondent], lang)}
        </span>
      </h2>
      <p className="tags">
        <Tag tone="grey">{t(`indicators.${question.indicator}`)}</Tag>
        {question.critical ? <Tag tone="red">{t('unit.critical')}</Tag> : null}
        {question.perception ? <Tag tone="purple">{t('unit.perception')}</Tag> : null}
      </p>
    </>
  )
})

type SetDraft = (patch: DraftPatch) => void

const SpecialAnswers = memo(function SpecialAnswers({
  qid,
  respondent,
  special,
  reason,
  reasonError,
  set,
  onBlurField,
}: {
  qid: string
  respondent: RespondentType
  special: SpecialAnswer | undefined
  reason: string
  reasonError: string | undefined
  set: SetDraft
  onBlurField(fieldId: string): void
}) {
  const { t } = useTranslation()
  const onReasonCommit = useCallback((text: string) => set({ reason: text }), [set])
  const onReasonBlur = useCallback(() => onBlurField(fieldIds.reason(qid)), [onBlurField, qid])
  return (
    <Fieldset
      id={fieldIds.special(qid)}
      legend={t('unit.special.legend')}
      legendClassName="legend legend--small"
    >
      <div className="checkboxes">
        {SPECIALS[respondent].map((s) => (
          <div key={s}>
            <Choice
              id={s === 'not-applicable' ? fieldIds.special(qid) : `${fieldIds.special(qid)}-${s}`}
              type="checkbox"
              checked={special === s}
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
            {s === 'not-applicable' && special === s ? (
              <div className="conditional">
                <DeferredTextArea
                  id={fieldIds.reason(qid)}
                  label={t('unit.special.reason')}
                  value={reason}
                  error={reasonError}
                  onCommit={onReasonCommit}
                  onBlur={onReasonBlur}
                />
              </div>
            ) : null}
          </div>
        ))}
      </div>
    </Fieldset>
  )
})

const ConfidenceChoice = memo(function ConfidenceChoice({
  qid,
  confidence,
  set,
}: {
  qid: string
  confidence: Confidence | undefined
  set: SetDraft
}) {
  const { t } = useTranslation()
  // One handler for every radio, so a choice redraws only the two radios whose state changed;
  // the question follows in a transition (src/features/unit/shown-choice.ts).
  const onSelect = useCallback((confidence: Confidence) => set({ confidence }), [set])
  const [shown, choose] = useShownChoice(confidence, onSelect)
  const onChange = useCallback(
    (e: ChangeEvent<HTMLInputElement>) => {
      const c = CONFIDENCE_LEVELS.find((level) => level === e.target.value)
      if (c) choose(c)
    },
    [choose],
  )
  return (
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
            value={c}
            checked={shown === c}
            onChange={onChange}
            label={t(`confidence.${c}`)}
          />
        ))}
      </div>
    </Fieldset>
  )
})

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
  const { t } = useTranslation()
  // Worked out once per language rather than on every change of the draft.
  const labels = useMemo(
    () => ({
      yourAnswer: t('unit.yourAnswer'),
      comment: t('unit.comment'),
      commentHint: t('unit.commentHint'),
      target: t('unit.target'),
      targetLegend: t('unit.targetLegend'),
      targetHint: t('unit.targetHint'),
    }),
    [t],
  )
  const errorFor = (fieldId: string) => errors.get(fieldId)
  const qid = question.id
  // Handlers that stay the same from render to render, so the memoised parts can skip. The page
  // applies each patch to its latest draft, which may be ahead of the one drawn here while a
  // choice's transition is pending (a layout effect: it has run before any later event can
  // call them).
  const latest = useRef({ qid, onChange, onBlurField })
  useLayoutEffect(() => {
    latest.current = { qid, onChange, onBlurField }
  })
  const set = useCallback((patch: DraftPatch) => {
    const { qid: id, onChange: change } = latest.current
    change(id, patch)
  }, [])
  const onValueChange = useCallback(
    (value: AnswerDraft['value'], valueText: string) => {
      // A real answer replaces a special one.
      const next: Partial<AnswerDraft> = { value, valueText }
      if (value !== undefined) {
        next.special = undefined
        next.reason = ''
      }
      set(next)
    },
    [set],
  )
  const onValueBlur = useCallback(
    () => latest.current.onBlurField(fieldIds.value(latest.current.qid)),
    [],
  )
  const onTargetChange = useCallback(
    (target: AnswerDraft['target'], targetText: string) => set({ target, targetText }),
    [set],
  )
  const onTargetBlur = useCallback(
    () => latest.current.onBlurField(fieldIds.target(latest.current.qid)),
    [],
  )
  const onEvidenceChange = useCallback(
    (update: (items: AnswerDraft['evidence']) => AnswerDraft['evidence']) =>
      set((d) => ({ evidence: update(d.evidence) })),
    [set],
  )
  const onCommentCommit = useCallback((comment: string) => set({ comment }), [set])
  return (
    <section
      className="question"
      id={fieldIds.section(qid)}
      aria-labelledby={fieldIds.heading(qid)}
    >
      <QuestionHeading question={question} number={number} respondent={respondent} lang={lang} />
      <Guidance question={question} lang={lang} />

      <MemoAnswerInput
        id={fieldIds.value(qid)}
        spec={question.answer}
        value={draft.value}
        text={draft.valueText}
        lang={lang}
        legend={labels.yourAnswer}
        error={errorFor(fieldIds.value(qid))}
        onBlur={onValueBlur}
        onChange={onValueChange}
      />

      <SpecialAnswers
        qid={qid}
        respondent={respondent}
        special={draft.special}
        reason={draft.reason}
        reasonError={errorFor(fieldIds.reason(qid))}
        set={set}
        onBlurField={onBlurField}
      />

      <MemoEvidenceList
        questionId={qid}
        items={draft.evidence}
        onChange={onEvidenceChange}
        errorFor={errorFor}
        onBlurField={onBlurField}
        newId={newId}
      />

      <MemoDeferredTextArea
        id={fieldIds.comment(qid)}
        label={labels.comment}
        hint={labels.commentHint}
        value={draft.comment}
        onCommit={onCommentCommit}
      />

      <ConfidenceChoice qid={qid} confidence={draft.confidence} set={set} />

      <details
        className="details"
        open={draft.target !== undefined || draft.targetText !== '' ? true : undefined}
      >
        <summary className="details__summary">{labels.target}</summary>
        <div className="details__text">
          <MemoAnswerInput
            id={fieldIds.target(qid)}
            spec={question.answer}
            value={draft.target}
            text={draft.targetText}
            lang={lang}
            legend={labels.targetLegend}
            hint={labels.targetHint}
            error={errorFor(fieldIds.target(qid))}
            onBlur={onTargetBlur}
            onChange={onTargetChange}
          />
        </div>
      </details>
    </section>
  )
}, sameProps)
