// Plain words for validation problems, shared by the questionnaire and assessment validators: the
// place in the file written as a JavaScript author would (`articles[2].units[0].id`), one problem a
// line, and the phrases that turn a schema issue into what to do ("a number is required, but this
// is a text").

export interface ValidationProblem {
  /** Where in the file, e.g. `answers["7.1-S1"].value`; "" for the whole file. */
  path: string
  /** What to do, in plain words, e.g. "a number is required". */
  message: string
}

/**
 * A path as `a.b[0]["odd key"]`: keys that `writtenPlain` accepts are written after a dot, other
 * keys in brackets, numbers as indexes.
 */
export function formatPathWith(
  path: readonly PropertyKey[],
  writtenPlain: (key: string, index: number) => boolean,
): string {
  let out = ''
  path.forEach((part, i) => {
    if (typeof part === 'number') {
      out += `[${part}]`
      return
    }
    const key = String(part)
    if (writtenPlain(key, i)) out += out === '' ? key : `.${key}`
    else out += `[${JSON.stringify(key)}]`
  })
  return out
}

/** One problem per line, `path: message`, in the order given. */
export function formatProblemLines(problems: readonly ValidationProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n')
}

/** `"a", "b" or "c"`. */
export function listWords(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v))
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`
}

/** The kind of value a schema expects, as a phrase: "a text", "a list". */
export function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a text'
    case 'number':
    case 'int':
      return 'a number'
    case 'boolean':
      return 'true or false'
    case 'array':
      return 'a list'
    case 'object':
    case 'record':
      return 'an object'
    default:
      return `a value of type ${expected}`
  }
}

/**
 * The kind of value found, as a phrase; `booleanWords` is how a true/false value is named (the
 * assessment messages call it "a boolean").
 */
export function describeReceived(input: unknown, booleanWords = 'true or false'): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'a list'
  switch (typeof input) {
    case 'string':
      return 'a text'
    case 'number':
      return 'a number'
    case 'boolean':
      return booleanWords
    case 'object':
      return 'an object'
    default:
      return typeof input
  }
}

/** "a number is required", or "…, but this is a text" when a wrong value was given. */
export function requiredMessage(wanted: string, input: unknown, booleanWords?: string): string {
  if (input === undefined) return `${wanted} is required`
  return `${wanted} is required, but this is ${describeReceived(input, booleanWords)}`
}
