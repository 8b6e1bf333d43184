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

function kindOf(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'a list'
  if (typeof input === 'string') return 'a text'
  if (typeof input === 'number') return 'a number'
  if (typeof input === 'boolean') return 'true or false'
  return 'an object'
}

const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
}

/**
 * Plain wording for the issues whose built-in messages read like a type checker ("expected
 * string, received undefined"); messages written in the schemas themselves take precedence.
 */
export const fileErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = EXPECTED[issue.expected] ?? `a value of type ${issue.expected}`
      return issue.input === undefined
        ? `${wanted} is missing`
        : `${wanted} is required, not ${kindOf(issue.input)}`
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `only ${JSON.stringify(issue.values[0])} is accepted here`
        : `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'invalid_union':
      return 'this value has none of the accepted forms'
    case 'too_small':
      return issue.origin === 'string'
        ? 'the text may not be empty'
        : `at least ${Number(issue.minimum)} is required`
    default:
      return undefined
  }
}
