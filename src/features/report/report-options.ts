// What the user can choose about a report, and the defaults and file name that follow from the
// assessment. Pure functions, so the form, the tests and the download agree on one set of rules.
import type { Assessment, AssessmentMeta } from '@/domain/assessment/schema'
import type { Questionnaire } from '@/domain/questionnaire'
import { REPORT_LANGUAGES, type ReportOptions } from '@/domain/report'

/** The report options the user picks; the date is added when the report is made. */
export type ReportChoices = Omit<ReportOptions, 'generatedOn'>

/** Languages the app offers for reports: those of the built-in questionnaire. */
export const OFFERED_REPORT_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const

export interface ReportLanguageChoice {
  code: string
  /** Whether the report's own wording (headings, method, explanations) exists in this language. */
  hasWording: boolean
}

/**
 * The offered languages the questionnaire has texts in. English is always offered: it is the
 * language every report wording falls back to.
 */
export function reportLanguageChoices(
  questionnaire: Pick<Questionnaire, 'languages'>,
  wordingLanguages: readonly string[] = REPORT_LANGUAGES,
): ReportLanguageChoice[] {
  const available = new Set(questionnaire.languages)
  return OFFERED_REPORT_LANGUAGES.filter((code) => code === 'en' || available.has(code)).map(
    (code) => ({
      code,
      hasWording: wordingLanguages.includes(code),
    }),
  )
}

/**
 * Defaults: the answers annex in; confidential evidence left out of shadow reports (an NGO's
 * sources may be at risk), kept in a ministry's own; author and organisation named; the report in
 * the assessment's language when it is offered.
 */
export function defaultReportChoices(
  assessment: Pick<Assessment, 'meta'>,
  languages: readonly ReportLanguageChoice[],
): ReportChoices {
  const wanted = assessment.meta.language
  const language =
    languages.find((l) => l.code === wanted)?.code ??
    languages.find((l) => l.code === wanted.split('-')[0])?.code ??
    'en'
  return {
    language,
    includeAnswersAnnex: true,
    omitConfidentialEvidence: assessment.meta.respondent === 'shadow',
    omitAuthorAndOrganisation: false,
  }
}

/** How many pieces of evidence in the assessment are marked confidential. */
export function confidentialEvidenceCount(assessment: Pick<Assessment, 'answers'>): number {
  return Object.values(assessment.answers).reduce(
    (n, answer) => n + answer.evidence.filter((e) => e.confidential).length,
    0,
  )
}

const MAX_STATE_LENGTH = 60

/**
 * A file-name part: accents dropped from Latin letters, anything but letters and digits turned
 * into hyphens, lower case. Letters of other scripts are kept (an Arabic State name stays Arabic),
 * so the name is never empty for a real State; it never holds a path separator or a dot.
 */
export function fileNamePart(text: string): string {
  const simplified = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return [...simplified].slice(0, MAX_STATE_LENGTH).join('').replace(/-+$/, '')
}

/** "2023-2025" for whole calendar years, otherwise both dates: "2024-03-01-to-2025-02-28". */
export function periodPart(period: AssessmentMeta['period']): string {
  const wholeYears = period.from.endsWith('-01-01') && period.to.endsWith('-12-31')
  if (wholeYears) {
    const from = period.from.slice(0, 4)
    const to = period.to.slice(0, 4)
    return from === to ? from : `${from}-${to}`
  }
  return `${period.from}-to-${period.to}`
}

/** `<state>-<period>-assessment-report.pdf`, safe on every common file system. */
export function reportFileName(meta: Pick<AssessmentMeta, 'state' | 'period'>): string {
  const state = fileNamePart(meta.state) || 'state'
  return `${state}-${periodPart(meta.period)}-assessment-report.pdf`
}

/** Today's date on the user's clock, as the report cover prints it (YYYY-MM-DD). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * Assessments the report can be compared with: the others in the library that answer the same
 * questionnaire (id and version), so every question has a counterpart. Ordered by name, then
 * period, so rounds of one State sit together.
 */
export function comparisonCandidates(
  assessment: Pick<Assessment, 'id' | 'questionnaire'>,
  library: readonly Assessment[],
): Assessment[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  const label = (a: Assessment) => a.name?.trim() || a.meta.state
  return library
    .filter(
      (a) =>
        a.id !== assessment.id &&
        a.questionnaire.id === assessment.questionnaire.id &&
        a.questionnaire.version === assessment.questionnaire.version,
    )
    .sort(
      (x, y) =>
        collator.compare(label(x), label(y)) ||
        x.meta.period.from.localeCompare(y.meta.period.from) ||
        x.meta.respondent.localeCompare(y.meta.respondent) ||
        x.id.localeCompare(y.id),
    )
}
