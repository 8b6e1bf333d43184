// Entry point of the questionnaire domain: the file format, its validator, and the look-ups and
// text helpers that screens, scoring and reports share, so they all walk the questionnaire alike.
import type { Article, LocalizedText, Question, Questionnaire, Unit } from './schema'

export * from './schema'
export * from './validate'

/**
 * The text in `lang`, else in `fallback`, else in whichever language the text has first, so a
 * partly translated custom questionnaire still shows something rather than a blank.
 */
export function localize(text: LocalizedText, lang: string, fallback = 'en'): string {
  return text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? ''
}

export interface UnitLocation {
  unit: Unit
  article: Article
}

export interface QuestionLocation extends UnitLocation {
  question: Question
}

/** Every unit with its article, in questionnaire order. */
export function allUnits(q: Questionnaire): UnitLocation[] {
  return q.articles.flatMap((article) => article.units.map((unit) => ({ unit, article })))
}

/** Every question, in questionnaire order. */
export function allQuestions(q: Questionnaire): Question[] {
  return q.articles.flatMap((article) => article.units.flatMap((unit) => unit.questions))
}

/** Every question with its unit and article, in questionnaire order. */
export function allQuestionLocations(q: Questionnaire): QuestionLocation[] {
  return allUnits(q).flatMap(({ unit, article }) =>
    unit.questions.map((question) => ({ question, unit, article })),
  )
}

export function findUnit(q: Questionnaire, unitId: string): UnitLocation | undefined {
  for (const article of q.articles) {
    const unit = article.units.find((u) => u.id === unitId)
    if (unit) return { unit, article }
  }
  return undefined
}

/** The question with this id, with its unit and article. */
export function findQuestion(q: Questionnaire, questionId: string): QuestionLocation | undefined {
  for (const article of q.articles) {
    for (const unit of article.units) {
      const question = unit.questions.find((qu) => qu.id === questionId)
      if (question) return { question, unit, article }
    }
  }
  return undefined
}
