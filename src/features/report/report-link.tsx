// The "Download report" button other screens show for an assessment. The app shell hands it to
// the results header (features do not import each other), so it is kept tiny and in its own file.
import { useTranslation } from 'react-i18next'
import { ButtonLink } from '@/lib/ui/button'
import { href, paths } from '@/lib/ui/navigation'

export function ReportLink({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation()
  return (
    <ButtonLink variant="secondary" href={href(paths.report(assessmentId))}>
      {t('report.link')}
    </ButtonLink>
  )
}
