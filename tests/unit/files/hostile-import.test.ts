// Hostile imports (reliability.md item 1), fast-check with fixed seeds: ≥ 1,000 arbitrary JSON
// values and ≥ 1,000 mutations of each of four valid files (fields dropped, retyped, duplicated
// ids, NaN, 1e308, deep nesting, __proto__/constructor keys). Whatever the file: no exception,
// every rejection one clear sentence, the library passed in byte-identical afterwards, and no
// key added to Object.prototype. Failing seeds found while writing this are kept as cases below.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { ASSESSMENT_FORMAT, Assessment } from '@/domain/assessment/schema'
import { validateAssessment } from '@/domain/assessment/validate'
import { FILE_FORMAT, serializeFile } from '@/domain/files/envelope'
import { parseAssessmentFile, type ImportOptions } from '@/domain/files/import'
import { LEGACY_V1_TYPE } from '@/domain/files/migrations'
import { library as libraryArb } from './arbitraries'
import { expectOneSentence, importInto, prototypeSnapshot, readFixture } from './helpers'
import { testQuestionnaire } from './questionnaire'

const SEED = 20_260_227
const RUNS = 1000
/** Thousands of parses per test; generous for a shared, slow CI machine. */
const TIMEOUT = 120_000

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

let library: Assessment[] = []
let prototypesBefore = ''

beforeAll(() => {
  const result = parseAssessmentFile(readFixture('v2.json'))
  if (!result.ok) throw new Error(result.message)
  library = result.assessments
  prototypesBefore = prototypeSnapshot()
})

/** Runs the app's import flow on a file and checks every promise of reliability item 1. */
function checkHostile(input: string | Uint8Array, options?: ImportOptions): { ok: boolean } {
  const before = JSON.stringify(library)
  const flow = importInto(library, input, options)
  expect(JSON.stringify(library)).toBe(before)
  expect(prototypeSnapshot()).toBe(prototypesBefore)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  if (!flow.ok) {
    expectOneSentence(flow.message)
    return { ok: false }
  }
  // Accepted: then everything in the new library is a valid assessment.
  for (const a of flow.library) {
    expect(Assessment.safeParse(a).success).toBe(true)
    if (options?.questionnaires) expect(validateAssessment(a, testQuestionnaire).ok).toBe(true)
  }
  return { ok: true }
}

// ---------------------------------------------------------------------------------------------
// Mutations of valid files

/** Placeholders replaced by raw text after JSON.stringify, for what JSON values cannot hold. */
const RAW_TOKENS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '1e400',
  '5e-324',
  '-0',
  'undefined',
]
const FORBIDDEN = ['__proto__', 'constructor', 'prototype']

interface Mutation {
  op:
    | 'drop'
    | 'retype'
    | 'duplicate'
    | 'duplicate-id'
    | 'raw-number'
    | 'deep'
    | 'forbidden-key'
    | 'rename'
    | 'odd-string'
  at: number
  variant: number
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(
    'drop',
    'retype',
    'duplicate',
    'duplicate-id',
    'raw-number',
    'deep',
    'forbidden-key',
    'rename',
    'odd-string',
  ),
  at: fc.nat(),
  variant: fc.nat(),
})

const RETYPES: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  4,
  1e308,
  -1e308,
  '',
  'x',
  [],
  {},
  [1, 'a'],
  { a: 1 },
  '2024-13-45',
]
const ODD_STRINGS = [
  '',
  '   ',
  '=HYPERLINK("http://example.invalid")',
  'مرحبا\u202Eabc',
  '🤝'.repeat(50),
  'a'.repeat(100_000),
  'line\r\nbreak',
  '\u0000',
  '\uD800',
]

type Path = (string | number)[]

function pathsOf(root: Json): Path[] {
  const out: Path[] = [[]]
  const stack: { value: Json; path: Path }[] = [{ value: root, path: [] }]
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: Json; path: Path }
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        out.push([...path, i])
        stack.push({ value: v, path: [...path, i] })
      })
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push([...path, k])
        stack.push({ value: v, path: [...path, k] })
      }
    }
  }
  return out
}

function getAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = Array.isArray(node) ? node[key as number] : node[key as string]
  }
  return node
}

function define(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

/** Applies one mutation in place; returns the (possibly new) root. */
function mutate(root: Json, m: Mutation, raws: string[]): Json {
  const paths = pathsOf(root)
  const path = paths[m.at % paths.length] ?? []
  const parentPath = path.slice(0, -1)
  const key = path.at(-1)
  const parent = getAt(root, parentPath)
  const node = getAt(root, path)
  const set = (value: Json): Json => {
    if (key === undefined || parent === null || typeof parent !== 'object' || parent === undefined)
      return value
    if (Array.isArray(parent)) parent[key as number] = value
    else define(parent, String(key), value)
    return root
  }
  const raw = (text: string): Json => {
    raws.push(text)
    return set(`\u0000RAW${raws.length - 1}\u0000`)
  }
  switch (m.op) {
    case 'drop':
      if (
        key === undefined ||
        parent === null ||
        typeof parent !== 'object' ||
        parent === undefined
      )
        return null
      if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[String(key)]
      return root
    case 'retype':
      return set(RETYPES[m.variant % RETYPES.length] ?? null)
    case 'duplicate':
      if (Array.isArray(node) && node.length > 0)
        node.push(structuredClone(node[m.variant % node.length] ?? null))
      return root
    case 'duplicate-id': {
      const list = getAt(root, ['assessments']) ?? getAt(root, ['data'])
      if (Array.isArray(list) && list.length > 0) {
        const source = list[m.variant % list.length]
        list.push(structuredClone(source ?? null))
        const target = list[(m.variant + 1) % list.length]
        if (
          source &&
          target &&
          typeof source === 'object' &&
          typeof target === 'object' &&
          !Array.isArray(source) &&
          !Array.isArray(target)
        ) {
          define(target, 'id', source.id ?? null)
        }
      }
      return root
    }
    case 'raw-number':
      return raw(RAW_TOKENS[m.variant % RAW_TOKENS.length] ?? 'NaN')
    case 'deep': {
      const depth = [30, 41, 200, 5000][m.variant % 4] ?? 41
      return raw(
        m.variant % 2 === 0
          ? `${'['.repeat(depth)}${']'.repeat(depth)}`
          : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      )
    }
    case 'forbidden-key': {
      const target =
        node !== null && typeof node === 'object' && !Array.isArray(node) ? node : parent
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        const name = FORBIDDEN[m.variant % FORBIDDEN.length] ?? '__proto__'
        define(target, name, { polluted: true, prototype: { polluted: true } })
      }
      return root
    }
    case 'rename':
      if (
        typeof key === 'string' &&
        parent &&
        typeof parent === 'object' &&
        !Array.isArray(parent)
      ) {
        const value = parent[key] ?? null
        delete parent[key]
        define(parent, m.variant % 2 === 0 ? `${key}_` : key.toUpperCase(), value)
      }
      return root
    case 'odd-string':
      return set(ODD_STRINGS[m.variant % ODD_STRINGS.length] ?? '')
  }
}

function render(root: Json, raws: readonly string[]): string {
  let text = JSON.stringify(root)
  raws.forEach((token, i) => {
    text = text.split(JSON.stringify(`\u0000RAW${i}\u0000`)).join(token)
  })
  return text
}

const validFiles: [string, () => string, ImportOptions | undefined][] = [
  [
    'the format-2 sample library',
    () => readFixture('v2.json'),
    { questionnaires: [testQuestionnaire] },
  ],
  [
    'the format-1 sample library',
    () => readFixture('v1.json'),
    { questionnaires: [testQuestionnaire] },
  ],
  ['a bare assessment', () => JSON.stringify(library[0]), { questionnaires: [testQuestionnaire] }],
  [
    'a generated library',
    () =>
      serializeFile(
        fc.sample(
          libraryArb.filter((l) => l.length >= 2),
          { seed: SEED, numRuns: 1 },
        )[0] ?? [],
        'now',
      ),
    undefined,
  ],
]

describe('mutations of valid files (reliability 1)', () => {
  it.each(validFiles)(
    '%s: 1,000 mutations, no exception, clear rejections, nothing changed',
    (_name, file, options) => {
      const text = file()
      expect(parseAssessmentFile(text, options).ok).toBe(true)
      let runs = 0
      let rejected = 0
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          runs += 1
          const raws: string[] = []
          let root = JSON.parse(text) as Json
          for (const m of mutations) root = mutate(root, m, raws)
          const hostile = render(root, raws)
          const { ok } = checkHostile(hostile, options)
          if (!ok) rejected += 1
          // These can never be part of an accepted file.
          if (FORBIDDEN.some((k) => hostile.includes(`"${k}":`))) expect(ok).toBe(false)
          if (/NaN|Infinity|1e400|undefined/.test(hostile.replace(/"(?:[^"\\]|\\.)*"/g, '""')))
            expect(ok).toBe(false)
        }),
        { seed: SEED, numRuns: RUNS },
      )
      expect(runs).toBeGreaterThanOrEqual(RUNS)
      // The mutations really bite: most mutated files are refused.
      expect(rejected).toBeGreaterThan(RUNS / 2)
    },
    TIMEOUT,
  )
})

describe('arbitrary input (reliability 1)', () => {
  it(
    '1,000 arbitrary JSON values',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          checkHostile(JSON.stringify(value) ?? 'null')
        }),
        { seed: SEED, numRuns: RUNS },
      )
    },
    TIMEOUT,
  )

  it(
    '1,000 arbitrary values shaped like our envelopes and assessments',
    () => {
      const shaped = fc.oneof(
        fc.record({
          format: fc.constant(FILE_FORMAT),
          version: fc.jsonValue(),
          exportedAt: fc.jsonValue(),
          app: fc.jsonValue(),
          assessments: fc.array(fc.jsonValue()),
        }),
        fc.record({
          format: fc.constant(FILE_FORMAT),
          version: fc.constant(2),
          exportedAt: fc.string(),
          app: fc.record({ name: fc.string(), version: fc.string() }),
          assessments: fc.array(fc.jsonValue(), { minLength: 1 }),
        }),
        fc.record({
          type: fc.constant(LEGACY_V1_TYPE),
          version: fc.constant(1),
          exportedAt: fc.string(),
          data: fc.array(fc.record({ answers: fc.dictionary(fc.string(), fc.jsonValue()) })),
        }),
        fc.record({
          format: fc.constant(ASSESSMENT_FORMAT),
          formatVersion: fc.jsonValue(),
          id: fc.jsonValue(),
          meta: fc.jsonValue(),
          answers: fc.jsonValue(),
        }),
      )
      fc.assert(
        fc.property(shaped, fc.boolean(), (value, withQuestionnaire) => {
          checkHostile(
            JSON.stringify(value),
            withQuestionnaire ? { questionnaires: [testQuestionnaire] } : undefined,
          )
        }),
        { seed: SEED, numRuns: RUNS },
      )
    },
    TIMEOUT,
  )

  it(
    '1,000 arbitrary texts and 500 arbitrary byte strings',
    () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary', maxLength: 200 }),
          (text) => void checkHostile(text),
        ),
        {
          seed: SEED,
          numRuns: RUNS,
        },
      )
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void checkHostile(bytes)),
        {
          seed: SEED,
          numRuns: 500,
        },
      )
    },
    TIMEOUT,
  )
})
