// What the start screen needs to offer the built-in examples — file, state and respondent — bundled
// with the first screen (a few hundred bytes), so the "Open an example" list is drawn in the first
// paint instead of appearing once the example files have loaded and moving the page
// (performance.md: layout shift). The examples themselves still load only when one is opened.
// tests/unit/library/example-titles.test.ts checks this list against questionnaires/examples/.
import type { RespondentType } from '@/domain/assessment/schema'

export interface ExampleTitle {
  /** File name in questionnaires/examples/, as `loadExamples()` reports it. */
  file: string
  state: string
  respondent: RespondentType
}

export const EXAMPLE_TITLES: readonly ExampleTitle[] = [
  {
    file: 'example-partner-shadow.assessment.json',
    state: 'Kingdom of Sahelia (fictional example)',
    respondent: 'shadow',
  },
  {
    file: 'example-partner.assessment.json',
    state: 'Kingdom of Sahelia (fictional example)',
    respondent: 'state',
  },
  {
    file: 'example-provider-shadow.assessment.json',
    state: 'Republic of Nordavia (fictional example)',
    respondent: 'shadow',
  },
  {
    file: 'example-provider.assessment.json',
    state: 'Republic of Nordavia (fictional example)',
    respondent: 'state',
  },
]
