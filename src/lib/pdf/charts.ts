// The report's charts, drawn with jsPDF's own vector calls so they stay sharp, need no canvas and
// work in Node. Series are told apart by line style, marker shape, fill pattern and printed
// values as well as by colour (Okabe–Ito palette, safe for the common colour-vision
// deficiencies), and a unit that is not assessed is labelled, never drawn as zero. A
// right-to-left report gets mirrored charts: the radar runs anticlockwise, bars grow from the
// right with their labels on the right, and legends start at the right edge.
import type { jsPDF } from 'jspdf'
import type { BarChart, BarSeries, RadarChart } from '@/domain/report'
import { formatScore } from '@/domain/scoring'
import { FONT_FAMILY } from './fonts'
import {
  bidiOptions,
  directionOf,
  drawable,
  isolateLtrRuns,
  wrapText,
  type Direction,
} from './text'

type Rgb = [number, number, number]

/** Okabe–Ito colours. */
export const PALETTE = {
  blue: [0, 114, 178] as Rgb,
  vermilion: [213, 94, 0] as Rgb,
  skyBlue: [86, 180, 233] as Rgb,
  green: [0, 158, 115] as Rgb,
  yellow: [240, 228, 66] as Rgb,
  grid: [190, 190, 190] as Rgb,
  text: [25, 25, 25] as Rgb,
  muted: [95, 95, 95] as Rgb,
}

const LABEL_SIZE = 8
const RADAR_RADIUS = 125
const RADAR_LABEL_GAP = 12
const RADAR_LEGEND = 30

/** Height the radar needs below its caption, in points. */
export function radarHeight(): number {
  return 2 * (RADAR_RADIUS + RADAR_LABEL_GAP + LABEL_SIZE + 4) + RADAR_LEGEND
}

function point(
  cx: number,
  cy: number,
  r: number,
  i: number,
  n: number,
  layout: Direction,
): [number, number] {
  // First axis straight up, then clockwise (anticlockwise when the report reads right to left).
  const turn = (2 * Math.PI * i) / n
  const angle = -Math.PI / 2 + (layout === 'rtl' ? -turn : turn)
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)]
}

/** A label whose words are ordered by its own script, the report's layout deciding for mixed text. */
function label(
  doc: jsPDF,
  text: string,
  x: number,
  y: number,
  align: 'left' | 'center' | 'right' = 'left',
  layout: Direction = 'ltr',
) {
  const shaped = drawable(text)
  const direction = directionOf(shaped, layout)
  doc.text(direction === 'rtl' ? isolateLtrRuns(shaped) : shaped, x, y, {
    ...bidiOptions(direction),
    align,
  })
}

export function drawRadar(
  doc: jsPDF,
  chart: RadarChart,
  left: number,
  top: number,
  width: number,
  layout: Direction = 'ltr',
): void {
  const n = chart.axes.length
  if (n === 0) return
  const rtl = layout === 'rtl'
  const at = (r: number, i: number) => point(cx, cy, r, i, n, layout)
  const cx = left + width / 2
  const cy = top + RADAR_RADIUS + RADAR_LABEL_GAP + LABEL_SIZE + 4
  doc.setFont(FONT_FAMILY, 'normal')
  doc.setFontSize(LABEL_SIZE - 1)
  doc.setLineDashPattern([], 0)

  // Rings at the band thresholds, with their values along the first axis.
  doc.setDrawColor(...PALETTE.grid)
  doc.setLineWidth(0.5)
  for (const ring of chart.rings) {
    const r = (RADAR_RADIUS * ring) / 100
    for (let i = 0; i < n; i++) {
      const [x1, y1] = at(r, i)
      const [x2, y2] = at(r, i + 1)
      doc.line(x1, y1, x2, y2)
    }
    doc.setTextColor(...PALETTE.muted)
    // Ring values sit beside the first axis, on the side the second axis leaves free.
    label(doc, String(ring), rtl ? cx - 2 : cx + 2, cy - r + 7, rtl ? 'right' : 'left')
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = at(RADAR_RADIUS, i)
    doc.line(cx, cy, x, y)
  }

  // Axis labels carry the value, so the chart reads without colour or legend.
  doc.setFontSize(LABEL_SIZE)
  chart.axes.forEach((axis, i) => {
    const [x, y] = at(RADAR_RADIUS + RADAR_LABEL_GAP, i)
    const align = Math.abs(x - cx) < 1 ? 'center' : x > cx ? 'left' : 'right'
    const value =
      axis.current === null
        ? chart.legend.notAssessed
        : axis.target !== null
          ? // The arrow points from the current score to the target in reading order.
            `${formatScore(axis.current)} ${rtl ? '←' : '→'} ${formatScore(axis.target)}`
          : formatScore(axis.current)
    doc.setTextColor(...(axis.current === null ? PALETTE.muted : PALETTE.text))
    doc.setFont(FONT_FAMILY, axis.current === null ? 'normal' : 'bold')
    label(doc, axis.label, x, y - 1, align, layout)
    doc.setFont(FONT_FAMILY, 'normal')
    label(doc, `(${value})`, x, y + LABEL_SIZE, align, layout)
  })

  // Series: segments join neighbouring assessed units only, so a gap shows where data is missing.
  const series = (
    pick: 'current' | 'target',
    colour: Rgb,
    dash: number[],
    marker: 'circle' | 'square',
  ) => {
    doc.setDrawColor(...colour)
    doc.setFillColor(...colour)
    doc.setLineWidth(pick === 'current' ? 1.6 : 1.2)
    doc.setLineDashPattern(dash, 0)
    const pts = chart.axes.map((axis, i) => {
      const v = axis[pick]
      return v === null ? null : at((RADAR_RADIUS * Math.max(0, Math.min(100, v))) / 100, i)
    })
    for (let i = 0; i < n; i++) {
      const a = pts[i]
      const b = pts[(i + 1) % n]
      if (a && b && n > 1) doc.line(a[0], a[1], b[0], b[1])
    }
    doc.setLineDashPattern([], 0)
    doc.setLineWidth(1)
    for (const p of pts) {
      if (!p) continue
      if (marker === 'circle') doc.circle(p[0], p[1], 2.6, 'F')
      else {
        doc.setFillColor(255, 255, 255)
        doc.rect(p[0] - 2.8, p[1] - 2.8, 5.6, 5.6, 'FD')
      }
    }
  }
  if (chart.hasTargets) series('target', PALETTE.vermilion, [4, 3], 'square')
  series('current', PALETTE.blue, [], 'circle')

  // Legend.
  const ly = cy + RADAR_RADIUS + RADAR_LABEL_GAP + LABEL_SIZE + 18
  doc.setFontSize(LABEL_SIZE)
  doc.setTextColor(...PALETTE.text)
  // Each legend entry is a 24-point swatch, then its label, from the layout's start edge.
  let offset = 0
  const swatchX = (o: number) => (rtl ? left + width - o - 24 : left + o)
  const textX = (o: number) => (rtl ? left + width - o - 30 : left + o + 30)
  const textAlign = rtl ? 'right' : 'left'
  doc.setDrawColor(...PALETTE.blue)
  doc.setFillColor(...PALETTE.blue)
  doc.setLineWidth(1.6)
  let lx = swatchX(offset)
  doc.line(lx, ly - 3, lx + 24, ly - 3)
  doc.circle(lx + 12, ly - 3, 2.6, 'F')
  label(doc, chart.legend.current, textX(offset), ly, textAlign, layout)
  offset += 40 + doc.getTextWidth(drawable(chart.legend.current))
  if (chart.hasTargets) {
    lx = swatchX(offset)
    doc.setDrawColor(...PALETTE.vermilion)
    doc.setLineWidth(1.2)
    doc.setLineDashPattern([4, 3], 0)
    doc.line(lx, ly - 3, lx + 24, ly - 3)
    doc.setLineDashPattern([], 0)
    doc.setLineWidth(1)
    doc.setFillColor(255, 255, 255)
    doc.rect(lx + 9.2, ly - 5.8, 5.6, 5.6, 'FD')
    label(doc, chart.legend.target, textX(offset), ly, textAlign, layout)
  }
  doc.setLineWidth(0.5)
  doc.setDrawColor(0, 0, 0)
  doc.setTextColor(0, 0, 0)
}

const BAR_HEIGHT = 11
const BAR_GAP = 4
const GROUP_GAP = 12
const BAR_LABEL_WIDTH = 120
const BAR_VALUE_ROOM = 60
const BAR_AXIS = 16

function groupLabelLines(doc: jsPDF, chart: BarChart, width: number): string[][] {
  doc.setFont(FONT_FAMILY, 'bold')
  doc.setFontSize(LABEL_SIZE + 0.5)
  const lines = chart.groups.map((g) => wrapText(doc, drawable(g.label), width))
  doc.setFont(FONT_FAMILY, 'normal')
  return lines
}

/** Height the bar chart needs below its caption, in points. */
export function barsHeight(doc: jsPDF, chart: BarChart, width: number): number {
  const labels = groupLabelLines(doc, chart, width)
  const lineHeight = (LABEL_SIZE + 0.5) * 1.3
  return (
    BAR_AXIS +
    chart.groups.reduce(
      (h, g, i) =>
        h +
        (labels[i]?.length ?? 1) * lineHeight +
        g.bars.length * (BAR_HEIGHT + BAR_GAP) +
        GROUP_GAP,
      0,
    ) +
    (chart.hasTargets ? 20 : 4)
  )
}

const BAR_STYLE: Record<
  BarSeries['key'],
  { fill: Rgb; pattern: 'solid' | 'plain' | 'vertical' | 'horizontal' }
> = {
  overall: { fill: PALETTE.blue, pattern: 'solid' },
  structural: { fill: PALETTE.skyBlue, pattern: 'plain' },
  process: { fill: PALETTE.green, pattern: 'vertical' },
  outcome: { fill: PALETTE.yellow, pattern: 'horizontal' },
}

function drawBar(doc: jsPDF, key: BarSeries['key'], x: number, y: number, w: number, h: number) {
  const style = BAR_STYLE[key]
  doc.setFillColor(...style.fill)
  doc.setDrawColor(...PALETTE.text)
  doc.setLineWidth(0.5)
  doc.rect(x, y, w, h, key === 'overall' ? 'F' : 'FD')
  // Patterns tell the sub-scores apart in grey-scale print as well.
  doc.setDrawColor(255, 255, 255)
  doc.setLineWidth(0.8)
  if (style.pattern === 'vertical') {
    for (let px = x + 3; px < x + w - 1; px += 4) doc.line(px, y + 1, px, y + h - 1)
  } else if (style.pattern === 'horizontal' && w > 2) {
    doc.setDrawColor(...PALETTE.text)
    doc.setLineWidth(0.4)
    for (let py = y + 3; py < y + h - 1; py += 3) doc.line(x + 1, py, x + w - 1, py)
  }
}

export function drawBars(
  doc: jsPDF,
  chart: BarChart,
  left: number,
  top: number,
  width: number,
  layout: Direction = 'ltr',
): void {
  const labels = groupLabelLines(doc, chart, width)
  const rtl = layout === 'rtl'
  // Laid out left to right, then mirrored across the chart for a right-to-left report.
  const mx = (x: number) => (rtl ? 2 * left + width - x : x)
  const start = rtl ? 'right' : 'left'
  const x0 = left + BAR_LABEL_WIDTH
  const scale = width - BAR_LABEL_WIDTH - BAR_VALUE_ROOM
  const lineHeight = (LABEL_SIZE + 0.5) * 1.3
  const gridTop = top + BAR_AXIS

  // Scale along the top; grid lines at the band thresholds are drawn behind each group's bars.
  doc.setFont(FONT_FAMILY, 'normal')
  doc.setFontSize(LABEL_SIZE - 1)
  doc.setTextColor(...PALETTE.muted)
  label(doc, '0', mx(x0), top + 9, 'center')
  for (const g of chart.grid) label(doc, String(g), mx(x0 + (scale * g) / 100), top + 9, 'center')
  const grid = (from: number, to: number) => {
    doc.setDrawColor(...PALETTE.grid)
    doc.setLineWidth(0.5)
    doc.line(mx(x0), from, mx(x0), to)
    doc.setLineDashPattern([1.5, 2], 0)
    for (const g of chart.grid) {
      const gx = mx(x0 + (scale * g) / 100)
      doc.line(gx, from, gx, to)
    }
    doc.setLineDashPattern([], 0)
  }

  let y = gridTop
  chart.groups.forEach((group, gi) => {
    doc.setFont(FONT_FAMILY, 'bold')
    doc.setFontSize(LABEL_SIZE + 0.5)
    doc.setTextColor(...PALETTE.text)
    for (const line of labels[gi] ?? []) {
      y += lineHeight
      label(doc, line, mx(left), y - 2.5, start, layout)
    }
    doc.setFont(FONT_FAMILY, 'normal')
    doc.setFontSize(LABEL_SIZE)
    grid(y, y + group.bars.length * (BAR_HEIGHT + BAR_GAP))
    for (const bar of group.bars) {
      const by = y + BAR_GAP / 2
      doc.setTextColor(...PALETTE.text)
      label(doc, bar.label, mx(left + 8), by + BAR_HEIGHT - 2.5, start, layout)
      if (bar.value === null) {
        doc.setTextColor(...PALETTE.muted)
        label(doc, chart.legend.noData, mx(x0 + 4), by + BAR_HEIGHT - 2.5, start, layout)
      } else {
        const w = Math.max(0.5, (scale * Math.max(0, Math.min(100, bar.value))) / 100)
        drawBar(doc, bar.key, rtl ? mx(x0) - w : x0, by, w, BAR_HEIGHT)
        doc.setTextColor(...PALETTE.text)
        doc.setFont(FONT_FAMILY, 'bold')
        label(doc, formatScore(bar.value), mx(x0 + w + 4), by + BAR_HEIGHT - 2.5, start, layout)
        doc.setFont(FONT_FAMILY, 'normal')
      }
      if (bar.target !== null) {
        const tx = mx(x0 + (scale * Math.max(0, Math.min(100, bar.target))) / 100)
        doc.setDrawColor(...PALETTE.vermilion)
        doc.setLineWidth(1.4)
        doc.setLineDashPattern([2, 1.5], 0)
        doc.line(tx, by - 2, tx, by + BAR_HEIGHT + 2)
        doc.setLineDashPattern([], 0)
      }
      y += BAR_HEIGHT + BAR_GAP
    }
    y += GROUP_GAP
  })

  if (chart.hasTargets) {
    const ly = y + 10
    doc.setDrawColor(...PALETTE.vermilion)
    doc.setLineWidth(1.4)
    doc.setLineDashPattern([2, 1.5], 0)
    doc.line(mx(left + 8), ly - 8, mx(left + 8), ly + 2)
    doc.setLineDashPattern([], 0)
    doc.setTextColor(...PALETTE.text)
    doc.setFontSize(LABEL_SIZE)
    label(doc, chart.legend.target, mx(left + 16), ly, start, layout)
  }
  doc.setLineWidth(0.5)
  doc.setDrawColor(0, 0, 0)
  doc.setTextColor(0, 0, 0)
}
