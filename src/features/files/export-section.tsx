// Export: one assessment or the whole library as a file, plain or encrypted with a passphrase.
// The file is built from the assessments in memory, so it holds the latest typing even when the
// device refused to save it (storage full); the export date is recorded for the reminder.
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isolateInRtl } from '@/lib/ui/in-language'
import type { Assessment } from '@/domain/assessment/schema'
import { encryptFile, serializeFile, suggestFileName } from '@/domain/files'
import { downloadFile } from '@/lib/download'
import { Button } from '@/lib/ui/button'
import { ErrorSummary, type FieldError } from '@/lib/ui/error-summary'
import { Choice, SelectField, TextField } from '@/lib/ui/form-fields'
import { useDeviceStorage } from '@/lib/storage/device-storage'
import { useWorkspace } from '@/lib/ui/workspace'
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '@/features/files/passphrase'
import { assessmentLabel, sortedAssessments } from '@/features/files/labels'

export const LIBRARY_CHOICE = '__library__'

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string; encrypted: boolean } | { kind: 'failed'; message: string }

export function ExportSection() {
  const { t, i18n } = useTranslation()
  const id = useId()
  const ids = {
    what: `${id}-what`,
    encrypt: `${id}-encrypt`,
    passphrase: `${id}-passphrase`,
    confirm: `${id}-confirm`,
  }
  const assessmentsById = useWorkspace((s) => s.assessments)
  const assessments = sortedAssessments(assessmentsById)
  const { exportLog } = useDeviceStorage()
  const [what, setWhat] = useState(LIBRARY_CHOICE)
  const [encrypt, setEncrypt] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<FieldError[]>([])
  const [focusKey, setFocusKey] = useState(0)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const strength = passphraseStrength(passphrase)

  if (assessments.length === 0) {
    return <p>{t('files.export.nothing')}</p>
  }

  const chosen: Assessment[] =
    what === LIBRARY_CHOICE ? assessments : assessments.filter((a) => a.id === what).slice(0, 1)

  const validate = (): FieldError[] => {
    if (!encrypt) return []
    const found: FieldError[] = []
    if (passphrase.length === 0) found.push({ fieldId: ids.passphrase, message: t('files.export.passphraseMissing') })
    else if (strength === 'too-short') {
      found.push({ fieldId: ids.passphrase, message: t('files.export.passphraseShort', { count: MIN_PASSPHRASE_LENGTH }) })
    }
    if (passphrase.length > 0 && confirm !== passphrase) {
      found.push({ fieldId: ids.confirm, message: t('files.export.confirmMismatch') })
    }
    return found
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const found = validate()
    setErrors(found)
    if (found.length > 0) {
      setFocusKey((k) => k + 1)
      return
    }
    if (chosen.length === 0) return
    setStatus({ kind: 'working' })
    try {
      const exportedAt = new Date().toISOString()
      const text = serializeFile(chosen, exportedAt)
      if (encrypt) {
        const sealed = await encryptFile(text, passphrase)
        const fileName = suggestFileName(chosen, exportedAt, 'encrypted.isa')
        downloadFile(sealed, fileName, { type: 'application/octet-stream' })
        setStatus({ kind: 'done', fileName, encrypted: true })
      } else {
        const fileName = suggestFileName(chosen, exportedAt)
        downloadFile(text, fileName, { type: 'application/json' })
        setStatus({ kind: 'done', fileName, encrypted: false })
      }
      setPassphrase('')
      setConfirm('')
      // The file is saved whatever happens here; a full device only loses the reminder's date.
      await exportLog.record(exportedAt).catch(() => undefined)
    } catch (err) {
      setStatus({ kind: 'failed', message: err instanceof Error ? err.message : String(err) })
    }
  }

  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message

  return (
    <form className="files-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <SelectField id={ids.what} label={t('files.export.whatLabel')} value={what} onChange={(e) => setWhat(e.target.value)}>
        <option value={LIBRARY_CHOICE}>{t('files.export.wholeLibrary', { count: assessments.length })}</option>
        {assessments.map((a) => (
          <option key={a.id} value={a.id}>
            {assessmentLabel(a)}
          </option>
        ))}
      </SelectField>
      <Choice
        id={ids.encrypt}
        type="checkbox"
        label={t('files.export.encryptLabel')}
        hint={t('files.export.encryptHint')}
        checked={encrypt}
        onChange={(e) => setEncrypt(e.target.checked)}
      />
      {encrypt ? (
        <div className="files-passphrase">
          <div className="files-warning" role="note">
            <p>
              <strong>{t('files.export.lostWarningTitle')}</strong> {t('files.export.lostWarning')}
            </p>
          </div>
          <TextField
            id={ids.passphrase}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            label={t('files.export.passphraseLabel')}
            hint={t('files.export.passphraseHint', { count: MIN_PASSPHRASE_LENGTH })}
            error={errorFor(ids.passphrase)}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <p className={`files-strength files-strength--${strength}`} aria-live="polite">
            {strength === 'empty' ? '' : t(`files.export.strength.${strength}`)}
          </p>
          <TextField
            id={ids.confirm}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            label={t('files.export.confirmLabel')}
            error={errorFor(ids.confirm)}
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </div>
      ) : null}
      <div className="button-group">
        <Button type="submit" disabled={status.kind === 'working'} aria-describedby={`${id}-status`}>
          {encrypt ? t('files.export.submitEncrypted') : t('files.export.submit')}
        </Button>
      </div>
      <div id={`${id}-status`} role="status" className="files-status">
        {status.kind === 'working' ? <p>{encrypt ? t('files.export.encrypting') : t('files.export.working')}</p> : null}
        {status.kind === 'done' ? (
          <p className="files-success">
            {status.encrypted
              ? t('files.export.doneEncrypted', { fileName: isolateInRtl(status.fileName, i18n.language) })
              : t('files.export.done', { fileName: isolateInRtl(status.fileName, i18n.language) })}
          </p>
        ) : null}
      </div>
      {status.kind === 'failed' ? (
        <p className="error-message" role="alert">
          {t('files.export.failed', { reason: status.message })}
        </p>
      ) : null}
    </form>
  )
}
