// Validates a questionnaire file: the built-in one in tests and on the command line, and any
// custom questionnaire a user loads in the app. Authors are the audience, so every problem names
// the exact place in the file and says what to do, instead of echoing the schema library.
// Structure is checked first (zod); the cross-field rules below only run on a well-formed file,
// because they need to trust the shape they walk.
import { z } from 'zod'
import {
  describeExpected,
  describeReceived,
  formatPathWith,
  formatProblemLines,
  listWords,
  requiredMessage,
  type ValidationProblem,
} from '@/domain/validation/problems'
import { Questionnaire, type LocalizedText, type NumberSpec } from './schema'

export type Problem = ValidationProblem

export type ValidationResult =
  { ok: true; questionnaire: Questionnaire } | { ok: false; problems: Problem[] }

type PathPart = string | number

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/

/** Formats a path the way a JavaScript author would write it: `articles[2].units[0].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return formatPathWith(path, (key) => IDENTIFIER.test(key))
}

/** One problem per line, `path: message`, in the order found. */
export const formatProblems = formatProblemLines

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * Messages for issues the schema does not word itself. Messages written in the schema
 * ("at least one evidence prompt is required") take precedence over this map in zod.
 */
const humanError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'record') {
        const example = 'a text for each language is required, such as {"en": "…"}'
        return issue.input === undefined
          ? example
          : `${example}, but this is ${describeReceived(issue.input)}`
      }
      return requiredMessage(describeExpected(issue.expected), issue.input)
    }
    case 'invalid_value': {
      if (issue.values.length === 1) {
        const only = JSON.stringify(issue.values[0])
        return issue.input === undefined ? `${only} is required` : `only ${only} is accepted here`
      }
      const choice = `use one of ${listWords(issue.values)}`
      return issue.input === undefined ? `a value is required: ${choice}` : choice
    }
    case 'invalid_union': {
      if (
        'discriminator' in issue &&
        typeof issue.discriminator === 'string' &&
        Array.isArray(issue.options)
      ) {
        // The issue carries the whole object; the author needs to see the value they wrote.
        const input: unknown = issue.input
        const value =
          typeof input === 'object' && input !== null
            ? (input as Record<string, unknown>)[issue.discriminator]
            : undefined
        const choice = `use one of ${listWords(issue.options)}`
        return value === undefined
          ? `a type is required: ${choice}`
          : `unknown type ${JSON.stringify(value)}: ${choice}`
      }
      return 'this value does not have any of the accepted forms'
    }
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string')
        return min <= 1 ? 'the text may not be empty' : `use at least ${min} characters`
      if (issue.origin === 'array')
        return `at least ${plural(min, 'entry is', 'entries are')} required`
      return issue.inclusive
        ? `use a number of at least ${min}`
        : `use a number greater than ${min}`
    }
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') return `use at most ${max} characters`
      if (issue.origin === 'array')
        return `at most ${plural(max, 'entry is', 'entries are')} allowed`
      return issue.inclusive ? `use a number of at most ${max}` : `use a number smaller than ${max}`
    }
    case 'invalid_format':
      if (issue.format === 'url')
        return 'a full web address such as "https://example.org/page" is required'
      return 'this text does not have the expected form'
    case 'invalid_key':
      return 'a language code such as "en" or "fr" is required as the key'
    case 'not_multiple_of':
      return `use a multiple of ${String(issue.divisor)}`
    default:
      return undefined
  }
}

function schemaProblems(error: z.ZodError): Problem[] {
  const problems: Problem[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // One line per unknown field, pointing at the field itself: usually a misspelling.
      for (const key of issue.keys) {
        problems.push({
          path: formatPath([...issue.path, key]),
          message: 'unknown field: check its spelling or remove it',
        })
      }
    } else {
      problems.push({ path: formatPath(issue.path), message: issue.message })
    }
  }
  return problems
}

/** Calls `visit` for every piece of prose in the questionnaire, with its path. */
function forEachText(
  q: Questionnaire,
  visit: (text: LocalizedText, path: PathPart[]) => void,
): void {
  visit(q.title, ['title'])
  if (q.description) visit(q.description, ['description'])
  if (q.source) visit(q.source.title, ['source', 'title'])
  q.articles.forEach((article, a) => {
    const ap: PathPart[] = ['articles', a]
    visit(article.title, [...ap, 'title'])
    article.units.forEach((unit, u) => {
      const up: PathPart[] = [...ap, 'units', u]
      visit(unit.title, [...up, 'title'])
      visit(unit.duty.text, [...up, 'duty', 'text'])
      unit.questions.forEach((question, n) => {
        const qp: PathPart[] = [...up, 'questions', n]
        visit(question.text.state, [...qp, 'text', 'state'])
        visit(question.text.shadow, [...qp, 'text', 'shadow'])
        visit(question.guidance, [...qp, 'guidance'])
        question.evidencePrompts.forEach((p, i) => visit(p, [...qp, 'evidencePrompts', i]))
        visit(question.recommendation.text, [...qp, 'recommendation', 'text'])
        const answer = question.answer
        const ans: PathPart[] = [...qp, 'answer']
        if (answer.type === 'maturity') {
          answer.levels.forEach((level, i) => visit(level, [...ans, 'levels', i]))
        } else if (answer.type === 'number') {
          visit(answer.unit, [...ans, 'unit'])
          visit(answer.targetSource, [...ans, 'targetSource'])
        } else if (answer.type === 'checklist') {
          answer.items.forEach((item, i) => visit(item.label, [...ans, 'items', i, 'label']))
        }
      })
    })
  })
}

function checkLanguages(
  q: Questionnaire,
  report: (path: PathPart[], message: string) => void,
): void {
  const seen = new Set<string>()
  q.languages.forEach((lang, i) => {
    if (seen.has(lang))
      report(['languages', i], `"${lang}" is listed twice: list each language once`)
    seen.add(lang)
  })
  const declared = [...seen]
  const declaredList = declared.join(', ')
  forEachText(q, (text, path) => {
    for (const lang of declared) {
      if (!(lang in text)) {
        report(
          path,
          `the "${lang}" text is missing: every text needs each declared language (${declaredList})`,
        )
      }
    }
    for (const lang of Object.keys(text)) {
      if (!seen.has(lang)) {
        report(
          [...path, lang],
          `"${lang}" is not a declared language (${declaredList}): add it to "languages" or remove this text`,
        )
      }
    }
  })
}

function checkIds(q: Questionnaire, report: (path: PathPart[], message: string) => void): void {
  const articleIds = new Map<string, string>()
  const unitIds = new Map<string, string>()
  const questionIds = new Map<string, string>()
  const claim = (ids: Map<string, string>, id: string, path: PathPart[], what: string) => {
    const first = ids.get(id)
    if (first !== undefined) {
      report(
        [...path, 'id'],
        `the ${what} id "${id}" is already used at ${first}: give each ${what} its own id`,
      )
    } else ids.set(id, formatPath(path))
  }
  q.articles.forEach((article, a) => {
    const ap: PathPart[] = ['articles', a]
    claim(articleIds, article.id, ap, 'article')
    article.units.forEach((unit, u) => {
      const up: PathPart[] = [...ap, 'units', u]
      claim(unitIds, unit.id, up, 'unit')
      unit.questions.forEach((question, n) => {
        const qp: PathPart[] = [...up, 'questions', n]
        // Question ids key the answers of every saved assessment, so they must be unique across
        // the whole questionnaire, not only within a unit.
        claim(questionIds, question.id, qp, 'question')
        if (question.answer.type === 'checklist') {
          const itemIds = new Map<string, string>()
          question.answer.items.forEach((item, i) =>
            claim(itemIds, item.id, [...qp, 'answer', 'items', i], 'checklist item'),
          )
        }
      })
    })
  })
}

function checkNumber(
  spec: NumberSpec,
  path: PathPart[],
  report: (path: PathPart[], message: string) => void,
): void {
  const { min, max, floor, target, direction, band, ceiling } = spec
  if (min >= max) {
    report([...path, 'max'], `max (${max}) must be greater than min (${min})`)
    return
  }
  const inRange = (value: number, at: PathPart[], name: string) => {
    if (value < min || value > max) {
      report(at, `the ${name} (${value}) must lie between min (${min}) and max (${max})`)
    }
  }
  inRange(floor, [...path, 'floor'], 'floor')
  inRange(target, [...path, 'target'], 'target')
  if (floor === target) {
    report(
      [...path, 'target'],
      `the target must differ from the floor (${floor}): the floor scores 0 and the target 100`,
    )
  }
  if (direction === 'higher-is-better' && target < floor) {
    report(
      [...path, 'target'],
      `higher is better, so the target (${target}) must be above the floor (${floor})`,
    )
  }
  if (direction === 'lower-is-better' && target > floor) {
    report(
      [...path, 'target'],
      `lower is better, so the target (${target}) must be below the floor (${floor})`,
    )
  }
  if (direction !== 'band') {
    if (band)
      report(
        [...path, 'band'],
        'a band is only used with direction "band": remove it or change the direction',
      )
    if (ceiling !== undefined) {
      report(
        [...path, 'ceiling'],
        'a ceiling is only used with direction "band": remove it or change the direction',
      )
    }
    return
  }
  if (!band) {
    report(
      [...path, 'band'],
      'direction "band" needs a band: add {"min": …, "max": …} for the range that scores 100',
    )
    return
  }
  inRange(band.min, [...path, 'band', 'min'], 'band minimum')
  inRange(band.max, [...path, 'band', 'max'], 'band maximum')
  if (band.min > band.max) {
    report(
      [...path, 'band'],
      `the band minimum (${band.min}) must not be above the band maximum (${band.max})`,
    )
    return
  }
  if (target < band.min || target > band.max) {
    report(
      [...path, 'target'],
      `the target (${target}) must lie inside the band (${band.min} to ${band.max})`,
    )
  }
  if (floor >= band.min) {
    report([...path, 'floor'], `the floor (${floor}) must be below the band minimum (${band.min})`)
  }
  if (ceiling !== undefined) {
    inRange(ceiling, [...path, 'ceiling'], 'ceiling')
    if (ceiling <= band.max) {
      report(
        [...path, 'ceiling'],
        `the ceiling (${ceiling}) must be above the band maximum (${band.max})`,
      )
    }
  }
}

function checkUnits(q: Questionnaire, report: (path: PathPart[], message: string) => void): void {
  q.articles.forEach((article, a) => {
    article.units.forEach((unit, u) => {
      const up: PathPart[] = ['articles', a, 'units', u]
      const kinds = new Set(unit.questions.map((question) => question.indicator))
      // Methodology: law alone never makes a unit score, so each unit pairs commitments with practice.
      if (!kinds.has('structural')) {
        report([...up, 'questions'], 'add a structural question: every unit needs at least one')
      }
      if (!kinds.has('process')) {
        report([...up, 'questions'], 'add a process question: every unit needs at least one')
      }
      unit.questions.forEach((question, n) => {
        const qp: PathPart[] = [...up, 'questions', n]
        const roles = new Set(question.roles)
        if (roles.size !== question.roles.length) {
          report([...qp, 'roles'], 'list each role once')
        }
        if (question.answer.type === 'number')
          checkNumber(question.answer, [...qp, 'answer'], report)
      })
    })
  })
}

/** Validates an untrusted value (parsed JSON) as a questionnaire. */
export function validateQuestionnaire(input: unknown): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: 'a questionnaire must be a JSON object with "id", "version" and "articles"',
        },
      ],
    }
  }
  const parsed = Questionnaire.safeParse(input, { error: humanError })
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) }

  const problems: Problem[] = []
  const report = (path: PathPart[], message: string) =>
    problems.push({ path: formatPath(path), message })
  const q = parsed.data
  checkIds(q, report)
  checkLanguages(q, report)
  checkUnits(q, report)
  return problems.length ? { ok: false, problems } : { ok: true, questionnaire: q }
}
