// One input per answer type, looked up in a typed map (style.md: a renderer per question type,
// without a mutable registry). Each is used for the current answer and for the target value.
import { useCallback, useMemo, type ChangeEvent, type ComponentType, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnswerValue } from '@/domain/assessment/schema'
import { localize, type AnswerSpec, type AnswerType } from '@/domain/questionnaire'
import { Choice, Fieldset, TextField } from '@/lib/ui/form-fields'
import { InLanguage } from '@/lib/ui/in-language'
import { parseNumber } from '@/features/unit/draft'
import { useShownChoice } from '@/features/unit/shown-choice'

export interface AnswerInputProps<S extends AnswerSpec = AnswerSpec> {
  /** id of the first control, which the error summary focuses. */
  id: string
  spec: S
  value: AnswerValue | undefined
  /** Number inputs: the text as typed. */
  text: string
  onChange(value: AnswerValue | undefined, text: string): void
  onBlur?(): void
  legend: ReactNode
  hint?: ReactNode
  error?: string
  /** Language of the questionnaire text. */
  lang: string
}

type SpecOf<T extends AnswerType> = Extract<AnswerSpec, { type: T }>

const YES_PARTLY_NO = ['yes', 'partly', 'no'] as const

interface RadioOption {
  /** The radio's value, unique in the group. */
  key: string
  label: ReactNode
  hint?: ReactNode
}

/**
 * One radio per option in a fieldset; the first radio takes the question's id so that the error
 * summary's link lands on it. The options are worked out once per language and every radio shares
 * one change handler, so a choice redraws only the two radios whose state changed, and the rest
 * of the page follows in a transition (src/features/unit/shown-choice.ts; performance.md:
 * interaction to next paint ≤ 50 ms at 4× CPU throttling).
 */
function RadioGroup({
  id,
  legend,
  hint,
  error,
  className,
  options,
  selected,
  onSelect,
}: {
  id: string
  legend: ReactNode
  hint?: ReactNode
  error?: string
  className: string
  options: readonly RadioOption[]
  /** Key of the checked option. */
  selected: string | undefined
  onSelect(key: string): void
}) {
  const [shown, choose] = useShownChoice(selected, onSelect)
  const onChange = useCallback(
    (e: ChangeEvent<HTMLInputElement>) => choose(e.target.value),
    [choose],
  )
  return (
    <Fieldset id={`${id}-group`} legend={legend} hint={hint} error={error}>
      <div className={className}>
        {options.map((option, i) => (
          <Choice
            key={option.key}
            id={i === 0 ? id : `${id}-${option.key}`}
            type="radio"
            name={id}
            value={option.key}
            checked={option.key === shown}
            onChange={onChange}
            label={option.label}
            hint={option.hint}
          />
        ))}
      </div>
    </Fieldset>
  )
}

function YesPartlyNoInput({
  value,
  onChange,
  ...field
}: AnswerInputProps<SpecOf<'yes-partly-no'>>) {
  const { t } = useTranslation()
  const options = useMemo(
    () => YES_PARTLY_NO.map((v) => ({ key: v, label: t(`answers.${v}`) })),
    [t],
  )
  const onSelect = useCallback(
    (key: string) => {
      const v = YES_PARTLY_NO.find((o) => o === key)
      if (v) onChange(v, '')
    },
    [onChange],
  )
  return (
    <RadioGroup
      {...field}
      className="radios radios--inline"
      options={options}
      selected={typeof value === 'string' ? value : undefined}
      onSelect={onSelect}
    />
  )
}

function MaturityInput({
  spec,
  value,
  onChange,
  lang,
  ...field
}: AnswerInputProps<SpecOf<'maturity'>>) {
  const { t } = useTranslation()
  const options = useMemo(
    () =>
      spec.levels.map((level, n) => ({
        key: String(n),
        label: t('answers.level', { n }),
        hint: <InLanguage lang={lang}>{localize(level, lang)}</InLanguage>,
      })),
    [t, spec.levels, lang],
  )
  const onSelect = useCallback((key: string) => onChange(Number(key), ''), [onChange])
  return (
    <RadioGroup
      {...field}
      className="radios"
      options={options}
      selected={typeof value === 'number' ? String(value) : undefined}
      onSelect={onSelect}
    />
  )
}

function NumberInput({
  id,
  spec,
  text,
  onChange,
  onBlur,
  legend,
  hint,
  error,
  lang,
}: AnswerInputProps<SpecOf<'number'>>) {
  const { t } = useTranslation()
  const unit = localize(spec.unit, lang)
  return (
    <TextField
      id={id}
      label={legend}
      hint={
        <>
          {hint ? <>{hint} </> : null}
          {t('answers.numberHint', { min: spec.min, max: spec.max, unit })}{' '}
          {t('answers.numberTarget', {
            target: spec.target,
            unit,
            source: localize(spec.targetSource, lang),
          })}
        </>
      }
      error={error}
      inputMode="decimal"
      autoComplete="off"
      className="input--number"
      suffix={unit}
      value={text}
      onChange={(e) => {
        const raw = e.target.value
        const n = parseNumber(raw)
        // Text that is not a number, or a number outside the question's range, stays in the draft
        // with its error and is not stored: the stored answer must fit its questionnaire, or the
        // user's own exported file could not be imported again.
        const fits = n !== undefined && !Number.isNaN(n) && n >= spec.min && n <= spec.max
        onChange(fits ? n : undefined, raw)
      }}
      onBlur={onBlur}
    />
  )
}

function ChecklistInput({
  id,
  spec,
  value,
  onChange,
  legend,
  hint,
  error,
  lang,
}: AnswerInputProps<SpecOf<'checklist'>>) {
  const { t } = useTranslation()
  const selected = Array.isArray(value) ? value : []
  return (
    <Fieldset
      id={`${id}-group`}
      legend={legend}
      hint={hint ?? t('answers.checklistHint')}
      error={error}
    >
      <div className="checkboxes">
        {spec.items.map((item, n) => (
          <Choice
            key={item.id}
            id={n === 0 ? id : `${id}-${item.id}`}
            type="checkbox"
            value={item.id}
            checked={selected.includes(item.id)}
            onChange={(e) => {
              const next = e.target.checked
                ? spec.items.map((i) => i.id).filter((i) => i === item.id || selected.includes(i))
                : selected.filter((i) => i !== item.id)
              // Unticking the last item leaves the question unanswered; "none" is said explicitly.
              onChange(next.length > 0 ? next : undefined, '')
            }}
            label={<InLanguage lang={lang}>{localize(item.label, lang)}</InLanguage>}
          />
        ))}
        <p className="checkboxes__divider">{t('answers.or')}</p>
        <Choice
          id={`${id}-none`}
          type="checkbox"
          checked={Array.isArray(value) && value.length === 0}
          onChange={(e) => onChange(e.target.checked ? [] : undefined, '')}
          label={t('answers.checklistNone')}
        />
      </div>
    </Fieldset>
  )
}

export const answerInputs: { [T in AnswerType]: ComponentType<AnswerInputProps<SpecOf<T>>> } = {
  'yes-partly-no': YesPartlyNoInput,
  maturity: MaturityInput,
  number: NumberInput,
  checklist: ChecklistInput,
}

/** Renders the input for any spec, keeping the spec and its component's type together. */
export function AnswerInput(props: AnswerInputProps) {
  const Component = answerInputs[props.spec.type] as ComponentType<AnswerInputProps>
  return <Component {...props} />
}
