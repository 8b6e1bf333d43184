// Shown by the app shell on every screen: a reminder to export when there are answers and no file
// of them is younger than 7 days (design/reliability.md item 8). Also asks the browser, once the
// library holds an assessment, to keep this site's storage (the answer is on the Privacy page).
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@/lib/i18n'
import { useLastExport } from '@/lib/storage/device-storage'
import { daysSince, isExportReminderDue } from '@/lib/storage/export-reminder'
import { requestPersistentStorage } from '@/lib/storage/persistence'
import { Button, ButtonLink } from '@/lib/ui/button'
import { href, paths } from '@/lib/ui/navigation'
import { useWorkspace } from '@/lib/ui/workspace'

export function StorageSafetyBanners() {
  const { t } = useTranslation()
  const f = useFormatters()
  const hydrated = useWorkspace((s) => s.hydrated && s.hydrationProblem === null)
  const hasAssessments = useWorkspace((s) => Object.keys(s.assessments).length > 0)
  const hasAnswers = useWorkspace((s) =>
    Object.values(s.assessments).some((a) => !a.meta.example && Object.keys(a.answers).length > 0),
  )
  const lastExport = useLastExport()
  const [dismissed, setDismissed] = useState(false)
  // Read once per render of the banner; the reminder does not need to tick while it is shown.
  const [now] = useState(() => new Date())

  useEffect(() => {
    if (hydrated && hasAssessments) void requestPersistentStorage()
  }, [hydrated, hasAssessments])

  if (!hydrated || dismissed || lastExport === undefined) return null
  if (!isExportReminderDue({ lastExport, hasAnswers, now })) return null
  const days = daysSince(lastExport, now)
  return (
    <div className="banner banner--warning" role="region" aria-labelledby="export-reminder-title">
      <h2 className="banner__title" id="export-reminder-title">
        {t('files.reminder.title')}
      </h2>
      <p>
        {days === null || lastExport === null
          ? t('files.reminder.never')
          : t('files.reminder.old', { count: days, when: f.date(lastExport) })}{' '}
        {t('files.reminder.why')}
      </p>
      <div className="button-group">
        <ButtonLink href={href(paths.files())}>{t('files.reminder.go')}</ButtonLink>
        <Button variant="link" onClick={() => setDismissed(true)}>
          {t('files.reminder.later')}
        </Button>
      </div>
    </div>
  )
}
