// axe-core against the page as it stands, with the WCAG 2.2 AA tag set of issue 10. Violations
// come back as readable lines (rule, impact, elements, what to do) so a failing test says what to
// fix instead of printing a large JSON tree.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const

export interface AxeViolation {
  id: string
  impact: string
  help: string
  helpUrl: string
  /** One entry per failing element: its selector, then axe's own explanation of the failure. */
  nodes: { target: string; summary: string }[]
}

/** Runs axe on the whole page. The page must come from `context.newPage()` (as newWatchedPage
 * does): AxeBuilder opens a second page in the same context for its own work. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const result = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze()
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' '),
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }))
}

/** Violations as text, one block per rule, for assertion messages. Empty when there are none. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.slice(0, 8).map((n) => `    ${n.target}\n      ${n.summary}`),
        ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more elements`] : []),
      ].join('\n'),
    )
    .join('\n')
}

/** The page's violations as formatted text: '' when clean, so `expect(await axeReport(page)).toBe('')`
 * fails with the whole list in the diff. */
export async function axeReport(page: Page): Promise<string> {
  return formatViolations(await axeViolations(page))
}

/**
 * Landmarks and headings as a screen-reader user moves through them: one banner, one main and
 * one contentinfo; every navigation landmark named; exactly one h1; no heading level skipped on
 * the way down. Returns the problems found, as sentences ([] when the page is in order).
 */
export async function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const sectioning = 'article, aside, main, nav, section'
    const banners = [...document.querySelectorAll('header, [role="banner"]')].filter(
      (el) => el.getAttribute('role') === 'banner' || !el.parentElement?.closest(sectioning),
    )
    const contentinfos = [...document.querySelectorAll('footer, [role="contentinfo"]')].filter(
      (el) => el.getAttribute('role') === 'contentinfo' || !el.parentElement?.closest(sectioning),
    )
    const mains = document.querySelectorAll('main, [role="main"]')
    if (banners.length !== 1) problems.push(`${banners.length} banner landmarks (want 1)`)
    if (mains.length !== 1) problems.push(`${mains.length} main landmarks (want 1)`)
    if (contentinfos.length !== 1)
      problems.push(`${contentinfos.length} contentinfo landmarks (want 1)`)
    document.querySelectorAll('nav, [role="navigation"]').forEach((nav, i) => {
      const label = nav.getAttribute('aria-label')?.trim()
      const by = nav.getAttribute('aria-labelledby')
      const byText = by ? document.getElementById(by)?.textContent?.trim() : undefined
      if (!label && !byText) problems.push(`navigation landmark ${i + 1} has no name`)
    })
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map(
      (h) => ({
        level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
        text: (h.textContent ?? '').trim().slice(0, 60),
      }),
    )
    const h1s = headings.filter((h) => h.level === 1)
    if (h1s.length !== 1)
      problems.push(`${h1s.length} h1 headings (want 1): ${h1s.map((h) => h.text).join(' | ')}`)
    let previous = 0
    for (const h of headings) {
      if (h.level > previous + 1) problems.push(`h${h.level} "${h.text}" follows h${previous}`)
      previous = h.level
    }
    return problems
  })
}
