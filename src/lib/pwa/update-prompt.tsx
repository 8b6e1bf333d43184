// The shell's notice about app versions: "A new version is available — Reload" (applied only when
// the user presses Reload, after pending saves are written) and a one-time note that the app now
// works offline. Polite live region: neither interrupts typing.
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
