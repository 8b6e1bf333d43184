// The page's h1: sets the document title and takes focus after an in-app navigation, so screen
// reader users hear where they arrived (WCAG 2.4.3, GOV.UK pattern).
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { takeNavigationFocus } from '@/lib/ui/navigation'

export function PageHeading({
  children,
  title,
  caption,
}: {
  children: ReactNode
  /** Title for the browser tab when the heading is not plain text. */
  title?: string
  caption?: ReactNode
}) {
  const ref = useRef<HTMLHeadingElement>(null)
  const { t } = useTranslation()
  const text = title ?? (typeof children === 'string' ? children : '')
  useEffect(() => {
    document.title = text ? `${text} – ${t('app.name')}` : t('app.name')
  }, [text, t])
  useEffect(() => {
    if (takeNavigationFocus()) ref.current?.focus()
  }, [])
  return (
    <>
      {caption ? <p className="caption">{caption}</p> : null}
      <h1 ref={ref} tabIndex={-1} className="page-heading">
        {children}
      </h1>
    </>
  )
}
