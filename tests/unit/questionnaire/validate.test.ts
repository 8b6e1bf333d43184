// The questionnaire validator: one broken file per rule, each asserting the path and the exact
// message an author would read, starting from the documented minimal example (which is valid).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  formatProblems,
  validateQuestionnaire,
  type Problem,
  type QuestionnaireInput,
} from '@/domain/questionnaire'

const EXAMPLE = 'questionnaires/examples/minimal-questionnaire.json'
const exampleText = readFileSync(EXAMPLE, 'utf8')

/** A fresh copy of the minimal example to break. */
function example(): QuestionnaireInput {
  return JSON.parse(exampleText) as QuestionnaireInput
}

function unitOf(q: QuestionnaireInput) {
  const unit = q.articles[0]?.units[0]
  if (!unit) throw new Error('the minimal example has no unit')
  return unit
}

function questionAt(q: QuestionnaireInput, index: number) {
  const question = unitOf(q).questions[index]
  if (!question) throw new Error(`the minimal example has no question ${index}`)
  return question
}

/** The number question's answer settings (question 3 of the example). */
function numberAnswer(q: QuestionnaireInput) {
  const answer = questionAt(q, 3).answer
  if (answer.type !== 'number')
    throw new Error('question 3 of the example is not a number question')
  return answer
}

function problemsOf(input: unknown): Problem[] {
  const result = validateQuestionnaire(input)
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.problems
}

const Q = 'articles[0].units[0].questions'

describe('validateQuestionnaire', () => {
  it('accepts the minimal example and fills in defaults', () => {
    const result = validateQuestionnaire(example())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const first = result.questionnaire.articles[0]?.units[0]?.questions[0]
    expect(first?.weight).toBe(1)
    expect(first?.critical).toBe(false)
    expect(first?.references.length).toBe(2)
  })

  it('rejects something that is not an object', () => {
    expect(problemsOf([1, 2])).toEqual([
      {
        path: '',
        message: 'a questionnaire must be a JSON object with "id", "version" and "articles"',
      },
    ])
  })

  describe('structure (schema) problems, in plain words', () => {
    it('reports a missing number setting with its full path', () => {
      const q = example()
      delete (numberAnswer(q) as { target?: number }).target
      expect(problemsOf(q)).toEqual([
        { path: `${Q}[3].answer.target`, message: 'a number is required' },
      ])
    })

    it('reports a value of the wrong type and what it was', () => {
      const q = example()
      ;(numberAnswer(q) as { floor: unknown }).floor = 'zero'
      expect(problemsOf(q)).toEqual([
        { path: `${Q}[3].answer.floor`, message: 'a number is required, but this is a text' },
      ])
    })

    it('lists the accepted values of an enumeration', () => {
      const q = example()
      ;(questionAt(q, 0) as { indicator: string }).indicator = 'structure'
      expect(problemsOf(q)).toEqual([
        { path: `${Q}[0].indicator`, message: 'use one of "structural", "process" or "outcome"' },
      ])
    })

    it('names an unknown answer type', () => {
      const q = example()
      ;(questionAt(q, 0).answer as { type: string }).type = 'scale'
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[0].answer.type`,
          message:
            'unknown type "scale": use one of "yes-partly-no", "maturity", "number" or "checklist"',
        },
      ])
    })

    it('points at a misspelt field instead of ignoring it', () => {
      const q = example()
      ;(questionAt(q, 1) as Record<string, unknown>).critcal = true
      expect(problemsOf(q)).toEqual([
        { path: `${Q}[1].critcal`, message: 'unknown field: check its spelling or remove it' },
      ])
    })

    it('asks for a per-language text where a plain string was written', () => {
      const q = example()
      ;(questionAt(q, 0) as { guidance: unknown }).guidance = 'What good looks like'
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[0].guidance`,
          message: 'a text for each language is required, such as {"en": "…"}, but this is a text',
        },
      ])
    })

    it('keeps the schema’s own wording for required lists', () => {
      const q = example()
      questionAt(q, 2).evidencePrompts = []
      expect(problemsOf(q)).toEqual([
        { path: `${Q}[2].evidencePrompts`, message: 'at least one evidence prompt is required' },
      ])
    })

    it('requires exactly five maturity levels', () => {
      const q = example()
      const answer = questionAt(q, 1).answer
      if (answer.type !== 'maturity') throw new Error('question 1 of the example is not maturity')
      answer.levels = answer.levels.slice(0, 4)
      expect(problemsOf(q)).toEqual([
        { path: `${Q}[1].answer.levels`, message: 'describe exactly five levels, from 0 to 4' },
      ])
    })

    it('rejects a version that is not semantic', () => {
      const q = example()
      q.version = 'v1'
      expect(problemsOf(q)).toEqual([
        { path: 'version', message: 'a semantic version such as "1.0.0" is required' },
      ])
    })
  })

  describe('unique ids', () => {
    it('rejects two questions with the same id, naming the first use', () => {
      const q = example()
      questionAt(q, 2).id = '7.4-P1'
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[2].id`,
          message: `the question id "7.4-P1" is already used at ${Q}[1]: give each question its own id`,
        },
      ])
    })

    it('rejects question ids repeated across units', () => {
      const q = example()
      const unit = structuredClone(unitOf(q))
      unit.id = '7.5'
      q.articles[0]?.units.push(unit)
      const problems = problemsOf(q)
      expect(problems).toHaveLength(4)
      expect(problems[0]).toEqual({
        path: 'articles[0].units[1].questions[0].id',
        message: `the question id "7.4-S1" is already used at ${Q}[0]: give each question its own id`,
      })
    })

    it('rejects two units with the same id', () => {
      const q = example()
      const unit = structuredClone(unitOf(q))
      unit.questions.forEach((question) => (question.id = `copy-${question.id}`))
      q.articles[0]?.units.push(unit)
      expect(problemsOf(q)).toEqual([
        {
          path: 'articles[0].units[1].id',
          message:
            'the unit id "7.4" is already used at articles[0].units[0]: give each unit its own id',
        },
      ])
    })

    it('rejects two articles with the same id', () => {
      const q = example()
      const article = structuredClone(q.articles[0])
      if (!article) throw new Error('no article')
      article.units[0]!.id = '8.1'
      article.units[0]!.questions.forEach((question) => (question.id = `copy-${question.id}`))
      q.articles.push(article)
      expect(problemsOf(q)).toEqual([
        {
          path: 'articles[1].id',
          message:
            'the article id "7" is already used at articles[0]: give each article its own id',
        },
      ])
    })

    it('rejects two checklist items with the same id', () => {
      const q = example()
      const answer = questionAt(q, 2).answer
      if (answer.type !== 'checklist')
        throw new Error('question 2 of the example is not a checklist')
      answer.items[3]!.id = 'cso'
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[2].answer.items[3].id`,
          message: `the checklist item id "cso" is already used at ${Q}[2].answer.items[0]: give each checklist item its own id`,
        },
      ])
    })
  })

  describe('languages', () => {
    it('names the missing language and where it is missing', () => {
      const q = example()
      q.languages = ['en', 'fr']
      q.title = { en: 'Example', fr: 'Exemple' }
      const problems = problemsOf(q)
      expect(problems).toContainEqual({
        path: `${Q}[0].guidance`,
        message: 'the "fr" text is missing: every text needs each declared language (en, fr)',
      })
      expect(problems).not.toContainEqual(expect.objectContaining({ path: 'title' }))
      // Every piece of prose is checked, including answer settings.
      expect(problems).toContainEqual({
        path: `${Q}[3].answer.targetSource`,
        message: 'the "fr" text is missing: every text needs each declared language (en, fr)',
      })
      expect(problems).toContainEqual({
        path: `${Q}[1].answer.levels[4]`,
        message: 'the "fr" text is missing: every text needs each declared language (en, fr)',
      })
    })

    it('rejects a text in a language the file does not declare', () => {
      const q = example()
      questionAt(q, 0).guidance = { en: 'Guidance', es: 'Orientación' }
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[0].guidance.es`,
          message:
            '"es" is not a declared language (en): add it to "languages" or remove this text',
        },
      ])
    })

    it('rejects a language listed twice', () => {
      const q = example()
      q.languages = ['en', 'en']
      expect(problemsOf(q)).toEqual([
        { path: 'languages[1]', message: '"en" is listed twice: list each language once' },
      ])
    })
  })

  describe('number settings', () => {
    it('rejects a floor equal to the target', () => {
      const q = example()
      numberAnswer(q).target = 0
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[3].answer.target`,
          message:
            'the target must differ from the floor (0): the floor scores 0 and the target 100',
        },
      ])
    })

    it('rejects a floor or target outside min and max', () => {
      const q = example()
      numberAnswer(q).target = 150
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[3].answer.target`,
          message: 'the target (150) must lie between min (0) and max (100)',
        },
      ])
    })

    it('rejects min not below max', () => {
      const q = example()
      numberAnswer(q).min = 100
      expect(problemsOf(q)).toEqual([
        { path: `${Q}[3].answer.max`, message: 'max (100) must be greater than min (100)' },
      ])
    })

    it('rejects a target on the wrong side of the floor for the direction', () => {
      const q = example()
      numberAnswer(q).direction = 'lower-is-better'
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[3].answer.target`,
          message: 'lower is better, so the target (50) must be below the floor (0)',
        },
      ])
    })

    it('requires a band for direction "band"', () => {
      const q = example()
      numberAnswer(q).direction = 'band'
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[3].answer.band`,
          message:
            'direction "band" needs a band: add {"min": …, "max": …} for the range that scores 100',
        },
      ])
    })

    it('accepts a well-formed band', () => {
      const q = example()
      Object.assign(numberAnswer(q), {
        direction: 'band',
        band: { min: 40, max: 60 },
        ceiling: 100,
      })
      expect(validateQuestionnaire(q).ok).toBe(true)
    })

    it('rejects a band outside the scale', () => {
      const q = example()
      Object.assign(numberAnswer(q), { direction: 'band', band: { min: 40, max: 120 } })
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[3].answer.band.max`,
          message: 'the band maximum (120) must lie between min (0) and max (100)',
        },
      ])
    })

    it('rejects a band whose minimum is above its maximum', () => {
      const q = example()
      Object.assign(numberAnswer(q), { direction: 'band', band: { min: 60, max: 40 } })
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[3].answer.band`,
          message: 'the band minimum (60) must not be above the band maximum (40)',
        },
      ])
    })

    it('rejects a target outside the band', () => {
      const q = example()
      Object.assign(numberAnswer(q), { direction: 'band', band: { min: 60, max: 80 } })
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[3].answer.target`,
          message: 'the target (50) must lie inside the band (60 to 80)',
        },
      ])
    })

    it('rejects a band on a question that is not scored by band', () => {
      const q = example()
      Object.assign(numberAnswer(q), { band: { min: 40, max: 60 } })
      expect(problemsOf(q)).toEqual([
        {
          path: `${Q}[3].answer.band`,
          message: 'a band is only used with direction "band": remove it or change the direction',
        },
      ])
    })
  })

  describe('indicator types per unit', () => {
    it('requires a structural question in every unit', () => {
      const q = example()
      questionAt(q, 0).indicator = 'outcome'
      expect(problemsOf(q)).toEqual([
        { path: `${Q}`, message: 'add a structural question: every unit needs at least one' },
      ])
    })

    it('requires a process question in every unit', () => {
      const q = example()
      questionAt(q, 1).indicator = 'structural'
      questionAt(q, 2).indicator = 'outcome'
      expect(problemsOf(q)).toEqual([
        { path: `${Q}`, message: 'add a process question: every unit needs at least one' },
      ])
    })
  })

  it('reports every problem at once, not only the first', () => {
    const q = example()
    questionAt(q, 2).id = '7.4-P1'
    numberAnswer(q).target = 0
    q.languages = ['en', 'fr']
    const problems = problemsOf(q)
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([`${Q}[2].id`, `${Q}[3].answer.target`, 'title']),
    )
  })
})

describe('formatProblems', () => {
  it('prints one "path: message" line per problem', () => {
    expect(
      formatProblems([
        {
          path: 'articles[2].units[0].questions[3].answer.target',
          message: 'a number is required',
        },
        { path: '', message: 'a questionnaire must be a JSON object' },
      ]),
    ).toBe(
      'articles[2].units[0].questions[3].answer.target: a number is required\na questionnaire must be a JSON object',
    )
  })
})

describe('questionnaires/README.md', () => {
  it('shows the committed minimal example, which is valid', () => {
    const readme = readFileSync('questionnaires/README.md', 'utf8')
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '')
    const shown = blocks.at(-1)
    expect(shown).toBeDefined()
    expect(JSON.parse(shown ?? '')).toEqual(JSON.parse(exampleText))
    expect(validateQuestionnaire(JSON.parse(shown ?? '')).ok).toBe(true)
  })
})
