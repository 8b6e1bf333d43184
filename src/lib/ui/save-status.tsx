// "Saved on this device 12:03" / "Saving…" / "Not saved: …", announced politely; an error is
// also shown in the shell as an alert (src/app/app.tsx).
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@/lib/i18n'
import type { SaveStatus } from '@/lib/storage'
import { useWorkspace } from '@/lib/ui/workspace'

/** What the line shows: a change waiting for its save and a save in progress read the same. */
type Shown = Exclude<SaveStatus, { kind: 'pending' | 'saving' }> | 'saving'

export function SaveStatusText() {
  // The store reports "pending" afresh for every change; selecting what is shown keeps the
  // header from redrawing on each answer (performance.md, interaction to next paint).
  const shown: Shown = useWorkspace((s) =>
    s.saveStatus.kind === 'pending' || s.saveStatus.kind === 'saving' ? 'saving' : s.saveStatus,
  )
  const { t } = useTranslation()
  const f = useFormatters()
  const kind = shown === 'saving' ? shown : shown.kind
  let text: string
  if (shown === 'saving') text = t('save.saving')
  else
    switch (shown.kind) {
      case 'idle':
        text = t('save.idle')
        break
      case 'saved':
        text = t('save.saved', { time: f.time(shown.at) })
        break
      case 'error':
        text = t('save.error', {
          reason: shown.name === 'QuotaExceededError' ? t('save.quota') : shown.message,
        })
        break
      case 'blocked':
        text = t('save.blocked')
        break
    }
  return (
    <p className={`save-status save-status--${kind}`} role="status">
      {text}
    </p>
  )
}
