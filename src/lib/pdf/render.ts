// Lays out a ReportDocument (src/domain/report) as an A4 PDF with jsPDF and jspdf-autotable:
// cover, table of contents with page numbers, running header, "page X of Y", numbered
// paragraphs, tables and vector charts, in the embedded DejaVu Sans. jsPDF is imported inside the
// function so the app only downloads it when a report is made. Only text and vector drawing calls
// are used — never html(), addJS, AcroForm or images — because answer text comes from imported
// files that may be hostile (reliability.md item 13).
import type { jsPDF } from 'jspdf'
import type {
  ChartBlock,
  HeadingBlock,
  KeyValueBlock,
  ParagraphBlock,
  ReportDocument,
  TableBlock,
} from '@/domain/report'
import { barsHeight, drawBars, drawRadar, radarHeight } from './charts'
import { FONT_FAMILY, loadFonts } from './fonts'
import {
  bidiOptions,
  directionOf,
  drawable,
  isolateLtrRuns,
  wrapText,
  type Direction,
} from './text'

const PAGE = { width: 595.28, height: 841.89 }
const MARGIN = { left: 62, right: 62, top: 70, bottom: 64 }
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
const BOTTOM = PAGE.height - MARGIN.bottom
const NUMBER_GUTTER = 30

const BODY_SIZE = 10
const LINE_FACTOR = 1.4

const HEADING_STYLE: Record<
  HeadingBlock['level'],
  { size: number; before: number; after: number }
> = {
  1: { size: 15, before: 0, after: 10 },
  2: { size: 12.5, before: 12, after: 6 },
  3: { size: 11, before: 10, after: 4 },
}

type AutoTable = (typeof import('jspdf-autotable'))['autoTable']

interface TocEntry {
  level: HeadingBlock['level']
  text: string
  page: number
}

/** Everything a drawing step needs: the document, the vertical position and the page count. */
class Flow {
  y = MARGIN.top
  constructor(
    readonly doc: jsPDF,
    readonly direction: Direction,
  ) {}

  get page(): number {
    return this.doc.getNumberOfPages()
  }

  newPage(): void {
    this.doc.addPage()
    this.y = MARGIN.top
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM && this.y > MARGIN.top) this.newPage()
  }
}

/** Renders the report; resolves to the PDF file's bytes. */
export async function renderReportPdf(report: ReportDocument): Promise<Uint8Array> {
  const [{ jsPDF: JsPdf }, { autoTable }, fonts] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    loadFonts(),
  ])
  const doc = new JsPdf({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true })
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular)
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal')
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold)
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold')
  doc.setFont(FONT_FAMILY, 'normal')

  const author = report.meta.author
  doc.setDocumentProperties({
    title: report.meta.title,
    subject: report.meta.subject,
    keywords: report.meta.keywords.join(', '),
    creator: 'International Solidarity Assessment',
    ...(author ? { author } : {}),
  })
  doc.setLanguage(report.meta.language as Parameters<jsPDF['setLanguage']>[0])

  const flow = new Flow(doc, report.furniture.direction)
  drawCover(flow, report)

  // The table of contents goes on pages reserved now and filled in once page numbers are known.
  const headings = report.sections.flatMap((s) =>
    s.blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.toc),
  )
  const tocPages = reserveToc(flow, report, headings)

  const toc: TocEntry[] = []
  for (const section of report.sections) {
    if (section.newPage) flow.newPage()
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'heading':
          drawHeading(flow, block)
          if (block.toc) toc.push({ level: block.level, text: block.text, page: flow.page })
          break
        case 'paragraph':
          drawParagraph(flow, block)
          break
        case 'key-values':
          drawKeyValues(flow, block)
          break
        case 'table':
          drawTable(flow, block, autoTable)
          break
        case 'chart':
          drawChart(flow, block)
          break
      }
    }
  }

  drawToc(flow, report, toc, tocPages)
  for (const entry of toc) {
    if (entry.level === 1) doc.outline.add(null, drawable(entry.text), { pageNumber: entry.page })
  }
  drawFurniture(flow, report)
  return stripOpenAction(new Uint8Array(doc.output('arraybuffer')))
}

// ---------------------------------------------------------------------------------------------
// Text primitives

function setText(
  doc: jsPDF,
  size: number,
  bold = false,
  colour: [number, number, number] = [0, 0, 0],
) {
  doc.setFont(FONT_FAMILY, bold ? 'bold' : 'normal')
  doc.setFontSize(size)
  doc.setTextColor(...colour)
}

/**
 * Draws one line in the box `x`..`x + width`: `direction` is the line's own base direction (how
 * its words are ordered), `align` the page layout's (which edge it starts from). In an Arabic
 * report a line wholly in English is still set from the right edge, its words left to right.
 */
function drawLine(
  doc: jsPDF,
  line: string,
  x: number,
  y: number,
  width: number,
  direction: Direction,
  align: Direction = direction,
) {
  if (line === '') return
  const text = direction === 'rtl' ? isolateLtrRuns(line) : line
  if (align === 'rtl') doc.text(text, x + width, y, { ...bidiOptions(direction), align: 'right' })
  else doc.text(text, x, y, bidiOptions(direction))
}

interface Lines {
  lines: string[]
  direction: Direction
}

function layoutText(
  doc: jsPDF,
  text: string,
  width: number,
  fallback: Direction,
  firstWidth = width,
): Lines {
  const clean = drawable(text)
  return { lines: wrapText(doc, clean, width, firstWidth), direction: directionOf(clean, fallback) }
}

/** Draws wrapped lines from the current position, breaking pages between lines. */
function flowLines(
  flow: Flow,
  lines: string[],
  x: number,
  width: number,
  direction: Direction,
  lineHeight: number,
) {
  for (const line of lines) {
    flow.ensure(lineHeight)
    flow.y += lineHeight
    drawLine(flow.doc, line, x, flow.y - lineHeight * 0.28, width, direction, flow.direction)
  }
}

// ---------------------------------------------------------------------------------------------
// Cover, contents, page furniture

function drawCover(flow: Flow, report: ReportDocument) {
  const { doc } = flow
  const cover = report.cover
  const dir = flow.direction
  let y = 120
  const block = (
    text: string,
    size: number,
    bold: boolean,
    colour: [number, number, number],
    after: number,
  ) => {
    setText(doc, size, bold, colour)
    const laid = layoutText(doc, text, CONTENT_WIDTH, dir)
    for (const line of laid.lines) {
      y += size * 1.3
      drawLine(doc, line, MARGIN.left, y, CONTENT_WIDTH, laid.direction, dir)
    }
    y += after
  }
  block(cover.assessmentType.toUpperCase(), 10, true, [70, 70, 70], 14)
  block(cover.title, 22, true, [0, 0, 0], 8)
  block(cover.subtitle, 12, false, [40, 40, 40], 18)
  doc.setDrawColor(0, 0, 0)
  doc.setLineWidth(1.2)
  doc.line(MARGIN.left, y, PAGE.width - MARGIN.right, y)
  y += 16
  block(cover.state, 20, true, [0, 0, 0], 16)

  for (const warning of cover.warnings) {
    setText(doc, 11, true)
    const laid = layoutText(doc, warning, CONTENT_WIDTH - 20, dir)
    const h = laid.lines.length * 11 * 1.35 + 12
    doc.setDrawColor(0, 0, 0)
    doc.setLineWidth(1.5)
    doc.rect(MARGIN.left, y, CONTENT_WIDTH, h, 'S')
    let ly = y + 6
    for (const line of laid.lines) {
      ly += 11 * 1.35
      drawLine(doc, line, MARGIN.left + 10, ly - 3, CONTENT_WIDTH - 20, laid.direction, dir)
    }
    y += h + 8
  }
  y += 10

  const keyWidth = 150
  const valueWidth = CONTENT_WIDTH - keyWidth - 10
  // Labels stand at the layout's start edge, values beside them.
  const keyX = dir === 'rtl' ? PAGE.width - MARGIN.right - keyWidth : MARGIN.left
  const valueX = dir === 'rtl' ? MARGIN.left : MARGIN.left + keyWidth + 10
  for (const fact of cover.facts) {
    setText(doc, 10, false)
    const value = layoutText(doc, fact.value, valueWidth, dir)
    setText(doc, 9.5, true, [60, 60, 60])
    const key = layoutText(doc, fact.label, keyWidth, dir)
    const rows = Math.max(value.lines.length, key.lines.length)
    // Facts are short; a pathological value is cut at the bottom of the cover rather than overprinting the note.
    if (y + rows * 14 > PAGE.height - 190) break
    key.lines.forEach((line, i) =>
      drawLine(doc, line, keyX, y + 11 + i * 14, keyWidth, key.direction, dir),
    )
    setText(doc, 10, false)
    value.lines.forEach((line, i) =>
      drawLine(doc, line, valueX, y + 11 + i * 14, valueWidth, value.direction, dir),
    )
    y += rows * 14 + 6
  }

  setText(doc, 8.5, false, [50, 50, 50])
  const note = layoutText(doc, cover.note, CONTENT_WIDTH - 16, dir)
  const noteHeight = note.lines.length * 8.5 * 1.35 + 12
  const noteTop = PAGE.height - MARGIN.bottom - 30 - noteHeight
  doc.setDrawColor(120, 120, 120)
  doc.setLineWidth(0.6)
  doc.rect(MARGIN.left, noteTop, CONTENT_WIDTH, noteHeight, 'S')
  note.lines.forEach((line, i) =>
    drawLine(
      doc,
      line,
      MARGIN.left + 8,
      noteTop + 6 + (i + 1) * 8.5 * 1.35 - 2,
      CONTENT_WIDTH - 16,
      note.direction,
      dir,
    ),
  )
  doc.setTextColor(0, 0, 0)
}

const TOC_SIZE = 10
const TOC_LINE = TOC_SIZE * 1.45
const TOC_PAGE_COLUMN = 36
const TOC_TITLE_SPACE = 40

function tocIndent(level: HeadingBlock['level']): number {
  return (level - 1) * 14
}

function tocLines(
  doc: jsPDF,
  entry: { level: HeadingBlock['level']; text: string },
  direction: Direction,
): Lines {
  setText(doc, TOC_SIZE, entry.level === 1)
  return layoutText(
    doc,
    entry.text,
    CONTENT_WIDTH - TOC_PAGE_COLUMN - tocIndent(entry.level) - 8,
    direction,
  )
}

function reserveToc(flow: Flow, report: ReportDocument, headings: HeadingBlock[]): number[] {
  const perPage = BOTTOM - MARGIN.top - TOC_TITLE_SPACE
  const pages: number[] = []
  let used = perPage + 1
  for (const h of headings) {
    const height =
      tocLines(flow.doc, h, flow.direction).lines.length * TOC_LINE + (h.level === 1 ? 4 : 0)
    if (used + height > perPage) {
      flow.newPage()
      pages.push(flow.page)
      used = 0
    }
    used += height
  }
  if (pages.length === 0 && report.sections.length > 0) {
    flow.newPage()
    pages.push(flow.page)
  }
  return pages
}

function drawToc(flow: Flow, report: ReportDocument, entries: TocEntry[], pages: number[]) {
  const { doc } = flow
  const perPage = BOTTOM - MARGIN.top - TOC_TITLE_SPACE
  let pageIndex = 0
  const firstPage = pages[0]
  if (firstPage === undefined) return
  doc.setPage(firstPage)
  setText(doc, HEADING_STYLE[1].size, true)
  drawLine(
    doc,
    drawable(report.furniture.contentsTitle),
    MARGIN.left,
    MARGIN.top + 20,
    CONTENT_WIDTH,
    flow.direction,
  )
  let y = MARGIN.top + TOC_TITLE_SPACE
  for (const entry of entries) {
    const laid = tocLines(doc, entry, flow.direction)
    const height = laid.lines.length * TOC_LINE + (entry.level === 1 ? 4 : 0)
    if (y + height > MARGIN.top + TOC_TITLE_SPACE + perPage) {
      pageIndex += 1
      const next = pages[pageIndex]
      if (next === undefined) break
      doc.setPage(next)
      y = MARGIN.top + TOC_TITLE_SPACE
    }
    if (entry.level === 1) y += 4
    const indent = tocIndent(entry.level)
    const textWidth = CONTENT_WIDTH - TOC_PAGE_COLUMN - indent - 8
    const rtl = flow.direction === 'rtl'
    // Entries are indented from the layout's start edge; page numbers stand at the other edge.
    const textX = rtl ? MARGIN.left + TOC_PAGE_COLUMN + 8 : MARGIN.left + indent
    laid.lines.forEach((line, i) => {
      const ly = y + (i + 1) * TOC_LINE - 4
      drawLine(doc, line, textX, ly, textWidth, laid.direction, flow.direction)
    })
    const last = y + laid.lines.length * TOC_LINE - 4
    setText(doc, TOC_SIZE, false)
    const pageText = String(entry.page)
    if (flow.direction === 'rtl') doc.text(pageText, MARGIN.left, last)
    else doc.text(pageText, PAGE.width - MARGIN.right, last, { align: 'right' })
    // Dotted leader from the end of the last line to the page number.
    doc.setDrawColor(150, 150, 150)
    doc.setLineWidth(0.5)
    doc.setLineDashPattern([0.5, 2.5], 0)
    setText(doc, TOC_SIZE, entry.level === 1)
    const lastWidth = doc.getTextWidth(laid.lines[laid.lines.length - 1] ?? '')
    if (rtl) {
      const lineEnd = textX + textWidth - lastWidth - 4
      if (lineEnd > MARGIN.left + TOC_PAGE_COLUMN - 6)
        doc.line(MARGIN.left + TOC_PAGE_COLUMN - 6, last, lineEnd, last)
    } else {
      doc.line(
        MARGIN.left + indent + lastWidth + 4,
        last,
        PAGE.width - MARGIN.right - TOC_PAGE_COLUMN + 6,
        last,
      )
    }
    doc.setLineDashPattern([], 0)
    y += height
  }
}

function drawFurniture(flow: Flow, report: ReportDocument) {
  const { doc } = flow
  const total = doc.getNumberOfPages()
  const header = drawable(report.furniture.runningHeader)
  for (let page = 1; page <= total; page++) {
    doc.setPage(page)
    if (page > 1) {
      setText(doc, 8, false, [90, 90, 90])
      const laid = layoutText(doc, header, CONTENT_WIDTH, flow.direction)
      const first = laid.lines[0] ?? ''
      const line = laid.lines.length > 1 ? `${first} …` : first
      drawLine(doc, line, MARGIN.left, 40, CONTENT_WIDTH, laid.direction, flow.direction)
      doc.setDrawColor(150, 150, 150)
      doc.setLineWidth(0.5)
      doc.line(MARGIN.left, 46, PAGE.width - MARGIN.right, 46)
    }
    setText(doc, 8, false, [60, 60, 60])
    const label = report.furniture.pageLabel
      .replace('{page}', String(page))
      .replace('{total}', String(total))
    doc.text(drawable(label), PAGE.width / 2, PAGE.height - 32, {
      ...bidiOptions(directionOf(label, flow.direction)),
      align: 'center',
    })
  }
  doc.setTextColor(0, 0, 0)
}

// ---------------------------------------------------------------------------------------------
// Blocks

function drawHeading(flow: Flow, block: HeadingBlock) {
  const { doc } = flow
  const style = HEADING_STYLE[block.level]
  setText(doc, style.size, true)
  const laid = layoutText(doc, block.text, CONTENT_WIDTH, flow.direction)
  const lineHeight = style.size * 1.3
  // Keep the heading with at least three lines of what follows.
  flow.ensure(
    style.before + laid.lines.length * lineHeight + style.after + 3 * BODY_SIZE * LINE_FACTOR,
  )
  if (flow.y > MARGIN.top) flow.y += style.before
  flowLines(flow, laid.lines, MARGIN.left, CONTENT_WIDTH, laid.direction, lineHeight)
  flow.y += style.after
}

function drawParagraph(flow: Flow, block: ParagraphBlock) {
  const { doc } = flow
  const quote = block.style === 'quote'
  const note = block.style === 'note'
  const size = note ? 8.5 : quote ? 9.5 : BODY_SIZE
  const colour: [number, number, number] = quote ? [45, 45, 45] : note ? [70, 70, 70] : [0, 0, 0]
  const lineHeight = size * LINE_FACTOR
  // The report's language decides the layout (number and label side); the text itself is set
  // right to left only when it is wholly in a right-to-left script.
  const layout = flow.direction
  const textDirection = directionOf(drawable(block.text), layout)
  const gutter = block.number !== undefined || quote ? NUMBER_GUTTER : 0
  const width = CONTENT_WIDTH - gutter - (quote ? NUMBER_GUTTER : 0)
  const left = layout === 'rtl' ? MARGIN.left + (quote ? NUMBER_GUTTER : 0) : MARGIN.left + gutter

  let leadWidth = 0
  const lead = block.lead ? `${drawable(block.lead)}.` : ''
  if (lead) {
    setText(doc, size, true)
    leadWidth = doc.getTextWidth(lead) + doc.getTextWidth(' ')
  }
  setText(doc, size, false, colour)
  const lines = wrapText(doc, drawable(block.text), width, Math.max(width / 3, width - leadWidth))
  // Avoid a lone first line at the foot of a page.
  flow.ensure(Math.min(lines.length, 2) * lineHeight)

  lines.forEach((line, i) => {
    flow.ensure(lineHeight)
    flow.y += lineHeight
    const baseline = flow.y - lineHeight * 0.28
    if (quote) {
      // A rule beside the quotation marks the declaration's own words.
      doc.setDrawColor(150, 150, 150)
      doc.setLineWidth(1.5)
      const ruleX =
        layout === 'rtl'
          ? PAGE.width - MARGIN.right - NUMBER_GUTTER + 10
          : MARGIN.left + NUMBER_GUTTER - 10
      doc.line(ruleX, flow.y - lineHeight, ruleX, flow.y)
    }
    if (i > 0) {
      drawLine(doc, line, left, baseline, width, textDirection, layout)
      return
    }
    if (block.number !== undefined) {
      setText(doc, size, false)
      const num = `${block.number}.`
      if (layout === 'rtl') doc.text(num, PAGE.width - MARGIN.right, baseline, { align: 'right' })
      else doc.text(num, MARGIN.left, baseline)
    }
    if (lead) {
      setText(doc, size, true)
      drawLine(doc, lead, left, baseline, width, directionOf(lead, layout), layout)
    }
    setText(doc, size, false, colour)
    // The first line shares its width with the run-in label, which sits at the layout's start.
    const boxLeft = layout === 'rtl' ? left : left + leadWidth
    drawLine(doc, line, boxLeft, baseline, width - leadWidth, textDirection, layout)
  })
  doc.setTextColor(0, 0, 0)
  flow.y += note ? 4 : 6
}

function drawKeyValues(flow: Flow, block: KeyValueBlock) {
  const { doc } = flow
  const keyWidth = CONTENT_WIDTH * 0.32
  const valueWidth = CONTENT_WIDTH - keyWidth - 10
  const keyX = flow.direction === 'rtl' ? PAGE.width - MARGIN.right - keyWidth : MARGIN.left
  const valueX = flow.direction === 'rtl' ? MARGIN.left : MARGIN.left + keyWidth + 10
  const lineHeight = BODY_SIZE * LINE_FACTOR
  for (const item of block.items) {
    setText(doc, BODY_SIZE, true)
    const key = layoutText(doc, item.key, keyWidth, flow.direction)
    setText(doc, BODY_SIZE, false)
    const value = layoutText(doc, item.value, valueWidth, flow.direction)
    const rows = Math.max(key.lines.length, value.lines.length)
    for (let i = 0; i < rows; i++) {
      flow.ensure(lineHeight)
      flow.y += lineHeight
      const baseline = flow.y - lineHeight * 0.28
      setText(doc, BODY_SIZE, true)
      drawLine(doc, key.lines[i] ?? '', keyX, baseline, keyWidth, key.direction, flow.direction)
      setText(doc, BODY_SIZE, false)
      drawLine(
        doc,
        value.lines[i] ?? '',
        valueX,
        baseline,
        valueWidth,
        value.direction,
        flow.direction,
      )
    }
    flow.y += 3
  }
  flow.y += 4
}

function drawTable(flow: Flow, block: TableBlock, autoTable: AutoTable) {
  const { doc } = flow
  const lineHeight = 9 * LINE_FACTOR
  // Keep the caption with the header and a first row.
  flow.ensure((block.caption ? lineHeight + 4 : 0) + 60)
  if (block.caption) {
    setText(doc, 9, true)
    const laid = layoutText(doc, block.caption, CONTENT_WIDTH, flow.direction)
    flowLines(flow, laid.lines, MARGIN.left, CONTENT_WIDTH, laid.direction, lineHeight)
    flow.y += 3
  }
  // A right-to-left report reads its tables from the right: the first column goes there.
  const rtl = flow.direction === 'rtl'
  const mirror = <T>(cells: T[]): T[] => (rtl ? [...cells].reverse() : cells)
  const widths = mirror(block.widths ?? block.header.map(() => 1))
  const totalWidth = widths.reduce((a, b) => a + b, 0) || 1
  const columnStyles: Record<number, { cellWidth: number }> = {}
  widths.forEach((w, i) => {
    columnStyles[i] = { cellWidth: (CONTENT_WIDTH * w) / totalWidth }
  })
  let finalY = flow.y
  autoTable(doc, {
    startY: flow.y + 2,
    margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
    head: [mirror(block.header.map(drawable))],
    body: block.rows.map((row) => mirror(row.map(drawable))),
    theme: 'grid',
    tableWidth: CONTENT_WIDTH,
    // A row is moved whole to the next page rather than split: a question's text cut across two
    // pages left its tail in a row with no number (a row taller than a page is still split).
    rowPageBreak: 'avoid',
    showHead: 'everyPage',
    styles: {
      font: FONT_FAMILY,
      fontStyle: 'normal',
      fontSize: 8.5,
      cellPadding: 3,
      overflow: 'linebreak',
      valign: 'top',
      textColor: [20, 20, 20],
      lineColor: [160, 160, 160],
      lineWidth: 0.4,
      textOptions: bidiOptions('ltr'),
    },
    headStyles: {
      font: FONT_FAMILY,
      fontStyle: 'bold',
      fillColor: [226, 231, 238],
      textColor: [0, 0, 0],
    },
    alternateRowStyles: { fillColor: [248, 248, 248] },
    columnStyles,
    didParseCell: (data) => {
      const direction = directionOf(data.cell.text.join(' '), flow.direction)
      if (direction === 'rtl' || rtl) data.cell.styles.halign = 'right'
      if (direction === 'rtl') data.cell.styles.textOptions = bidiOptions('rtl')
    },
    // Lines are final only now, after the table has wrapped them to the column width.
    willDrawCell: (data) => {
      if (directionOf(data.cell.text.join(' '), flow.direction) === 'rtl') {
        data.cell.text = data.cell.text.map(isolateLtrRuns)
      }
    },
    didDrawPage: (data) => {
      if (data.cursor) finalY = data.cursor.y
    },
  })
  flow.y = finalY + 10
  setText(doc, BODY_SIZE, false)
}

function drawChart(flow: Flow, block: ChartBlock) {
  const { doc } = flow
  const chart = block.chart
  setText(doc, 10, true)
  const title = layoutText(doc, chart.title, CONTENT_WIDTH, flow.direction)
  setText(doc, 8.5, false)
  const description = layoutText(doc, chart.description, CONTENT_WIDTH, flow.direction)
  const captionHeight = title.lines.length * 14 + description.lines.length * 8.5 * 1.35 + 8
  const bodyHeight = chart.kind === 'radar' ? radarHeight() : barsHeight(doc, chart, CONTENT_WIDTH)
  flow.ensure(captionHeight + bodyHeight + 10)
  flow.y += 6
  setText(doc, 10, true)
  flowLines(flow, title.lines, MARGIN.left, CONTENT_WIDTH, title.direction, 14)
  setText(doc, 8.5, false, [60, 60, 60])
  flowLines(flow, description.lines, MARGIN.left, CONTENT_WIDTH, description.direction, 8.5 * 1.35)
  flow.y += 8
  if (chart.kind === 'radar')
    drawRadar(doc, chart, MARGIN.left, flow.y, CONTENT_WIDTH, flow.direction)
  else drawBars(doc, chart, MARGIN.left, flow.y, CONTENT_WIDTH, flow.direction)
  flow.y += bodyHeight + 10
  setText(doc, BODY_SIZE, false)
}

// ---------------------------------------------------------------------------------------------
// Output

const OPEN_ACTION = new TextEncoder().encode('/OpenAction')

/**
 * jsPDF always writes an /OpenAction (a "fit width" view) into the catalog. It is harmless, but
 * the report promises a file with no automatic actions at all, so the entry is overwritten with
 * spaces: the byte length stays the same and the cross-reference offsets remain valid.
 */
function stripOpenAction(bytes: Uint8Array): Uint8Array {
  const at = indexOf(bytes, OPEN_ACTION)
  if (at < 0) return bytes
  let end = at + OPEN_ACTION.length
  // The value is a destination array "[3 0 R /FitH null]": blank through its closing bracket.
  while (end < bytes.length && bytes[end] !== 0x5d /* ] */ && bytes[end] !== 0x0a) end++
  if (bytes[end] !== 0x5d) return bytes
  bytes.fill(0x20, at, end + 1)
  return bytes
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  // The catalog is written near the end of the file, so search backwards.
  outer: for (let i = haystack.length - needle.length; i >= 0; i--) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer
    }
    return i
  }
  return -1
}
