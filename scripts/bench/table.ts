// The one results table of `npm run bench`: rows with median, min, max and a budget, printed as
// plain text for the terminal and as Markdown for docs/PERFORMANCE.md, and saved as JSON
// (bench/results/latest.json) so the docs can cite the exact figures of a run.

export type Unit = 'bytes' | 'ms' | 'score' | 'ratio' | 'count'

export interface Budget {
  /** The figure must be at most this (sizes, times). */
  max?: number
  /** The figure must be at least this (Lighthouse scores). */
  min?: number
}

export interface Row {
  /** Stable key, for reading latest.json from other tools. */
  id: string
  section: string
  label: string
  unit: Unit
  median: number
  min: number
  max: number
  runs: number
  budget?: Budget
  /** A second figure shown beside the first, e.g. the brotli size beside the gzip size. */
  secondary?: { label: string; value: number }
  note?: string
}

export type Verdict = 'pass' | 'FAIL' | ''

export function verdict(row: Row): Verdict {
  const b = row.budget
  if (!b || Number.isNaN(row.median)) return ''
  if (b.max !== undefined && row.median > b.max) return 'FAIL'
  if (b.min !== undefined && row.median < b.min) return 'FAIL'
  return 'pass'
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 0
    ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
    : (sorted[mid] ?? 0)
}

/** A row from repeated measurements. */
export function statsRow(
  base: Omit<Row, 'median' | 'min' | 'max' | 'runs'>,
  values: readonly number[],
): Row {
  return {
    ...base,
    median: median(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    runs: values.length,
  }
}

/** A row from one deterministic measurement (a file size): min and max equal the value. */
export function fixedRow(base: Omit<Row, 'median' | 'min' | 'max' | 'runs'>, value: number): Row {
  return { ...base, median: value, min: value, max: value, runs: 1 }
}

export function formatValue(unit: Unit, value: number): string {
  if (Number.isNaN(value)) return 'n/a'
  switch (unit) {
    case 'bytes':
      return `${(value / 1000).toFixed(1)} kB`
    case 'ms':
      return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`
    case 'score':
      return value.toFixed(2)
    case 'ratio':
      return `${value.toFixed(2)}×`
    case 'count':
      return String(Math.round(value))
  }
}

function budgetText(row: Row): string {
  const b = row.budget
  if (!b) return ''
  const parts: string[] = []
  if (b.max !== undefined) parts.push(`≤ ${formatValue(row.unit, b.max)}`)
  if (b.min !== undefined) parts.push(`≥ ${formatValue(row.unit, b.min)}`)
  return parts.join(', ')
}

function medianText(row: Row): string {
  const main = formatValue(row.unit, row.median)
  return row.secondary
    ? `${main} (${row.secondary.label} ${formatValue(row.unit, row.secondary.value)})`
    : main
}

const HEADERS = ['Measure', 'Median', 'Min', 'Max', 'Runs', 'Budget', 'Result'] as const

function cells(row: Row): string[] {
  // A single deterministic figure has no spread worth printing.
  const spread = row.runs > 1
  return [
    row.label,
    medianText(row),
    spread ? formatValue(row.unit, row.min) : '',
    spread ? formatValue(row.unit, row.max) : '',
    String(row.runs),
    budgetText(row),
    verdict(row),
  ]
}

/** Plain-text table for the terminal, with a heading line per section. */
export function textTable(rows: readonly Row[]): string {
  const body = rows.map(cells)
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...body.map((c) => (c[i] ?? '').length)))
  const line = (c: readonly string[]) =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ')
  const out = [line(HEADERS), widths.map((w) => '─'.repeat(w)).join('  ')]
  let section = ''
  rows.forEach((row, i) => {
    if (row.section !== section) {
      section = row.section
      out.push(`· ${section}`)
    }
    out.push(line(body[i] ?? []))
    if (row.note) out.push(`    ${row.note}`)
  })
  return out.join('\n')
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|')

/** Markdown table for docs/PERFORMANCE.md; notes become a numbered list under it. */
export function markdownTable(rows: readonly Row[]): string {
  const out = [
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ]
  const notes: string[] = []
  let section = ''
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section
      out.push(`| **${escapeCell(section)}** |  |  |  |  |  |  |`)
    }
    const c = cells(row)
    if (row.note) {
      notes.push(row.note)
      c[0] = `${c[0] ?? ''} (${notes.length})`
    }
    out.push(`| ${c.map(escapeCell).join(' | ')} |`)
  }
  if (notes.length) out.push('', ...notes.map((n, i) => `${i + 1}. ${n}`))
  return out.join('\n')
}
