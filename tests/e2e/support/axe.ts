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
