// The Privacy page (#/privacy): exactly what the app keeps where on this device, that nothing
// is sent anywhere, whether the browser agreed to keep the storage, and how to erase it all —
// including an "Erase everything on this device" action behind a typed confirmation. The storage
// keys shown are the constants the storage code itself uses, so the page cannot drift from it.
import { useEffect, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@/lib/i18n'
import { IDB_DATABASE, IDB_STORE, STORAGE_KEYS } from '@/lib/storage'
import { useDeviceStorage } from '@/lib/storage/device-storage'
import { LOCAL_STORAGE_PREFIX, type EraseReport } from '@/lib/storage/erase'
import { LAST_EXPORT_KEY } from '@/lib/storage/export-reminder'
import { MAX_SNAPSHOTS } from '@/lib/storage/snapshots'
import {
  estimateStorage,
  requestPersistentStorage,
  usePersistence,
  type StorageEstimateInfo,
} from '@/lib/storage/persistence'
import { Button } from '@/lib/ui/button'
import { ErrorSummary, type FieldError } from '@/lib/ui/error-summary'
import { TextField } from '@/lib/ui/form-fields'
import { href, paths } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { useWorkspace, useWorkspaceStore } from '@/lib/ui/workspace'
import '@/features/privacy/privacy.css'

const STORED_KEYS = [
  { key: STORAGE_KEYS.index, what: 'index' },
  { key: `${STORAGE_KEYS.recordPrefix}<id>`, what: 'record' },
  { key: `${STORAGE_KEYS.snapshotPrefix}<reason>:<id>:<time>`, what: 'snapshot' },
  { key: `${STORAGE_KEYS.backupPrefix}v<layout>:<time>`, what: 'backup' },
  { key: `${STORAGE_KEYS.quarantinePrefix}<key>:<time>`, what: 'quarantine' },
  { key: `${STORAGE_KEYS.unsavedPrefix}<id>`, what: 'unsavedFallback' },
  { key: `${STORAGE_KEYS.questionnairePrefix}<id>@<version>`, what: 'questionnaire' },
  { key: LAST_EXPORT_KEY, what: 'lastExport' },
] as const

function StorageTable() {
  const { t } = useTranslation()
  return (
    <div className="privacy-table-wrap">
      <table className="privacy-table">
        <caption>{t('privacy.stored.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('privacy.stored.place')}</th>
            <th scope="col">{t('privacy.stored.key')}</th>
            <th scope="col">{t('privacy.stored.what')}</th>
          </tr>
        </thead>
        <tbody>
          {STORED_KEYS.map((k, i) => (
            <tr key={k.key}>
              {i === 0 ? (
                <th scope="rowgroup" rowSpan={STORED_KEYS.length}>
                  {t('privacy.stored.indexedDb', { database: IDB_DATABASE, store: IDB_STORE })}
                </th>
              ) : null}
              <td>
                <code>{k.key}</code>
              </td>
              <td>{t(`privacy.stored.keys.${k.what}`, { count: MAX_SNAPSHOTS })}</td>
            </tr>
          ))}
        </tbody>
        <tbody>
          <tr>
            <th scope="rowgroup" rowSpan={2}>
              {t('privacy.stored.localStorage')}
            </th>
            <td>
              <code>{`${LOCAL_STORAGE_PREFIX}ui-language`}</code>
            </td>
            <td>{t('privacy.stored.keys.language')}</td>
          </tr>
          <tr>
            <td>
              <code>{`${STORAGE_KEYS.unsavedPrefix}<id>`}</code>
            </td>
            <td>{t('privacy.stored.keys.unsaved')}</td>
          </tr>
          <tr>
            <th scope="row">{t('privacy.stored.cache')}</th>
            <td>{t('privacy.stored.cacheKeys')}</td>
            <td>{t('privacy.stored.keys.cache')}</td>
          </tr>
          <tr>
            <th scope="row">{t('privacy.stored.files')}</th>
            <td>{t('privacy.stored.filesKeys')}</td>
            <td>{t('privacy.stored.keys.files')}</td>
          </tr>
        </tbody>
      </table>
    </div>
  )
}

function megabytes(bytes: number, format: (v: number, o?: Intl.NumberFormatOptions) => string): string {
  return format(bytes / (1024 * 1024), { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 })
}

function KeepingSection() {
  const { t } = useTranslation()
  const f = useFormatters()
  const persistence = usePersistence()
  const [estimate, setEstimate] = useState<StorageEstimateInfo | null | undefined>(undefined)
  useEffect(() => {
    let live = true
    // Showing the answer needs asking; browsers that already granted it answer at once.
    void requestPersistentStorage()
    void estimateStorage().then((e) => live && setEstimate(e))
    return () => {
      live = false
    }
  }, [])
  return (
    <>
      <p data-testid="persistence-answer" data-answer={persistence.kind}>
        <strong>{t('privacy.keeping.answerLabel')}</strong> {t(`privacy.keeping.answer.${persistence.kind}`)}
      </p>
      <p>{persistence.kind === 'granted' ? t('privacy.keeping.grantedAdvice') : t('privacy.keeping.notGrantedAdvice')}</p>
      {persistence.kind !== 'granted' && persistence.kind !== 'unsupported' && persistence.kind !== 'asking' ? (
        <div className="button-group">
          <Button variant="secondary" onClick={() => void requestPersistentStorage({ again: true })}>
            {t('privacy.keeping.askAgain')}
          </Button>
        </div>
      ) : null}
      <p data-testid="storage-estimate">
        {estimate
          ? t('privacy.keeping.estimate', {
              usage: megabytes(estimate.usage, f.number),
              quota: megabytes(estimate.quota, f.number),
            })
          : estimate === null
            ? t('privacy.keeping.noEstimate')
            : null}
      </p>
    </>
  )
}

function EraseSection() {
  const { t } = useTranslation()
  const id = useId()
  const fieldId = `${id}-confirm`
  const device = useDeviceStorage()
  const store = useWorkspaceStore()
  const count = useWorkspace((s) => Object.keys(s.assessments).length)
  const [typed, setTyped] = useState('')
  const [errors, setErrors] = useState<FieldError[]>([])
  const [focusKey, setFocusKey] = useState(0)
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'erasing' } | { kind: 'done'; report: EraseReport } | { kind: 'failed'; message: string }>({ kind: 'idle' })
  const word = t('privacy.erase.word')

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    if (typed.trim() !== word) {
      setErrors([{ fieldId, message: t('privacy.erase.mismatch', { word }) }])
      setFocusKey((k) => k + 1)
      return
    }
    setErrors([])
    setState({ kind: 'erasing' })
    try {
      const report = await device.erase()
      // Storage is blocked now, so emptying memory writes nothing; it only stops the screens
      // from showing what was just erased.
      store.setState({ assessments: {}, lastDeleted: null, notices: [], quarantined: [] })
      setState({ kind: 'done', report })
    } catch (err) {
      setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) })
    }
  }

  if (state.kind === 'done') {
    return (
      <div className="privacy-erased" role="status">
        <p>
          <strong>{t('privacy.erase.done')}</strong>
        </p>
        <p>{t('privacy.erase.doneDetail', { keys: state.report.storedKeys, caches: state.report.caches })}</p>
        <Button
          onClick={() => {
            window.location.hash = '#/'
            window.location.reload()
          }}
        >
          {t('privacy.erase.restart')}
        </Button>
      </div>
    )
  }

  return (
    <form className="privacy-erase" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <p>{t('privacy.erase.what', { count })}</p>
      <p>
        <strong>{t('privacy.erase.cannotUndo')}</strong>{' '}
        <a href={href(paths.files())}>{t('privacy.erase.exportFirst')}</a>
      </p>
      <TextField
        id={fieldId}
        label={t('privacy.erase.confirmLabel', { word })}
        hint={t('privacy.erase.confirmHint')}
        error={errors[0]?.message}
        value={typed}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setTyped(e.target.value)}
      />
      <Button type="submit" variant="warning" disabled={state.kind === 'erasing'}>
        {t('privacy.erase.submit')}
      </Button>
      {state.kind === 'erasing' ? <p role="status">{t('privacy.erase.erasing')}</p> : null}
      {state.kind === 'failed' ? (
        <p className="error-message" role="alert">
          {t('privacy.erase.failed', { reason: state.message })}
        </p>
      ) : null}
    </form>
  )
}

export function PrivacyScreen() {
  const { t } = useTranslation()
  return (
    <div className="privacy">
      <PageHeading>{t('privacy.title')}</PageHeading>
      <p className="privacy-lead">{t('privacy.lead')}</p>

      <section aria-labelledby="privacy-stored">
        <h2 id="privacy-stored">{t('privacy.stored.title')}</h2>
        <p>{t('privacy.stored.intro')}</p>
        <StorageTable />
      </section>

      <section aria-labelledby="privacy-nothing-sent">
        <h2 id="privacy-nothing-sent">{t('privacy.sent.title')}</h2>
        <ul className="privacy-list">
          <li>{t('privacy.sent.noServer')}</li>
          <li>{t('privacy.sent.noTelemetry')}</li>
          <li>{t('privacy.sent.noCookies')}</li>
          <li>{t('privacy.sent.noThirdParty')}</li>
          <li>{t('privacy.sent.policy')}</li>
          <li>{t('privacy.sent.files')}</li>
        </ul>
      </section>

      <section aria-labelledby="privacy-keeping">
        <h2 id="privacy-keeping">{t('privacy.keeping.title')}</h2>
        <p>{t('privacy.keeping.intro')}</p>
        <KeepingSection />
      </section>

      <section aria-labelledby="privacy-erase-how">
        <h2 id="privacy-erase-how">{t('privacy.how.title')}</h2>
        <ul className="privacy-list">
          <li>{t('privacy.how.one')}</li>
          <li>{t('privacy.how.all')}</li>
          <li>{t('privacy.how.browser')}</li>
          <li>{t('privacy.how.files')}</li>
        </ul>
      </section>

      <section aria-labelledby="privacy-erase" className="privacy-danger">
        <h2 id="privacy-erase">{t('privacy.erase.title')}</h2>
        <EraseSection />
      </section>
    </div>
  )
}
