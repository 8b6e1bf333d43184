// Snapshots: the copies kept before a deletion, an import that replaced an assessment, a
// restore, or an upgrade of the stored data; each can be put back into the library. Newest first.
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '@/domain/assessment/schema'
import { canonicalJson } from '@/domain/files'
import { downloadFile } from '@/lib/download'
import { useFormatters } from '@/lib/i18n'
import { useDeviceStorage } from '@/lib/storage/device-storage'
import { MAX_SNAPSHOTS, type Snapshot } from '@/lib/storage/snapshots'
import { Button } from '@/lib/ui/button'
import { href, paths } from '@/lib/ui/navigation'
import { useWorkspace, useWorkspaceStore } from '@/lib/ui/workspace'
import { restoreAssessment } from '@/features/files/library-actions'
import { assessmentLabel } from '@/features/files/labels'

/** Same work, whatever the time stamps say: a restore marks its copy as changed now. */
function sameContent(a: Assessment, b: Assessment): boolean {
  return canonicalJson({ ...a, updatedAt: '' }) === canonicalJson({ ...b, updatedAt: '' })
}

type ListState = { kind: 'loading' } | { kind: 'ready'; snapshots: Snapshot[] } | { kind: 'failed' }

type Message = { kind: 'restored'; id: string; label: string } | { kind: 'failed'; label: string }

function SnapshotItem({
  snapshot,
  onRestore,
}: {
  snapshot: Snapshot
  onRestore: (a: Assessment) => void
}) {
  const { t } = useTranslation()
  const f = useFormatters()
  const library = useWorkspace((s) => s.assessments)
  const when = snapshot.takenAt ? f.dateTime(snapshot.takenAt) : t('files.snapshots.unknownTime')
  return (
    <li className="files-snapshot">
      <p className="files-snapshot__why">
        {t(`files.snapshots.why.${snapshot.why}`)} · <time dateTime={snapshot.takenAt}>{when}</time>
      </p>
      {snapshot.assessments.map((a) => {
        const current = library[a.id]
        const state = !current ? 'absent' : sameContent(current, a) ? 'same' : 'different'
        const label = assessmentLabel(a)
        return (
          <div className="files-snapshot__assessment" key={a.id}>
            <p>
              <strong>{label}</strong> — {t(`files.snapshots.state.${state}`)}
            </p>
            {state !== 'same' ? (
              <Button variant="secondary" onClick={() => onRestore(a)}>
                {t('files.snapshots.restore')}
                <span className="visually-hidden"> {t('files.snapshots.restoreWhich', { label, when })}</span>
              </Button>
            ) : null}
          </div>
        )
      })}
      {snapshot.unreadable > 0 ? (
        <div className="files-snapshot__assessment">
          <p>{t('files.snapshots.unreadable', { count: snapshot.unreadable })}</p>
          <Button
            variant="secondary"
            onClick={() =>
              downloadFile(`${JSON.stringify(snapshot.raw, null, 2)}\n`, `raw-snapshot-${snapshot.takenAt.slice(0, 10) || 'undated'}.json`, {
                type: 'application/json',
              })
            }
          >
            {t('files.snapshots.downloadRaw')}
          </Button>
        </div>
      ) : null}
    </li>
  )
}

export function SnapshotsSection() {
  const { t } = useTranslation()
  const store = useWorkspaceStore()
  const { snapshots } = useDeviceStorage()
  // Re-list whenever the library changes: a deletion elsewhere on the page adds a snapshot.
  const library = useWorkspace((s) => s.assessments)
  const [list, setList] = useState<ListState>({ kind: 'loading' })
  const [message, setMessage] = useState<Message | null>(null)

  const refresh = useCallback(async () => {
    try {
      await snapshots.prune().catch(() => undefined)
      setList({ kind: 'ready', snapshots: await snapshots.list() })
    } catch {
      setList({ kind: 'failed' })
    }
  }, [snapshots])

  useEffect(() => {
    // Snapshots before deletion are written when the deletion is saved, just after the change.
    const timer = setTimeout(() => void refresh(), 300)
    return () => clearTimeout(timer)
  }, [refresh, library])

  const onRestore = async (a: Assessment) => {
    const label = assessmentLabel(a)
    const outcome = await restoreAssessment(store, snapshots, a)
    setMessage(outcome.ok ? { kind: 'restored', id: a.id, label } : { kind: 'failed', label })
    await refresh()
  }

  return (
    <div className="files-snapshots">
      <p>{t('files.snapshots.intro', { count: MAX_SNAPSHOTS })}</p>
      <div role="status" className="files-status">
        {message?.kind === 'restored' ? (
          <p className="files-success">
            {t('files.snapshots.restored', { label: message.label })}{' '}
            <a href={href(paths.taskList(message.id))}>{t('files.snapshots.open', { label: message.label })}</a>
          </p>
        ) : null}
      </div>
      {message?.kind === 'failed' ? (
        <p className="error-message" role="alert">
          {t('files.snapshots.restoreFailed', { label: message.label })}
        </p>
      ) : null}
      {list.kind === 'loading' ? <p>{t('files.snapshots.loading')}</p> : null}
      {list.kind === 'failed' ? <p className="error-message">{t('files.snapshots.listFailed')}</p> : null}
      {list.kind === 'ready' && list.snapshots.length === 0 ? <p>{t('files.snapshots.none')}</p> : null}
      {list.kind === 'ready' && list.snapshots.length > 0 ? (
        <ul className="files-snapshot-list">
          {list.snapshots.map((s) => (
            <SnapshotItem key={s.key} snapshot={s} onRestore={(a) => void onRestore(a)} />
          ))}
        </ul>
      ) : null}
    </div>
  )
}
