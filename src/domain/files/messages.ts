// Turning problems found in untrusted files into short, readable fragments for the one-sentence
// messages the import shows. Kept apart so every file check words things the same way.
import type { z } from 'zod'

/** Longest piece of file content quoted back to the user; a 100 KB name helps nobody. */
const MAX_QUOTED = 60

/** A value from the file, quoted and shortened, with line breaks and sentence stops removed. */
export function quote(text: string): string {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim()
  const short = flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED - 1)}…` : flat
  return `“${short}”`
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/

/**
 * Where in a value a problem is, written like the questionnaire validator writes it
 * (`assessments[0].answers["7.1-s1"].evidence[1]`), with keys from the file shortened.
 */
export function describePath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else {
      const key = String(part)
      const short = key.length > MAX_QUOTED ? `${key.slice(0, MAX_QUOTED - 1)}…` : key
      if (IDENTIFIER.test(short)) out += out === '' ? short : `.${short}`
      else out += `[${JSON.stringify(short)}]`
    }
  }
  return out
}

/** The first problem zod found, as "at <where>: <what>" (or just "<what>" at the top level). */
export function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'its content does not have the expected shape'
  const what = issue.message.replace(/[.\s]+$/, '')
  return issue.path.length > 0 ? `at ${describePath(issue.path)}: ${what}` : what
}
