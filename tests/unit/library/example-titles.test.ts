// The start screen lists the built-in examples from titles bundled with it; the list must name
// every example file, with the state and respondent the file holds, or a button would open a
// different example than it says (or none).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLE_TITLES } from '@/features/library/example-titles'

const DIR = 'questionnaires/examples'

describe('bundled example titles', () => {
  it('match the example assessment files one for one', () => {
    const files = readdirSync(DIR)
      .filter((n) => /^example-.*\.assessment\.json$/.test(n))
      .sort()
    expect(EXAMPLE_TITLES.map((t) => t.file)).toEqual(files)
    for (const title of EXAMPLE_TITLES) {
      const data = JSON.parse(readFileSync(join(DIR, title.file), 'utf8')) as {
        meta: { state: string; respondent: string }
      }
      expect({ file: title.file, state: title.state, respondent: title.respondent }).toEqual({
        file: title.file,
        state: data.meta.state,
        respondent: data.meta.respondent,
      })
    }
  })
})
