// Questionnaire text shown in the assessment's language, which may differ from the interface's
// (a language with a translated questionnaire but no interface catalog yet). Marking each such
// part lets screen readers switch voice and lays out right-to-left text in a left-to-right page
// (WCAG 3.1.2 Language of Parts).
import type { ReactNode } from 'react'
import { directionOf } from '@/lib/i18n'

export function InLanguage({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <span lang={lang} dir={directionOf(lang)}>
      {children}
    </span>
  )
}

/**
 * A left-to-right code ("7.1-S1") set inside a right-to-left sentence keeps its own order only
 * when isolated: bidi reordering would otherwise show "S1-7.1". Wraps it in Unicode first-strong
 * isolates when the interface runs right to left; left-to-right text is returned unchanged.
 */
export function isolateInRtl(code: string, language: string): string {
  return directionOf(language) === 'rtl' ? `\u2068${code}\u2069` : code
}
