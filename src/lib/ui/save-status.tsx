// "Saved on this device 12:03" / "Saving…" / "Not saved: …", announced politely; an error is
// also shown in the shell as an alert (src/app/app.tsx).
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@/lib/i18n'
import { useWorkspace } from '@/lib/ui/workspace'

export function SaveStatusText() {
  const status = useWorkspace((s) => s.saveStatus)
  const { t } = useTranslation()
  const f = useFormatters()
  let text: string
  switch (status.kind) {
    case 'idle':
      text = t('save.idle')
      break
    case 'pending':
    case 'saving':
      text = t('save.saving')
      break
    case 'saved':
      text = t('save.saved', { time: f.time(status.at) })
      break
    case 'error':
      text = t('save.error', { reason: status.name === 'QuotaExceededError' ? t('save.quota') : status.message })
      break
    case 'blocked':
      text = t('save.blocked')
      break
  }
  return (
    <p className={`save-status save-status--${status.kind}`} role="status">
      {text}
    </p>
  )
}
