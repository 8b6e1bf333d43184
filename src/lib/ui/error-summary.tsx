// Error summary shown at the top of a form after a failed submit: it takes focus, and each link
// moves focus to its field (the GOV.UK pattern). Links keep a real href for assistive
// technology but never change the route.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

export interface FieldError {
  /** id of the input (or of the first input of a group) to focus. */
  fieldId: string
  message: string
}

export function focusField(fieldId: string): void {
  const el = document.getElementById(fieldId)
  if (!el) return
  // Open any closed disclosure around the field first, or it cannot take focus.
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p instanceof HTMLDetailsElement && !p.open) p.open = true
  }
  el.focus()
  el.scrollIntoView?.({ block: 'center' })
}

export function ErrorSummary({ errors, focusKey }: { errors: FieldError[]; focusKey: number }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const focusedKey = useRef(0)
  const shown = errors.length > 0
  // Errors may render a commit after the submit that raised focusKey, so focus once both are in.
  useEffect(() => {
    if (focusKey > focusedKey.current && shown && ref.current) {
      focusedKey.current = focusKey
      ref.current.focus()
    }
  }, [focusKey, shown])
  if (errors.length === 0) return null
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('ui.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={`${e.fieldId}:${e.message}`}>
            <a
              href={`#${e.fieldId}`}
              onClick={(ev) => {
                ev.preventDefault()
                focusField(e.fieldId)
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
