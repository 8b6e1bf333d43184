// The shell's notices about app versions: "A new version is available — Reload" (applied only when
// the user presses Reload, after pending saves are written) and a one-time note that the app now
// works offline. Polite live regions: neither interrupts typing. The offline note arrives a few
// seconds into the first visit, so the shell shows it at the end of the page, where it moves
// nothing the user is reading (performance.md, layout shift).
import { useTranslation } from 'react-i18next'
import { Button } from '@/lib/ui/button'
import { acceptUpdate, dismissOfflineReady, dismissUpdate, usePwaState } from '@/lib/pwa/service-worker'

export function UpdatePrompt() {
  const { t } = useTranslation()
  const pwa = usePwaState()
  return (
    <div role="status" className="pwa-status">
      {pwa.updateWaiting ? (
        <div className="banner banner--info" data-testid="update-prompt">
          <p>{pwa.updating ? t('pwa.updating') : t('pwa.updateAvailable')}</p>
          {pwa.updating ? null : (
            <div className="button-group">
              <Button onClick={() => void acceptUpdate()}>{t('pwa.reload')}</Button>
              <Button variant="link" onClick={dismissUpdate}>
                {t('pwa.later')}
              </Button>
            </div>
          )}
        </div>
      ) : null}
    </div>
  )
}

export function OfflineReadyNote() {
  const { t } = useTranslation()
  const pwa = usePwaState()
  return (
    <div role="status" className="pwa-status">
      {pwa.offlineReady && !pwa.updateWaiting ? (
        <div className="banner banner--success">
          <p>{t('pwa.offlineReady')}</p>
          <Button variant="link" onClick={dismissOfflineReady}>
            {t('pwa.dismiss')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
