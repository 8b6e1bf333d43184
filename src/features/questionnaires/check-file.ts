// What to do with a questionnaire file the user chose: refuse it (too large, not JSON, invalid,
// a copy of the built-in questionnaire), ask before replacing one already loaded, or store it.
// Nothing here writes; the screen stores the file only on a "new" or confirmed "replace" outcome.
// The validator is imported when a file is checked, never with the page (performance.md).
import type { Assessment } from '@/domain/assessment/schema'
import type { Questionnaire } from '@/domain/questionnaire/schema'
import type { Problem } from '@/domain/questionnaire/validate'
import {
  MAX_QUESTIONNAIRE_BYTES,
  type CustomQuestionnaireEntry,
} from '@/lib/storage/questionnaires'

export type FileCheck =
  | { kind: 'too-large' }
  | { kind: 'unreadable' }
  | { kind: 'not-json' }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'built-in'; questionnaire: Questionnaire }
  | { kind: 'replace'; questionnaire: Questionnaire; previous: CustomQuestionnaireEntry }
  | { kind: 'new'; questionnaire: Questionnaire }

/** The part of a File the check needs, so tests can pass a plain object. */
export interface ChosenFile {
  size: number
  text(): Promise<string>
}

export interface CheckContext {
  /** The shipped questionnaire, or undefined when it failed to load. */
  builtIn: Questionnaire | undefined
  custom: readonly CustomQuestionnaireEntry[]
  maxBytes?: number
}

export async function checkQuestionnaireFile(
  file: ChosenFile,
  context: CheckContext,
): Promise<FileCheck> {
  // Refused before reading: a file this size is no questionnaire and could stall the page.
  if (file.size > (context.maxBytes ?? MAX_QUESTIONNAIRE_BYTES)) return { kind: 'too-large' }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { kind: 'unreadable' }
  }
  let data: unknown
  try {
    // Editors on Windows may start the file with a byte-order mark, which JSON.parse rejects.
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { kind: 'not-json' }
  }
  const { validateQuestionnaire } = await import('@/domain/questionnaire/validate')
  const result = validateQuestionnaire(data)
  if (!result.ok) return { kind: 'invalid', problems: result.problems }
  const q = result.questionnaire
  if (context.builtIn && context.builtIn.id === q.id && context.builtIn.version === q.version) {
    return { kind: 'built-in', questionnaire: q }
  }
  const previous = context.custom.find(
    (e) => e.questionnaire.id === q.id && e.questionnaire.version === q.version,
  )
  return previous
    ? { kind: 'replace', questionnaire: q, previous }
    : { kind: 'new', questionnaire: q }
}

/**
 * The assessments that need this custom questionnaire: those made with this very version, and,
 * when no other version of the id would remain to open them, those made with another version.
 */
export function assessmentsUsing(
  target: Pick<Questionnaire, 'id' | 'version'>,
  assessments: readonly Assessment[],
  available: readonly Pick<Questionnaire, 'id' | 'version'>[],
): Assessment[] {
  const otherVersionRemains = available.some(
    (q) => q.id === target.id && q.version !== target.version,
  )
  return assessments.filter(
    (a) =>
      a.questionnaire.id === target.id &&
      (a.questionnaire.version === target.version || !otherVersionRemains),
  )
}
