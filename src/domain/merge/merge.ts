// Merging section files into one assessment: a preview first (each question new, identical or in
// conflict), then the merge exactly as previewed with the user's choice for every conflict.
// Nothing is overwritten silently, and both steps are pure: undo is the caller keeping the
// assessment it had before.
import type { Answer, Assessment } from '@/domain/assessment/schema'

export type MergeStatus = 'new' | 'identical' | 'conflict'

/** One distinct incoming answer and every source file (index into `incoming`) that gave it. */
export interface MergeCandidate {
  sources: number[]
  answer: Answer
}

export interface MergeEntry {
  questionId: string
  status: MergeStatus
  /** The base assessment's answer, when it has one. */
  base?: Answer
  /** Distinct answers from the incoming files, in order of their first source. */
  candidates: MergeCandidate[]
  /** For "new" and "identical": the answer the merged assessment will hold. */
  result?: Answer
}

export interface MergeSource {
  index: number
  assessmentId: string
  name?: string
  organisation: string
  questionnaire: { id: string; version: string }
}

export interface MergePreview {
  baseId: string
  sources: MergeSource[]
  /** Questions answered in at least one incoming file, in order of first appearance. */
  entries: MergeEntry[]
  counts: Record<MergeStatus, number>
  /** Differences the user should know about that do not prevent the merge. */
  warnings: string[]
}

/** For each conflict: keep the base answer, or take the answer of the source file at this index. */
export type MergeResolutions = Record<string, 'base' | number>

/** An answer with nothing in it, as section files write for questions left to others. */
export function isBlankAnswer(answer: Answer | undefined): boolean {
  if (!answer) return true
  return (
    answer.value === undefined &&
    answer.special === undefined &&
    answer.target === undefined &&
    answer.evidence.length === 0 &&
    !answer.comment?.trim() &&
    !answer.reason?.trim() &&
    answer.confidence === undefined
  )
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical)
    // Order carries no meaning in checklist values or evidence lists, so it cannot make a conflict.
    return items.map((item) => JSON.stringify(item)).sort()
  }
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(source).sort()) {
      if (source[key] !== undefined) out[key] = canonical(source[key])
    }
    return out
  }
  return value
}

/** True when two answers say the same thing (ignoring the order of list items). */
export function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  const blankA = isBlankAnswer(a)
  const blankB = isBlankAnswer(b)
  if (blankA || blankB) return blankA === blankB
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

function present(answer: Answer | undefined): Answer | undefined {
  return isBlankAnswer(answer) ? undefined : answer
}

/** Lists what merging `incoming` into `base` would do, question by question. */
export function previewMerge(base: Assessment, incoming: readonly Assessment[]): MergePreview {
  const warnings: string[] = []
  incoming.forEach((other, index) => {
    const file = `File ${index + 1} (${other.name ?? other.id})`
    if (other.questionnaire.id !== base.questionnaire.id) {
      throw new Error(
        `${file} answers questionnaire "${other.questionnaire.id}", not "${base.questionnaire.id}": it cannot be merged.`,
      )
    }
    if (other.questionnaire.version !== base.questionnaire.version) {
      warnings.push(
        `${file} uses questionnaire version ${other.questionnaire.version}; the base uses ${base.questionnaire.version}. Answers are matched by question id.`,
      )
    }
    if (other.meta.state.trim() !== base.meta.state.trim()) {
      warnings.push(
        `${file} assesses "${other.meta.state}"; the base assesses "${base.meta.state}".`,
      )
    }
    if (other.meta.respondent !== base.meta.respondent) {
      warnings.push(
        `${file} is a ${other.meta.respondent} assessment; the base is a ${base.meta.respondent} assessment.`,
      )
    }
    if (
      other.meta.period.from !== base.meta.period.from ||
      other.meta.period.to !== base.meta.period.to
    ) {
      warnings.push(
        `${file} covers ${other.meta.period.from} to ${other.meta.period.to}; the base covers ${base.meta.period.from} to ${base.meta.period.to}.`,
      )
    }
  })

  const order: string[] = []
  const byQuestion = new Map<string, MergeCandidate[]>()
  incoming.forEach((other, index) => {
    for (const [questionId, answer] of Object.entries(other.answers)) {
      if (isBlankAnswer(answer)) continue
      let candidates = byQuestion.get(questionId)
      if (!candidates) {
        candidates = []
        byQuestion.set(questionId, candidates)
        order.push(questionId)
      }
      const same = candidates.find((c) => sameAnswer(c.answer, answer))
      if (same) same.sources.push(index)
      else candidates.push({ sources: [index], answer })
    }
  })

  const counts: Record<MergeStatus, number> = { new: 0, identical: 0, conflict: 0 }
  const entries = order.map((questionId): MergeEntry => {
    const candidates = byQuestion.get(questionId) ?? []
    const baseAnswer = present(base.answers[questionId])
    const entry: MergeEntry = { questionId, status: 'conflict', candidates }
    if (baseAnswer) entry.base = baseAnswer
    const only = candidates.length === 1 ? candidates[0] : undefined
    if (only && !baseAnswer) {
      entry.status = 'new'
      entry.result = only.answer
    } else if (only && baseAnswer && sameAnswer(baseAnswer, only.answer)) {
      entry.status = 'identical'
      entry.result = baseAnswer
    }
    counts[entry.status]++
    return entry
  })

  return {
    baseId: base.id,
    sources: incoming.map((other, index) => {
      const source: MergeSource = {
        index,
        assessmentId: other.id,
        organisation: other.meta.organisation,
        questionnaire: other.questionnaire,
      }
      if (other.name !== undefined) source.name = other.name
      return source
    }),
    entries,
    counts,
    warnings,
  }
}

/** Resolves every conflict the same way: the earliest answer (base first) or the latest file's. */
export function preferResolutions(
  preview: MergePreview,
  prefer: 'first' | 'last',
): MergeResolutions {
  const resolutions: MergeResolutions = {}
  for (const entry of preview.entries) {
    if (entry.status !== 'conflict') continue
    const sources = entry.candidates.flatMap((c) => c.sources)
    if (prefer === 'first')
      resolutions[entry.questionId] = entry.base ? 'base' : Math.min(...sources)
    else resolutions[entry.questionId] = Math.max(...sources)
  }
  return resolutions
}

/** The answer a preview entry leads to under a resolution; undefined when the conflict is open. */
export function resolvedAnswer(
  entry: MergeEntry,
  resolution: 'base' | number | undefined,
): Answer | undefined {
  if (entry.status !== 'conflict') return entry.result
  if (resolution === undefined) return undefined
  if (resolution === 'base') return entry.base
  return entry.candidates.find((c) => c.sources.includes(resolution))?.answer
}

/**
 * Applies a preview to the base it was made from. Throws, changing nothing, when a conflict is
 * unresolved, a resolution names a file that did not answer the question, or the base changed
 * since the preview.
 */
export function applyMerge(
  base: Assessment,
  preview: MergePreview,
  resolutions: MergeResolutions,
  now?: string,
): Assessment {
  if (base.id !== preview.baseId) {
    throw new Error(
      `This merge preview was made for assessment "${preview.baseId}", not "${base.id}".`,
    )
  }
  const unresolved: string[] = []
  const answers: Record<string, Answer> = { ...base.answers }
  for (const entry of preview.entries) {
    if (!sameAnswer(present(base.answers[entry.questionId]), entry.base)) {
      throw new Error(
        `The answer to ${entry.questionId} changed after the merge preview was made; preview the merge again.`,
      )
    }
    const resolution = resolutions[entry.questionId]
    if (entry.status === 'conflict') {
      if (resolution === undefined) {
        unresolved.push(entry.questionId)
        continue
      }
      if (resolution === 'base' && !entry.base) {
        throw new Error(
          `${entry.questionId}: the base has no answer to keep; choose the answer of file ${entry.candidates
            .flatMap((c) => c.sources)
            .map((s) => s + 1)
            .join(' or ')}.`,
        )
      }
      if (
        typeof resolution === 'number' &&
        !entry.candidates.some((c) => c.sources.includes(resolution))
      ) {
        throw new Error(
          `${entry.questionId}: file ${resolution + 1} does not answer this question.`,
        )
      }
    }
    const answer = resolvedAnswer(entry, resolution)
    if (answer) answers[entry.questionId] = answer
  }
  if (unresolved.length > 0) {
    throw new Error(
      `Resolve the conflict${unresolved.length === 1 ? '' : 's'} on ${unresolved.join(', ')} before merging.`,
    )
  }
  return { ...base, answers, updatedAt: now ?? base.updatedAt }
}
