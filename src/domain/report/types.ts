// The report document: plain data that says what the assessment report contains, in reading
// order, with every string already in the report's language. The PDF renderer (src/lib/pdf)
// only lays it out, so the same content can be checked in fast tests without a PDF.
import type { Assessment } from '@/domain/assessment/schema'
import type { IndicatorType, Questionnaire } from '@/domain/questionnaire/schema'

export interface ReportMeta {
  title: string
  subject: string
  /** Language of the report wording actually used (after falling back to English). */
  language: string
  /** Absent when the user chose to leave author and organisation out. */
  author?: string
  keywords: string[]
}

export interface CoverFact {
  label: string
  value: string
}

export interface ReportCover {
  title: string
  subtitle: string
  state: string
  /** "Self-assessment" or "Shadow assessment". */
  assessmentType: string
  facts: CoverFact[]
  /** Notices shown prominently: example data, incomplete assessment. */
  warnings: string[]
  /** The "unofficial document" note. */
  note: string
}

/** Page furniture and fixed labels the renderer needs, already translated. */
export interface ReportFurniture {
  direction: 'ltr' | 'rtl'
  runningHeader: string
  contentsTitle: string
  /** "Page {page} of {total}" with both placeholders. */
  pageLabel: string
}

export interface HeadingBlock {
  kind: 'heading'
  /** 1: chapter or annex; 2: article or group; 3: unit or sub-part. */
  level: 1 | 2 | 3
  text: string
  /** Listed in the table of contents (levels 1 and 2 by default). */
  toc: boolean
}

export interface ParagraphBlock {
  kind: 'paragraph'
  /** Paragraph number, continuous through the body of the report as in UN reports. */
  number?: number
  text: string
  /** quote: the declaration's own words; note: small print; lead: a bold run-in label. */
  style: 'normal' | 'quote' | 'note'
  lead?: string
}

export interface KeyValueBlock {
  kind: 'key-values'
  items: { key: string; value: string }[]
}

export interface TableBlock {
  kind: 'table'
  caption?: string
  header: string[]
  rows: string[][]
  /** Relative column widths (any positive numbers; the renderer scales them to the page). */
  widths?: number[]
}

export interface RadarAxis {
  id: string
  label: string
  /** null when the unit is not assessed: shown as such, never drawn as zero. */
  current: number | null
  target: number | null
}

export interface RadarChart {
  kind: 'radar'
  title: string
  description: string
  axes: RadarAxis[]
  legend: { current: string; target: string; notAssessed: string }
  /** Values where the rings are drawn (band thresholds). */
  rings: number[]
  hasTargets: boolean
}

export interface BarSeries {
  key: 'overall' | IndicatorType
  label: string
  value: number | null
  target: number | null
}

export interface BarChart {
  kind: 'bars'
  title: string
  description: string
  groups: { id: string; label: string; bars: BarSeries[] }[]
  legend: { target: string; noData: string }
  /** Band thresholds drawn as grid lines. */
  grid: number[]
  hasTargets: boolean
}

export interface ChartBlock {
  kind: 'chart'
  chart: RadarChart | BarChart
}

export type ReportBlock = HeadingBlock | ParagraphBlock | KeyValueBlock | TableBlock | ChartBlock

export interface ReportSection {
  id: string
  /** Starts on a new page (chapters and annexes do). */
  newPage: boolean
  blocks: ReportBlock[]
}

export interface ReportDocument {
  meta: ReportMeta
  cover: ReportCover
  furniture: ReportFurniture
  sections: ReportSection[]
}

export interface ReportOptions {
  /** Requested language; falls back to English wording when no catalog exists. */
  language: string
  includeAnswersAnnex: boolean
  omitConfidentialEvidence: boolean
  omitAuthorAndOrganisation: boolean
  /** ISO date (YYYY-MM-DD) printed on the cover; passed in so the builder stays pure. */
  generatedOn: string
  /**
   * Another assessment to set beside this one (a State's self-assessment beside an NGO's shadow
   * assessment, or an earlier round): the report then has a comparison chapter after the
   * conclusions. Questions are matched by id, so the two may answer different questionnaires.
   */
  comparison?: ReportComparison
}

export interface ReportComparison {
  questionnaire: Questionnaire
  assessment: Assessment
}
