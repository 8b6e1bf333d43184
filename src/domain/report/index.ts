// Entry point of the report domain: the builder, the document types and the wording catalogs.
export * from './types'
export { buildReport, clean, GOOD_PRACTICE_THRESHOLD } from './build'
export { reportStrings, REPORT_LANGUAGES, type ReportStrings } from './strings'
