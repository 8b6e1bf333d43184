// Buttons and button-styled links with the app's variants; every one is at least 24×24 px
// (WCAG 2.5.8) and shows a visible focus ring (styles.css).
import type { ComponentProps } from 'react'

type Variant = 'primary' | 'secondary' | 'warning' | 'link'

const cls = (variant: Variant, extra?: string) =>
  `button button--${variant}${extra ? ` ${extra}` : ''}`

export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: Variant }) {
  return <button type={type} className={cls(variant, className)} {...props} />
}

export function ButtonLink({
  variant = 'primary',
  className,
  ...props
}: ComponentProps<'a'> & { variant?: Variant }) {
  return <a className={cls(variant, className)} {...props} />
}
