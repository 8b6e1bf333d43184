// "Import section files" for one assessment (#/a/<id>/merge): choose several files, see for each
// question whether its answer is new, identical or in conflict, resolve every conflict question
// by question, apply exactly what the preview shows, and undo it if needed. Files exported with a
// passphrase are opened first, each with its own passphrase, keeping the other files chosen.
// Nothing in the assessment changes before "Apply merge", and never without the user's choice on
// a conflict.
import {
  useContext,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Answer, Assessment } from '@/domain/assessment/schema'
import {
  allQuestionLocations,
  findQuestion,
  localize,
  type Question,
  type Questionnaire,
} from '@/domain/questionnaire'
import type { MergeEntry, MergePreview, MergeResolutions } from '@/domain/merge'
import { useFormatters } from '@/lib/i18n'
import { DeviceStorageContext } from '@/lib/storage/device-storage'
import { useQuestionnaire } from '@/lib/questionnaire-source'
import { Button, ButtonLink } from '@/lib/ui/button'
import { ErrorSummary, type FieldError } from '@/lib/ui/error-summary'
import { Fieldset, TextField } from '@/lib/ui/form-fields'
import { isolateInRtl } from '@/lib/ui/in-language'
import { href, paths, type RouteProps } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { Tag, type TagTone } from '@/lib/ui/tag'
import { useAssessment, useWorkspaceStore } from '@/lib/ui/workspace'
import { describeAnswer } from '@/lib/ui/answer-text'
import { formatList } from '@/lib/ui/score-format'
import {
  buildPreview,
  changedAnswers,
  commitMerge,
  mergeWarnings,
  parseChosenFiles,
  readChosenFiles,
  undoMerge,
  unlockFiles,
  type AnswerChange,
  type ChosenFile,
  type FileProblem,
  type MergeSourceFile,
} from '@/features/merge/merge-model'
import '@/lib/ui/data-table.css'
import '@/features/merge/merge.css'

const FILES_ID = 'merge-files'
const passphraseId = (index: number) => `merge-passphrase-${index}`

type Phase =
  | { kind: 'choose' }
  | {
      kind: 'passphrase'
      chosen: ChosenFile[]
      /** The text of each encrypted file already opened, by its index in `chosen`. */
      opened: Record<number, string>
    }
  | {
      kind: 'preview'
      seen: Assessment
      sources: MergeSourceFile[]
      preview: MergePreview
      warnings: string[]
    }
  | {
      kind: 'applied'
      previous: Assessment
      merged: Assessment
      changes: AnswerChange[]
      snapshotTaken: boolean
    }
  | { kind: 'undone' }

const STATUS_TONES: Record<MergeEntry['status'], TagTone> = {
  new: 'green',
  identical: 'grey',
  conflict: 'red',
}

function sourceLabel(sources: readonly MergeSourceFile[], index: number, t: TFunction): string {
  const s = sources[index]
  if (!s) return t('merge.fileNumber', { n: index + 1 })
  return s.countInFile > 1
    ? t('merge.fileLabelPart', {
        n: index + 1,
        name: s.fileName,
        position: s.position,
        count: s.countInFile,
      })
    : t('merge.fileLabel', { n: index + 1, name: s.fileName })
}

function filesOf(indices: readonly number[], language: string, t: TFunction): string {
  return formatList(
    language,
    indices.map((i) => t('merge.fileNumber', { n: i + 1 })),
  )
}

function StatusTag({ status }: { status: MergeEntry['status'] }) {
  const { t } = useTranslation()
  return (
    <Tag tone={STATUS_TONES[status]}>
      <span aria-hidden="true">{t(`merge.statusIcon.${status}`)}</span>{' '}
      {t(`merge.status.${status}`)}
    </Tag>
  )
}

/** An answer in full: value, evidence and comment, so two answers can be weighed side by side. */
function AnswerDetails({
  question,
  answer,
  language,
}: {
  question: Question | undefined
  answer: Answer | undefined
  language: string
}) {
  const { t } = useTranslation()
  if (!answer) return <p className="merge-answer__none">{t('merge.noCurrent')}</p>
  return (
    <div className="merge-answer">
      <p className="merge-answer__value">
        {describeAnswer(question, answer, undefined, language, t)}
      </p>
      {answer.evidence.length > 0 ? (
        <ul
          className="merge-answer__evidence"
          aria-label={t('merge.evidenceCount', { count: answer.evidence.length })}
        >
          {answer.evidence.map((e) => (
            <li key={e.id}>
              {t(`answerText.evidenceKind.${e.kind}`)}: {e.text}
              {/* Shown as text, never as a link: the address comes from someone else's file. */}
              {e.url ? ` (${e.url})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="merge-answer__meta">{t('answerText.noEvidence')}</p>
      )}
      {answer.comment?.trim() ? (
        <p className="merge-answer__meta merge-answer__comment">
          {t('answerText.comment')}: {answer.comment}
        </p>
      ) : null}
      {answer.confidence ? (
        <p className="merge-answer__meta">
          {t('answerText.confidence', { level: t(`confidence.${answer.confidence}`) })}
        </p>
      ) : null}
    </div>
  )
}

function questionTitle(
  question: Question | undefined,
  id: string,
  respondent: Assessment['meta']['respondent'],
  language: string,
  t: TFunction,
): string {
  if (!question) return t('merge.unknownQuestion', { id })
  return `${id} ${localize(respondent === 'shadow' ? question.text.shadow : question.text.state, language)}`
}

function ConflictField({
  entry,
  question,
  base,
  sources,
  language,
  value,
  onChange,
}: {
  entry: MergeEntry
  question: Question | undefined
  base: Assessment
  sources: readonly MergeSourceFile[]
  language: string
  value: 'base' | number | undefined
  onChange: (value: 'base' | number) => void
}) {
  const { t } = useTranslation()
  const name = useId()
  const fieldId = `merge-conflict-${entry.questionId.replace(/[^A-Za-z0-9_-]/g, '_')}`
  const options: {
    key: string
    value: 'base' | number
    title: string
    answer: Answer | undefined
    detail?: string
  }[] = []
  if (entry.base)
    options.push({ key: 'base', value: 'base', title: t('merge.keepCurrent'), answer: entry.base })
  for (const c of entry.candidates) {
    const first = c.sources[0] ?? 0
    options.push({
      key: `file-${first}`,
      value: first,
      title: t('merge.takeFile', { files: filesOf(c.sources, language, t) }),
      answer: c.answer,
      detail: formatList(
        language,
        c.sources.map((i) => sourceLabel(sources, i, t)),
      ),
    })
  }
  return (
    <div className="merge-conflict" data-question-id={entry.questionId}>
      <Fieldset
        id={fieldId}
        legend={
          <>
            <StatusTag status="conflict" /> {t('merge.conflictLegend', { id: entry.questionId })}
          </>
        }
        hint={questionTitle(question, entry.questionId, base.meta.respondent, language, t)}
        legendClassName="legend merge-conflict__legend"
      >
        <div className="merge-options">
          {options.map((o, i) => {
            const id = i === 0 ? fieldId : `${fieldId}-${o.key}`
            const checked = value === o.value
            return (
              <div key={o.key} className={`merge-option${checked ? ' merge-option--checked' : ''}`}>
                <div className="radio">
                  <input
                    id={id}
                    type="radio"
                    className="choice-input"
                    name={name}
                    value={String(o.value)}
                    checked={checked}
                    onChange={() => onChange(o.value)}
                    aria-describedby={`${id}-answer`}
                  />
                  <label className="choice-label" htmlFor={id}>
                    {o.title}
                  </label>
                </div>
                <div id={`${id}-answer`} className="merge-option__answer">
                  {o.detail ? <p className="merge-answer__meta">{o.detail}</p> : null}
                  <AnswerDetails question={question} answer={o.answer} language={language} />
                </div>
              </div>
            )
          })}
        </div>
      </Fieldset>
    </div>
  )
}

/** New or identical answers: each taken as it is, so shown without a choice. */
function EntryList({
  entries,
  questionOf,
  ...context
}: {
  entries: readonly MergeEntry[]
  questionOf: (id: string) => Question | undefined
  base: Assessment
  sources: readonly MergeSourceFile[]
  language: string
}) {
  return (
    <ul className="merge-entries">
      {entries.map((entry) => (
        <EntryRow
          key={entry.questionId}
          entry={entry}
          question={questionOf(entry.questionId)}
          {...context}
        />
      ))}
    </ul>
  )
}

function EntryRow({
  entry,
  question,
  base,
  sources,
  language,
}: {
  entry: MergeEntry
  question: Question | undefined
  base: Assessment
  sources: readonly MergeSourceFile[]
  language: string
}) {
  const { t } = useTranslation()
  const from = entry.candidates[0]?.sources ?? []
  return (
    <li className="merge-entry" data-question-id={entry.questionId} data-status={entry.status}>
      <p className="merge-entry__title">
        <StatusTag status={entry.status} />{' '}
        <strong>
          {questionTitle(question, entry.questionId, base.meta.respondent, language, t)}
        </strong>
      </p>
      <p className="merge-answer__meta">
        {t('merge.fromFiles', {
          files: formatList(
            language,
            from.map((i) => sourceLabel(sources, i, t)),
          ),
        })}
      </p>
      <AnswerDetails question={question} answer={entry.result} language={language} />
    </li>
  )
}

function Preview({
  phase,
  questionnaire,
  language,
  resolutions,
  setResolution,
  onApply,
  onCancel,
  busy,
  headingRef,
}: {
  phase: Extract<Phase, { kind: 'preview' }>
  questionnaire: Questionnaire
  language: string
  resolutions: MergeResolutions
  setResolution: (questionId: string, value: 'base' | number) => void
  onApply: () => void
  onCancel: () => void
  busy: boolean
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const { t } = useTranslation()
  const { preview, sources, seen } = phase
  const order = new Map(
    allQuestionLocations(questionnaire).map(({ question }, i) => [question.id, i]),
  )
  const sorted = [...preview.entries].sort(
    (x, y) => (order.get(x.questionId) ?? Infinity) - (order.get(y.questionId) ?? Infinity),
  )
  const of = (status: MergeEntry['status']) => sorted.filter((e) => e.status === status)
  const conflicts = of('conflict')
  const fresh = of('new')
  const identical = of('identical')
  const remaining = conflicts.filter((e) => resolutions[e.questionId] === undefined).length
  const questionOf = (id: string) => findQuestion(questionnaire, id)?.question
  const entryContext = { questionOf, base: seen, sources, language }

  return (
    <section className="merge-preview" aria-labelledby="merge-preview-title">
      <h2 id="merge-preview-title" ref={headingRef} tabIndex={-1}>
        {t('merge.previewHeading')}
      </h2>
      <div className="data-table-wrap">
        <table className="data-table">
          <caption>{t('merge.sourcesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('merge.fileColumn')}</th>
              <th scope="col">{t('merge.fromColumn')}</th>
              <th scope="col">{t('merge.answersColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s, i) => (
              <tr key={`${s.fileName}-${i}`}>
                <th scope="row">{sourceLabel(sources, i, t)}</th>
                <td>
                  {s.assessment.name?.trim() || s.assessment.meta.state} ·{' '}
                  {t(`respondent.${s.assessment.meta.respondent}`)} ·{' '}
                  {s.assessment.meta.organisation}
                </td>
                <td>
                  {t('merge.answersCount', {
                    count: preview.entries.filter((e) =>
                      e.candidates.some((c) => c.sources.includes(i)),
                    ).length,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="merge-counts" data-testid="merge-counts">
        {preview.entries.length === 0
          ? t('merge.nothing')
          : t('merge.counts', {
              new: preview.counts.new,
              identical: preview.counts.identical,
              conflict: preview.counts.conflict,
            })}
      </p>
      {phase.warnings.length > 0 ? (
        <div className="merge-warnings" role="region" aria-labelledby="merge-warnings-title">
          <h3 id="merge-warnings-title">{t('merge.warningsHeading')}</h3>
          <ul>
            {phase.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {conflicts.length > 0 ? (
        <section className="merge-group" aria-labelledby="merge-conflicts-title">
          <h3 id="merge-conflicts-title">
            {t('merge.conflictsHeading', { count: conflicts.length })}
          </h3>
          <p>{t('merge.conflictIntro')}</p>
          {conflicts.map((entry) => (
            <ConflictField
              key={entry.questionId}
              entry={entry}
              question={questionOf(entry.questionId)}
              base={seen}
              sources={sources}
              language={language}
              value={resolutions[entry.questionId]}
              onChange={(v) => setResolution(entry.questionId, v)}
            />
          ))}
        </section>
      ) : null}

      {fresh.length > 0 ? (
        <section className="merge-group" aria-labelledby="merge-new-title">
          <h3 id="merge-new-title">{t('merge.newHeading', { count: fresh.length })}</h3>
          <p>{t('merge.newIntro')}</p>
          <EntryList entries={fresh} {...entryContext} />
        </section>
      ) : null}

      {identical.length > 0 ? (
        <section className="merge-group" aria-labelledby="merge-identical-title">
          <h3 id="merge-identical-title">
            {t('merge.identicalHeading', { count: identical.length })}
          </h3>
          <p>{t('merge.identicalIntro')}</p>
          <details className="merge-details">
            <summary>{t('merge.identicalHeading', { count: identical.length })}</summary>
            <EntryList entries={identical} {...entryContext} />
          </details>
        </section>
      ) : null}

      <div className="merge-apply">
        <p id="merge-remaining" role="status" className="merge-remaining">
          {conflicts.length === 0
            ? ''
            : remaining > 0
              ? t('merge.remaining', { count: remaining })
              : t('merge.allResolved')}
        </p>
        <div className="button-group">
          <Button
            onClick={onApply}
            disabled={remaining > 0 || busy || preview.entries.length === 0}
            aria-describedby={conflicts.length > 0 ? 'merge-remaining' : undefined}
          >
            {t('merge.apply')}
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            {t('merge.cancel')}
          </Button>
        </div>
      </div>
    </section>
  )
}

function ChangesTable({
  changes,
  questionnaire,
  respondent,
  language,
}: {
  changes: readonly AnswerChange[]
  questionnaire: Questionnaire
  respondent: Assessment['meta']['respondent']
  language: string
}) {
  const { t } = useTranslation()
  return (
    <div className="data-table-wrap">
      <table className="data-table merge-table--changes" data-testid="merge-changes">
        <caption>{t('merge.changedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('merge.question')}</th>
            <th scope="col">{t('merge.before')}</th>
            <th scope="col">{t('merge.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => {
            const question = findQuestion(questionnaire, c.questionId)?.question
            return (
              <tr key={c.questionId} data-question-id={c.questionId}>
                <th scope="row">
                  {questionTitle(question, c.questionId, respondent, language, t)}
                </th>
                <td>{describeAnswer(question, c.before, undefined, language, t)}</td>
                <td>{describeAnswer(question, c.after, undefined, language, t)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function Banner({
  tone,
  title,
  children,
  headingRef,
}: {
  tone: 'success' | 'error' | 'warning'
  title: string
  children?: ReactNode
  headingRef?: RefObject<HTMLHeadingElement | null>
}) {
  return (
    <div className={`merge-banner merge-banner--${tone}`}>
      <h2 className="merge-banner__title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </div>
  )
}

function MergeWorkspace({
  assessment,
  questionnaire,
}: {
  assessment: Assessment
  questionnaire: Questionnaire
}) {
  const { t, i18n } = useTranslation()
  const f = useFormatters()
  const store = useWorkspaceStore()
  const device = useContext(DeviceStorageContext)
  const language = i18n.language
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' })
  const [resolutions, setResolutions] = useState<MergeResolutions>({})
  const [errors, setErrors] = useState<FieldError[]>([])
  const [focusKey, setFocusKey] = useState(0)
  const [message, setMessage] = useState<string | undefined>()
  const [confirmUndo, setConfirmUndo] = useState(false)
  const [busy, setBusy] = useState(false)
  const [passphrases, setPassphrases] = useState<Record<number, string>>({})
  // Set at once on submit, before React redraws the disabled button: Enter pressed twice in a
  // passphrase field must not start a second round of key derivation.
  const working = useRef(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const questionOrder = allQuestionLocations(questionnaire).map(({ question }) => question.id)

  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus())
  const fail = (list: FieldError[]) => {
    setErrors(list)
    setFocusKey((k) => k + 1)
  }
  const failFiles = (problems: readonly FileProblem[]) =>
    fail(
      problems.map((p) => ({
        fieldId: FILES_ID,
        message: t('merge.errorFile', { file: p.fileName, message: p.message }),
      })),
    )

  const showPreview = (chosen: readonly ChosenFile[], opened: Readonly<Record<number, string>>) => {
    const { sources, problems } = parseChosenFiles(chosen, opened, questionnaire)
    if (problems.length > 0) {
      setPhase({ kind: 'choose' })
      failFiles(problems)
      return
    }
    const base = store.getState().assessments[assessment.id] ?? assessment
    const label = (i: number) => sourceLabel(sources, i, t)
    const outcome = buildPreview(base, sources, t, label)
    if (!outcome.ok) {
      setPhase({ kind: 'choose' })
      fail(outcome.messages.map((m) => ({ fieldId: FILES_ID, message: m })))
      return
    }
    setErrors([])
    setResolutions({})
    setPhase({
      kind: 'preview',
      seen: base,
      sources,
      preview: outcome.preview,
      warnings: mergeWarnings(base, sources, t, label, f.date),
    })
    focusHeading()
  }

  const readFiles = async (e: FormEvent) => {
    e.preventDefault()
    if (working.current) return
    setMessage(undefined)
    const files = [...(fileInput.current?.files ?? [])]
    if (files.length === 0) {
      fail([{ fieldId: FILES_ID, message: t('merge.errorNoFiles') }])
      return
    }
    working.current = true
    setBusy(true)
    const { chosen, problems } = await readChosenFiles(files)
    working.current = false
    setBusy(false)
    if (problems.length > 0) {
      failFiles(problems)
      return
    }
    if (chosen.some((file) => file.encrypted)) {
      setErrors([])
      setPassphrases({})
      setPhase({ kind: 'passphrase', chosen, opened: {} })
      focusHeading()
      return
    }
    showPreview(chosen, {})
  }

  const openEncrypted = async (e: FormEvent) => {
    e.preventDefault()
    if (phase.kind !== 'passphrase' || working.current) return
    const { chosen } = phase
    const locked = chosen.flatMap((file, index) =>
      file.encrypted && phase.opened[index] === undefined ? [index] : [],
    )
    const name = (index: number) => isolateInRtl(chosen[index]?.fileName ?? '', language)
    const empty = locked.filter((index) => !passphrases[index])
    if (empty.length > 0) {
      fail(
        empty.map((index) => ({
          fieldId: passphraseId(index),
          message: t('merge.passphraseMissing', { file: name(index) }),
        })),
      )
      return
    }
    working.current = true
    setBusy(true)
    const results = await unlockFiles(
      chosen,
      new Map(locked.map((index) => [index, passphrases[index] ?? ''])),
    )
    working.current = false
    setBusy(false)
    const opened = { ...phase.opened }
    const problems: FieldError[] = []
    for (const index of locked) {
      const result = results.get(index)
      if (result?.ok) opened[index] = result.plaintext
      else
        problems.push({
          fieldId: passphraseId(index),
          message:
            result?.reason === 'unreadable'
              ? t('merge.errorFile', { file: name(index), message: result.message })
              : t('merge.passphraseWrong', { file: name(index) }),
        })
    }
    // A passphrase that opened its file is not kept; a wrong one stays to be corrected.
    setPassphrases((typed) =>
      Object.fromEntries(Object.entries(typed).filter(([index]) => !(index in opened))),
    )
    if (problems.length > 0) {
      setPhase({ kind: 'passphrase', chosen, opened })
      fail(problems)
      return
    }
    showPreview(chosen, opened)
  }

  const chooseAgain = () => {
    setPhase({ kind: 'choose' })
    setErrors([])
    setPassphrases({})
  }

  const apply = async () => {
    if (phase.kind !== 'preview') return
    setBusy(true)
    const outcome = await commitMerge(
      store,
      device?.snapshots ?? null,
      phase.seen,
      phase.preview,
      resolutions,
    )
    setBusy(false)
    if (!outcome.ok) {
      setMessage(
        outcome.reason === 'snapshot-failed' ? t('merge.snapshotFailed') : t('merge.stale'),
      )
      if (outcome.reason !== 'snapshot-failed') setPhase({ kind: 'choose' })
      focusHeading()
      return
    }
    setPhase({
      kind: 'applied',
      previous: outcome.previous,
      merged: outcome.merged,
      changes: changedAnswers(outcome.previous, outcome.merged, questionOrder),
      snapshotTaken: outcome.snapshotTaken,
    })
    setConfirmUndo(false)
    focusHeading()
  }

  const undo = async (force: boolean) => {
    if (phase.kind !== 'applied') return
    const current = store.getState().assessments[assessment.id]
    if (current !== phase.merged && !force) {
      setConfirmUndo(true)
      return
    }
    setBusy(true)
    const outcome = await undoMerge(store, device?.snapshots ?? null, phase.previous)
    setBusy(false)
    if (!outcome.ok) {
      setMessage(t('merge.undoFailed'))
      return
    }
    setMessage(undefined)
    setPhase({ kind: 'undone' })
    focusHeading()
  }

  const plainFiles =
    phase.kind === 'passphrase' ? phase.chosen.filter((file) => !file.encrypted) : []

  const backLink = (
    <p>
      <a href={href(paths.taskList(assessment.id))}>{t('merge.backToTasks')}</a>
    </p>
  )

  return (
    <>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      {message ? (
        <div className="merge-banner merge-banner--error" role="alert">
          <p>{message}</p>
        </div>
      ) : null}

      {phase.kind === 'choose' ? (
        <>
          <p className="lead">{t('merge.intro')}</p>
          <form className="merge-form" onSubmit={(e) => void readFiles(e)} noValidate>
            <div className={`field${errors.length > 0 ? ' field--error' : ''}`}>
              <label className="label" htmlFor={FILES_ID}>
                {t('merge.filesLabel')}
              </label>
              <div id={`${FILES_ID}-hint`} className="hint">
                {t('merge.filesHint')}
              </div>
              {errors.length > 0 ? (
                <ul id={`${FILES_ID}-error`} className="error-message merge-file-errors">
                  {errors.map((e) => (
                    <li key={e.message}>{e.message}</li>
                  ))}
                </ul>
              ) : null}
              <input
                ref={fileInput}
                id={FILES_ID}
                type="file"
                multiple
                accept=".json,.isa,application/json,text/plain"
                className="file-input"
                aria-describedby={`${FILES_ID}-hint${errors.length > 0 ? ` ${FILES_ID}-error` : ''}`}
                aria-invalid={errors.length > 0 ? true : undefined}
              />
            </div>
            <Button type="submit" disabled={busy}>
              {t('merge.preview')}
            </Button>
            {busy ? <p role="status">{t('merge.reading')}</p> : null}
          </form>
          {backLink}
        </>
      ) : null}

      {phase.kind === 'passphrase' ? (
        <section className="merge-passphrase" aria-labelledby="merge-passphrase-title">
          <h2 id="merge-passphrase-title" ref={headingRef} tabIndex={-1}>
            {t('merge.passphraseHeading')}
          </h2>
          <p>{t('merge.passphraseIntro')}</p>
          {plainFiles.length > 0 ? (
            <p>
              {t('merge.plainKept', {
                count: plainFiles.length,
                files: formatList(
                  language,
                  plainFiles.map((file) => isolateInRtl(file.fileName, language)),
                ),
              })}
            </p>
          ) : null}
          <form
            className="merge-form"
            onSubmit={(e) => void openEncrypted(e)}
            noValidate
            aria-busy={busy || undefined}
          >
            {phase.chosen.map((file, index) => {
              if (!file.encrypted) return null
              const name = isolateInRtl(file.fileName, language)
              if (phase.opened[index] !== undefined)
                return (
                  <p key={index} className="merge-unlocked">
                    <span aria-hidden="true">✓</span> {t('merge.unlocked', { file: name })}
                  </p>
                )
              const id = passphraseId(index)
              return (
                <TextField
                  key={index}
                  id={id}
                  type="password"
                  autoComplete="current-password"
                  spellCheck={false}
                  label={t('merge.passphraseLabel', { file: name })}
                  hint={t('merge.passphraseHint')}
                  error={errors.find((e) => e.fieldId === id)?.message}
                  value={passphrases[index] ?? ''}
                  onChange={(e) => {
                    const value = e.target.value
                    setPassphrases((typed) => ({ ...typed, [index]: value }))
                  }}
                />
              )
            })}
            <div className="button-group">
              <Button type="submit" disabled={busy}>
                {t('merge.decrypt')}
              </Button>
              <Button variant="secondary" onClick={chooseAgain} disabled={busy}>
                {t('merge.cancel')}
              </Button>
            </div>
            <p role="status" className="merge-status">
              {busy ? t('merge.decrypting') : ''}
            </p>
          </form>
        </section>
      ) : null}

      {phase.kind === 'preview' ? (
        <Preview
          phase={phase}
          questionnaire={questionnaire}
          language={language}
          resolutions={resolutions}
          setResolution={(questionId, value) =>
            setResolutions((r) => ({ ...r, [questionId]: value }))
          }
          onApply={() => void apply()}
          onCancel={() => {
            setPhase({ kind: 'choose' })
            setResolutions({})
          }}
          busy={busy}
          headingRef={headingRef}
        />
      ) : null}

      {phase.kind === 'applied' ? (
        <>
          <Banner tone="success" title={t('merge.applied')} headingRef={headingRef}>
            <p data-testid="merge-applied-count" data-count={phase.changes.length}>
              {phase.changes.length === 0
                ? t('merge.appliedNone')
                : t('merge.appliedBody', { count: phase.changes.length })}
            </p>
            {phase.snapshotTaken ? <p>{t('merge.snapshotNote')}</p> : null}
            {confirmUndo ? (
              <div className="merge-banner merge-banner--warning" role="alert">
                <p>{t('merge.undoChanged')}</p>
                <Button variant="warning" onClick={() => void undo(true)} disabled={busy}>
                  {t('merge.undoConfirm')}
                </Button>
              </div>
            ) : null}
            <div className="button-group">
              <Button variant="secondary" onClick={() => void undo(false)} disabled={busy}>
                {t('merge.undo')}
              </Button>
              <ButtonLink variant="link" href={href(paths.taskList(assessment.id))}>
                {t('merge.backToTasks')}
              </ButtonLink>
            </div>
          </Banner>
          {phase.changes.length > 0 ? (
            <ChangesTable
              changes={phase.changes}
              questionnaire={questionnaire}
              respondent={assessment.meta.respondent}
              language={language}
            />
          ) : null}
        </>
      ) : null}

      {phase.kind === 'undone' ? (
        <Banner tone="success" title={t('merge.undone')} headingRef={headingRef}>
          <div className="button-group">
            <ButtonLink variant="secondary" href={href(paths.taskList(assessment.id))}>
              {t('merge.backToTasks')}
            </ButtonLink>
            <Button variant="link" onClick={() => setPhase({ kind: 'choose' })}>
              {t('merge.cancel')}
            </Button>
          </div>
        </Banner>
      ) : null}
    </>
  )
}

export function MergeScreen({ params }: RouteProps) {
  const { t } = useTranslation()
  const id = params.id ?? ''
  const assessment = useAssessment(id)
  const qs = useQuestionnaire(assessment?.questionnaire.id)
  if (!assessment) {
    return (
      <>
        <PageHeading>{t('ui.assessmentMissingTitle')}</PageHeading>
        <p>
          <a href={href(paths.library())}>{t('ui.backToLibrary')}</a>
        </p>
      </>
    )
  }
  const caption = `${assessment.name?.trim() || assessment.meta.state} · ${t(`respondent.${assessment.meta.respondent}`)}`
  return (
    <div className="merge">
      <p>
        <a className="back-link" href={href(paths.taskList(assessment.id))}>
          {t('merge.backToTasks')}
        </a>
      </p>
      <PageHeading caption={caption}>{t('merge.title')}</PageHeading>
      {qs.status === 'ready' ? (
        <MergeWorkspace assessment={assessment} questionnaire={qs.questionnaire} />
      ) : (
        <p role={qs.status === 'error' ? 'alert' : 'status'}>
          {qs.status === 'error' ? qs.message : t('merge.loadingQuestionnaire')}
        </p>
      )}
    </div>
  )
}
