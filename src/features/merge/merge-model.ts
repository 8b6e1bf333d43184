// The merge screen's data steps, apart from React: reading the chosen files, opening encrypted
// ones with their passphrases, parsing them into sources, checking them against the assessment
// (with messages in the reader's language), and carrying out or undoing a merge on the store
// with an undo snapshot first. Nothing here changes the library except `commitMerge` and
// `undoMerge`, and each of those re-checks that the assessment is still the one the user saw
// before it writes.
import type { StoreApi } from 'zustand'
import type { TFunction } from 'i18next'
import type { Answer, Assessment } from '@/domain/assessment/schema'
import type { Questionnaire } from '@/domain/questionnaire'
import { decryptFile, isEncryptedFile, parseAssessmentFile, WRONG_OR_ALTERED } from '@/domain/files'
import {
  applyMerge,
  previewMerge,
  sameAnswer,
  type MergePreview,
  type MergeResolutions,
} from '@/domain/merge'
import type { SnapshotStore } from '@/lib/storage/snapshots'
import type { WorkspaceState } from '@/lib/ui/workspace'

/** One assessment read from a chosen file; its position in `sources` is its index in the merge. */
export interface MergeSourceFile {
  fileName: string
  /** 1-based position inside its file, and how many assessments the file holds. */
  position: number
  countInFile: number
  assessment: Assessment
}

export interface FileProblem {
  fileName: string
  message: string
}

/** The part of a File the merge reads, so tests can pass plain objects. */
export interface ReadableFile {
  name: string
  arrayBuffer(): Promise<ArrayBuffer>
}

/** A chosen file's bytes, read once; an encrypted one is opened with its passphrase later. */
export interface ChosenFile {
  fileName: string
  bytes: Uint8Array
  encrypted: boolean
}

export async function readChosenFiles(
  files: readonly ReadableFile[],
): Promise<{ chosen: ChosenFile[]; problems: FileProblem[] }> {
  const chosen: ChosenFile[] = []
  const problems: FileProblem[] = []
  for (const file of files) {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      chosen.push({ fileName: file.name, bytes, encrypted: isEncryptedFile(bytes) })
    } catch (e) {
      problems.push({ fileName: file.name, message: e instanceof Error ? e.message : String(e) })
    }
  }
  return { chosen, problems }
}

export type UnlockResult =
  | { ok: true; plaintext: string }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'unreadable'; message: string }

/**
 * Opens encrypted files, each with its own passphrase: `passphrases` maps a file's index in
 * `chosen` to the passphrase typed for it, and only those files are tried. The keys are derived
 * side by side; browsers run Web Crypto's 600,000 PBKDF2 rounds off the page's thread, so the
 * page stays responsive meanwhile. A wrong passphrase and an altered file give the same answer,
 * as `decryptFile` cannot tell them apart.
 */
export async function unlockFiles(
  chosen: readonly ChosenFile[],
  passphrases: ReadonlyMap<number, string>,
): Promise<Map<number, UnlockResult>> {
  const entries = await Promise.all(
    [...passphrases].map(async ([index, passphrase]): Promise<[number, UnlockResult]> => {
      const file = chosen[index]
      if (!file) throw new RangeError(`no chosen file at index ${index}`)
      const result = await decryptFile(file.bytes, passphrase)
      if (result.ok) return [index, { ok: true, plaintext: result.plaintext }]
      return [
        index,
        result.message === WRONG_OR_ALTERED
          ? { ok: false, reason: 'wrong' }
          : { ok: false, reason: 'unreadable', message: result.message },
      ]
    }),
  )
  return new Map(entries)
}

/**
 * Reads the assessments of the chosen files, in the order chosen. `opened` holds the text of
 * each encrypted file that has been opened, by index; an encrypted file without it is a problem.
 */
export function parseChosenFiles(
  chosen: readonly ChosenFile[],
  opened: Readonly<Record<number, string>>,
  questionnaire: Questionnaire,
): { sources: MergeSourceFile[]; problems: FileProblem[] } {
  const sources: MergeSourceFile[] = []
  const problems: FileProblem[] = []
  chosen.forEach((file, index) => {
    const input = file.encrypted ? (opened[index] ?? file.bytes) : file.bytes
    const result = parseAssessmentFile(input, { questionnaires: [questionnaire] })
    if (!result.ok) {
      problems.push({ fileName: file.fileName, message: result.message })
      return
    }
    result.assessments.forEach((assessment, i) =>
      sources.push({
        fileName: file.fileName,
        position: i + 1,
        countInFile: result.assessments.length,
        assessment,
      }),
    )
  })
  return { sources, problems }
}

/** Things the user should know that do not stop the merge, in the reader's language. */
export function mergeWarnings(
  base: Assessment,
  sources: readonly MergeSourceFile[],
  t: TFunction,
  fileLabel: (i: number) => string,
  formatDate: (iso: string) => string,
): string[] {
  const warnings: string[] = []
  sources.forEach(({ assessment: other }, i) => {
    const file = fileLabel(i)
    if (other.questionnaire.version !== base.questionnaire.version) {
      warnings.push(
        t('merge.warnVersion', {
          file,
          theirs: other.questionnaire.version,
          ours: base.questionnaire.version,
        }),
      )
    }
    if (other.meta.state.trim().toLowerCase() !== base.meta.state.trim().toLowerCase()) {
      warnings.push(t('merge.warnState', { file, theirs: other.meta.state, ours: base.meta.state }))
    }
    if (other.meta.respondent !== base.meta.respondent) {
      warnings.push(
        t('merge.warnRespondent', {
          file,
          theirs: t(`respondent.${other.meta.respondent}`),
          ours: t(`respondent.${base.meta.respondent}`),
        }),
      )
    }
    if (
      other.meta.period.from !== base.meta.period.from ||
      other.meta.period.to !== base.meta.period.to
    ) {
      warnings.push(
        t('merge.warnPeriod', {
          file,
          from: formatDate(other.meta.period.from),
          to: formatDate(other.meta.period.to),
          baseFrom: formatDate(base.meta.period.from),
          baseTo: formatDate(base.meta.period.to),
        }),
      )
    }
  })
  return warnings
}

export type PreviewOutcome = { ok: true; preview: MergePreview } | { ok: false; messages: string[] }

export function buildPreview(
  base: Assessment,
  sources: readonly MergeSourceFile[],
  t: TFunction,
  fileLabel: (i: number) => string,
): PreviewOutcome {
  const wrong = sources.flatMap((s, i) =>
    s.assessment.questionnaire.id === base.questionnaire.id
      ? []
      : [
          t('merge.errorQuestionnaire', {
            file: fileLabel(i),
            theirs: s.assessment.questionnaire.id,
            ours: base.questionnaire.id,
          }),
        ],
  )
  if (wrong.length > 0) return { ok: false, messages: wrong }
  try {
    return {
      ok: true,
      preview: previewMerge(
        base,
        sources.map((s) => s.assessment),
      ),
    }
  } catch (e) {
    return { ok: false, messages: [e instanceof Error ? e.message : String(e)] }
  }
}

export interface AnswerChange {
  questionId: string
  before?: Answer
  after?: Answer
}

/** Answers that differ between two versions of an assessment, in the order of `order`. */
export function changedAnswers(
  before: Assessment,
  after: Assessment,
  order: readonly string[],
): AnswerChange[] {
  const ids = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)])
  const rank = new Map(order.map((id, i) => [id, i]))
  return [...ids]
    .filter((id) => !sameAnswer(before.answers[id], after.answers[id]))
    .sort((x, y) => (rank.get(x) ?? Infinity) - (rank.get(y) ?? Infinity) || x.localeCompare(y))
    .map((questionId) => {
      const change: AnswerChange = { questionId }
      const b = before.answers[questionId]
      const a = after.answers[questionId]
      if (b) change.before = b
      if (a) change.after = a
      return change
    })
}

export type CommitOutcome =
  | { ok: true; previous: Assessment; merged: Assessment; snapshotTaken: boolean }
  | { ok: false; reason: 'stale' | 'missing' }
  | { ok: false; reason: 'snapshot-failed'; error: unknown }

/**
 * Carries out the previewed merge with the user's resolutions: a snapshot of the current version
 * first (when the device offers snapshots), then the merged assessment in one store update.
 * `seen` is the version the preview was made from; if the assessment changed since, nothing is
 * written and the caller asks for a new preview.
 */
export async function commitMerge(
  store: StoreApi<WorkspaceState>,
  snapshots: SnapshotStore | null,
  seen: Assessment,
  preview: MergePreview,
  resolutions: MergeResolutions,
  now: () => Date = () => new Date(),
): Promise<CommitOutcome> {
  const current = store.getState().assessments[seen.id]
  if (!current) return { ok: false, reason: 'missing' }
  if (current !== seen) return { ok: false, reason: 'stale' }
  // Throws on an unresolved conflict; the screen never offers "Apply" before all are resolved.
  const merged = applyMerge(current, preview, resolutions, now().toISOString())
  let snapshotTaken = false
  if (snapshots) {
    try {
      await snapshots.take('import-replace', [current])
      snapshotTaken = true
    } catch (error) {
      return { ok: false, reason: 'snapshot-failed', error }
    }
  }
  // The snapshot took time: anything typed meanwhile would be lost, so check again.
  if (store.getState().assessments[seen.id] !== current) return { ok: false, reason: 'stale' }
  store.setState((s) => ({ assessments: { ...s.assessments, [merged.id]: merged } }))
  return { ok: true, previous: current, merged, snapshotTaken }
}

export type UndoOutcome = { ok: true; restored: Assessment } | { ok: false; error: unknown }

/**
 * Puts back the version from before the merge. A version that differs from it (the merged one,
 * or later edits) is snapshotted first, so the undo can itself be undone from the Files page.
 */
export async function undoMerge(
  store: StoreApi<WorkspaceState>,
  snapshots: SnapshotStore | null,
  previous: Assessment,
  now: () => Date = () => new Date(),
): Promise<UndoOutcome> {
  const current = store.getState().assessments[previous.id]
  if (current && snapshots) {
    try {
      await snapshots.take('restore', [current])
    } catch (error) {
      return { ok: false, error }
    }
  }
  // Marked as changed now: it is the newest version, and other tabs merge against it as such.
  const restored: Assessment = { ...previous, updatedAt: now().toISOString() }
  store.setState((s) => ({ assessments: { ...s.assessments, [restored.id]: restored } }))
  return { ok: true, restored }
}
