// Import: choose a file (plain or encrypted), see what would happen to each assessment in it —
// new, replaces your copy, or skipped and why — and only then apply it. The result is exactly the
// preview; if the library changed in between, the preview is made again instead. Every refusal
// is one message saying what is wrong and what to do, and the library is left untouched.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isolateInRtl } from '@/lib/ui/in-language'
import type { Assessment } from '@/domain/assessment/schema'
import {
  canonicalJson,
  decryptFile,
  isEncryptedFile,
  MAX_ENCRYPTED_BYTES,
  parseAssessmentFile,
  previewImport,
  type ImportPreview,
  type ImportPreviewItem,
} from '@/domain/files'
import type { Questionnaire } from '@/domain/questionnaire/schema'
import { useFormatters } from '@/lib/i18n'
import { knownQuestionnaires as availableQuestionnaires } from '@/lib/questionnaire-source'
import { useDeviceStorage } from '@/lib/storage/device-storage'
import { Button } from '@/lib/ui/button'
import { ErrorSummary } from '@/lib/ui/error-summary'
import { TextField } from '@/lib/ui/form-fields'
import { href, paths } from '@/lib/ui/navigation'
import { useWorkspace, useWorkspaceStore } from '@/lib/ui/workspace'
import { applyPreviewedImport } from '@/features/files/library-actions'
import { assessmentLabel } from '@/features/files/labels'

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'passphrase'; fileName: string; bytes: Uint8Array }
  | { kind: 'decrypting'; fileName: string; bytes: Uint8Array }
  | { kind: 'preview'; fileName: string; imported: Assessment[]; replaceNewer: boolean; migrated: boolean }
  | { kind: 'applying'; fileName: string }
  | { kind: 'done'; fileName: string; added: Assessment[]; replaced: Assessment[]; skipped: number }

interface Problem {
  /** The sentence from the file check (English: the file format's own wording). */
  message: string
  fromDomain: boolean
  fieldId: string
}

async function knownQuestionnaires(): Promise<Questionnaire[] | undefined> {
  // The built-in questionnaire and the custom ones loaded on this device; without any (the
  // built-in one failed to load) the file is still checked for shape, answers on use.
  const all = await availableQuestionnaires()
  return all.length > 0 ? all : undefined
}

type SkipReason = 'same' | 'newer' | 'duplicate'

function skipReason(item: ImportPreviewItem, library: Readonly<Record<string, Assessment>>): SkipReason {
  if (item.previous) return 'newer'
  const mine = library[item.id]
  return mine && canonicalJson(mine) === canonicalJson(item.assessment) ? 'same' : 'duplicate'
}

function PreviewTable({ preview, library }: { preview: ImportPreview; library: Readonly<Record<string, Assessment>> }) {
  const { t } = useTranslation()
  const f = useFormatters()
  return (
    <div className="files-table-wrap">
      <table className="files-table">
        <caption>{t('files.import.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('files.import.columnAssessment')}</th>
            <th scope="col">{t('files.import.columnAction')}</th>
            <th scope="col">{t('files.import.columnDetail')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.items.map((item, index) => (
            <tr key={`${item.id}:${index}`}>
              <th scope="row">{assessmentLabel({ name: item.name, meta: item.assessment.meta })}</th>
              <td>
                <strong className={`files-action files-action--${item.action}`}>
                  {t(`files.import.action.${item.action}`)}
                </strong>
              </td>
              <td>
                {item.action === 'new' ? t('files.import.detailNew') : null}
                {item.action === 'replaces' && item.previous
                  ? t('files.import.detailReplaces', {
                      mine: f.dateTime(item.previous.updatedAt),
                      theirs: f.dateTime(item.assessment.updatedAt),
                    })
                  : null}
                {item.action === 'skipped'
                  ? t(`files.import.skip.${skipReason(item, library)}`, {
                      mine: item.previous ? f.dateTime(item.previous.updatedAt) : '',
                    })
                  : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function ImportSection() {
  const { t, i18n } = useTranslation()
  const id = useId()
  const fileId = `${id}-file`
  const passphraseId = `${id}-passphrase`
  const store = useWorkspaceStore()
  const library = useWorkspace((s) => s.assessments)
  const { snapshots } = useDeviceStorage()
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [problem, setProblem] = useState<Problem | null>(null)
  const [focusKey, setFocusKey] = useState(0)
  const [passphrase, setPassphrase] = useState('')
  const [stale, setStale] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const stepHeading = useRef<HTMLHeadingElement>(null)

  const preview = useMemo(
    () =>
      step.kind === 'preview'
        ? previewImport(Object.values(library), step.imported, { replaceNewer: step.replaceNewer })
        : undefined,
    [step, library],
  )

  // A new step's heading takes focus, so keyboard and screen-reader users land on what changed.
  useEffect(() => {
    if (step.kind === 'preview' || step.kind === 'done' || step.kind === 'passphrase') stepHeading.current?.focus()
  }, [step.kind])

  const reject = (message: string, fromDomain: boolean, fieldId = fileId) => {
    setProblem({ message, fromDomain, fieldId })
    setFocusKey((k) => k + 1)
  }

  const reset = () => {
    setStep({ kind: 'choose' })
    setPassphrase('')
    setStale(false)
    if (fileInput.current) fileInput.current.value = ''
  }

  const openText = async (fileName: string, input: string | Uint8Array) => {
    const result = parseAssessmentFile(input, { questionnaires: await knownQuestionnaires() })
    if (!result.ok) {
      setStep({ kind: 'choose' })
      reject(result.message, true)
      return
    }
    setProblem(null)
    setStale(false)
    setStep({
      kind: 'preview',
      fileName,
      imported: result.assessments,
      replaceNewer: false,
      migrated: result.migrations.length > 0,
    })
  }

  const onFile = async (file: File | undefined) => {
    setProblem(null)
    if (!file) return
    // Refused before reading: nothing this large is an assessment file, encrypted or not.
    if (file.size > MAX_ENCRYPTED_BYTES) {
      reject(t('files.import.tooLarge', { megabytes: Math.round(MAX_ENCRYPTED_BYTES / (1024 * 1024)) }), false)
      return
    }
    setStep({ kind: 'reading', fileName: file.name })
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch {
      setStep({ kind: 'choose' })
      reject(t('files.import.unreadable'), false)
      return
    }
    if (isEncryptedFile(bytes)) {
      setPassphrase('')
      setStep({ kind: 'passphrase', fileName: file.name, bytes })
      return
    }
    await openText(file.name, bytes)
  }

  const onDecrypt = async (e: FormEvent) => {
    e.preventDefault()
    if (step.kind !== 'passphrase') return
    if (passphrase.length === 0) {
      reject(t('files.import.passphraseMissing'), false, passphraseId)
      return
    }
    setProblem(null)
    setStep({ kind: 'decrypting', fileName: step.fileName, bytes: step.bytes })
    const result = await decryptFile(step.bytes, passphrase)
    if (!result.ok) {
      setStep({ kind: 'passphrase', fileName: step.fileName, bytes: step.bytes })
      reject(result.message, true, passphraseId)
      return
    }
    setPassphrase('')
    await openText(step.fileName, result.plaintext)
  }

  const onApply = async () => {
    if (step.kind !== 'preview' || !preview) return
    const { fileName } = step
    const previewStep = step
    setStep({ kind: 'applying', fileName })
    const outcome = await applyPreviewedImport(store, snapshots, preview)
    if (outcome.ok) {
      setStep({ kind: 'done', fileName, added: outcome.added, replaced: outcome.replaced, skipped: outcome.skipped })
      return
    }
    // Back to the preview, which is recomputed against the library as it is now.
    setStep(previewStep)
    if (outcome.reason === 'stale') setStale(true)
    else reject(t('files.import.snapshotFailed'), false, `${id}-apply`)
  }

  const domainLang = (fromDomain: boolean) => (fromDomain && i18n.language !== 'en' ? 'en' : undefined)
  const counts = preview
    ? {
        new: preview.items.filter((i) => i.action === 'new').length,
        replaces: preview.items.filter((i) => i.action === 'replaces').length,
        skipped: preview.items.filter((i) => i.action === 'skipped').length,
      }
    : undefined
  const canReplaceNewer = preview?.items.some((i) => i.action === 'skipped' && i.previous) ?? false

  return (
    <div className="files-import">
      {problem ? (
        <div className="files-import__problem">
          <ErrorSummary errors={[{ fieldId: problem.fieldId, message: problem.message }]} focusKey={focusKey} />
          <p className="files-unchanged">{t('files.import.unchanged')}</p>
        </div>
      ) : null}

      {step.kind === 'choose' || step.kind === 'reading' ? (
        <div className={`field${problem?.fieldId === fileId ? ' field--error' : ''}`}>
          <label className="label" htmlFor={fileId}>
            {t('files.import.fileLabel')}
          </label>
          <div className="hint" id={`${fileId}-hint`}>
            {t('files.import.fileHint')}
          </div>
          {problem?.fieldId === fileId ? (
            <p className="error-message" id={`${fileId}-error`} lang={domainLang(problem.fromDomain)}>
              {problem.message}
            </p>
          ) : null}
          <input
            ref={fileInput}
            id={fileId}
            className="files-file-input"
            type="file"
            accept=".json,.isa,application/json,text/plain"
            aria-describedby={`${fileId}-hint${problem?.fieldId === fileId ? ` ${fileId}-error` : ''}`}
            disabled={step.kind === 'reading'}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          {step.kind === 'reading' ? (
            <p role="status">{t('files.import.reading', { fileName: isolateInRtl(step.fileName, i18n.language) })}</p>
          ) : null}
        </div>
      ) : null}

      {step.kind === 'passphrase' || step.kind === 'decrypting' ? (
        <form className="files-form" noValidate onSubmit={(e) => void onDecrypt(e)}>
          <h3 ref={stepHeading} tabIndex={-1}>
            {t('files.import.encryptedTitle', { fileName: isolateInRtl(step.fileName, i18n.language) })}
          </h3>
          <TextField
            id={passphraseId}
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            label={t('files.import.passphraseLabel')}
            hint={t('files.import.passphraseHint')}
            error={problem?.fieldId === passphraseId ? problem.message : undefined}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <div className="button-group">
            <Button type="submit" disabled={step.kind === 'decrypting'}>
              {t('files.import.decrypt')}
            </Button>
            <Button variant="secondary" onClick={reset}>
              {t('files.import.chooseAnother')}
            </Button>
          </div>
          {step.kind === 'decrypting' ? <p role="status">{t('files.import.decrypting')}</p> : null}
        </form>
      ) : null}

      {step.kind === 'preview' && preview && counts ? (
        <section className="files-preview" aria-labelledby={`${id}-preview-title`}>
          <h3 id={`${id}-preview-title`} ref={stepHeading} tabIndex={-1}>
            {t('files.import.previewTitle', { fileName: isolateInRtl(step.fileName, i18n.language) })}
          </h3>
          {stale ? (
            <p className="files-notice" role="alert">
              {t('files.import.stale')}
            </p>
          ) : null}
          <p>{t('files.import.previewSummary', counts)}</p>
          {step.migrated ? <p>{t('files.import.migrated')}</p> : null}
          <PreviewTable preview={preview} library={library} />
          {canReplaceNewer || step.replaceNewer ? (
            <div className="checkbox">
              <input
                id={`${id}-replace-newer`}
                type="checkbox"
                className="choice-input"
                checked={step.replaceNewer}
                onChange={(e) => setStep({ ...step, replaceNewer: e.target.checked })}
              />
              <label className="choice-label" htmlFor={`${id}-replace-newer`}>
                {t('files.import.replaceNewer')}
              </label>
            </div>
          ) : null}
          {counts.replaces > 0 ? <p>{t('files.import.snapshotNote')}</p> : null}
          <div className="button-group">
            {counts.new + counts.replaces > 0 ? (
              <Button id={`${id}-apply`} onClick={() => void onApply()}>
                {t('files.import.apply', { count: counts.new + counts.replaces })}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={reset}>
              {counts.new + counts.replaces > 0 ? t('files.import.cancel') : t('files.import.close')}
            </Button>
          </div>
        </section>
      ) : null}

      {step.kind === 'applying' ? <p role="status">{t('files.import.applying')}</p> : null}

      {step.kind === 'done' ? (
        <section className="files-result" aria-labelledby={`${id}-done-title`}>
          <h3 id={`${id}-done-title`} ref={stepHeading} tabIndex={-1}>
            {t('files.import.doneTitle')}
          </h3>
          <p role="status">
            {t('files.import.doneSummary', {
              fileName: isolateInRtl(step.fileName, i18n.language),
              new: step.added.length,
              replaces: step.replaced.length,
              skipped: step.skipped,
            })}
          </p>
          {step.replaced.length > 0 ? <p>{t('files.import.doneSnapshots')}</p> : null}
          <ul className="files-list">
            {[...step.added, ...step.replaced].map((a) => (
              <li key={a.id}>
                <a href={href(paths.taskList(a.id))}>{assessmentLabel(library[a.id] ?? a)}</a>
              </li>
            ))}
          </ul>
          <Button variant="secondary" onClick={reset}>
            {t('files.import.another')}
          </Button>
        </section>
      ) : null}
    </div>
  )
}
