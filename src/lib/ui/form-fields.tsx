// Form building blocks in the GOV.UK manner: a label, an optional hint and an inline error tied
// to the input with aria-describedby; groups of radios or checkboxes in a fieldset with a legend.
import { memo, type ComponentProps, type ReactNode } from 'react'

export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <div id={`${id}-hint`} className="hint">
      {children}
    </div>
  ) : null
}

export function InlineError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="error-message">
      {message}
    </p>
  ) : null
}

interface FieldBase {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
}

/** The label, hint and inline error around one control. */
function LabelledField({ id, label, hint, error, children }: FieldBase & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <InlineError id={id} message={error} />
      {children}
    </div>
  )
}

/** Ties a control to its hint and error, and marks it invalid while it has an error. */
function fieldAria(id: string, hint?: ReactNode, error?: string) {
  return {
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined,
  }
}

export function TextField({
  id,
  label,
  hint,
  error,
  className,
  suffix,
  ...input
}: FieldBase & ComponentProps<'input'> & { suffix?: ReactNode }) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <div className="input-wrapper">
        <input
          id={id}
          className={`input${className ? ` ${className}` : ''}`}
          {...fieldAria(id, hint, error)}
          {...input}
        />
        {suffix ? <span className="input-suffix">{suffix}</span> : null}
      </div>
    </LabelledField>
  )
}

export function TextArea({
  id,
  label,
  hint,
  error,
  ...input
}: FieldBase & ComponentProps<'textarea'>) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea id={id} className="textarea" rows={3} {...fieldAria(id, hint, error)} {...input} />
    </LabelledField>
  )
}

export function SelectField({
  id,
  label,
  hint,
  error,
  children,
  ...select
}: FieldBase & ComponentProps<'select'>) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select id={id} className="select" {...fieldAria(id, hint, error)} {...select}>
        {children}
      </select>
    </LabelledField>
  )
}

/** A fieldset whose legend names a group of radios or checkboxes. */
export function Fieldset({
  id,
  legend,
  hint,
  error,
  children,
  legendClassName,
}: {
  id: string
  legend: ReactNode
  hint?: ReactNode
  error?: string
  children: ReactNode
  legendClassName?: string
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={legendClassName ?? 'legend'}>{legend}</legend>
        <Hint id={id}>{hint}</Hint>
        <InlineError id={id} message={error} />
        {children}
      </fieldset>
    </div>
  )
}

/**
 * One radio or checkbox with its label and hint. Memoised: in a group whose options and change
 * handler stay the same between renders, a choice redraws the two radios whose state changed,
 * not every radio of the group.
 */
export const Choice = memo(function Choice({
  id,
  type,
  label,
  hint,
  ...input
}: { id: string; type: 'radio' | 'checkbox'; label: ReactNode; hint?: ReactNode } & Omit<
  ComponentProps<'input'>,
  'type' | 'id'
>) {
  return (
    <div className={type === 'radio' ? 'radio' : 'checkbox'}>
      <input
        id={id}
        type={type}
        className="choice-input"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      <label className="choice-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="hint choice-hint">
          {hint}
        </div>
      ) : null}
    </div>
  )
})
