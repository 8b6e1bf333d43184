// The Files page (#/files): export one assessment or the library (optionally encrypted), CSV of
// answers, import with a preview, and the snapshots that undo deletions and replacements.
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@/lib/i18n'
import { useLastExport } from '@/lib/storage/device-storage'
import { href, paths } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { useWorkspace } from '@/lib/ui/workspace'
import { ExportSection } from '@/features/files/export-section'
import { CsvSection } from '@/features/files/csv-section'
import { ImportSection } from '@/features/files/import-section'
import { SnapshotsSection } from '@/features/files/snapshots-section'
import '@/features/files/files.css'

const SECTIONS = ['export', 'csv', 'import', 'snapshots'] as const

function LastExport() {
  const { t } = useTranslation()
  const f = useFormatters()
  const last = useLastExport()
  if (last === undefined) return null
  return <p className="files-last-export">{last ? t('files.lastExport', { when: f.dateTime(last) }) : t('files.neverExported')}</p>
}

export function FilesScreen() {
  const { t } = useTranslation()
  const saveFailed = useWorkspace((s) => s.saveStatus.kind === 'error')
  return (
    <div className="files">
      <PageHeading>{t('files.title')}</PageHeading>
      <p className="files-intro">{t('files.intro')}</p>
      <LastExport />
      {saveFailed ? (
        <div className="files-notice" role="note">
          <p>{t('files.unsavedNotice')}</p>
        </div>
      ) : null}
      <nav aria-labelledby="files-contents" className="files-contents">
        <h2 id="files-contents" className="files-contents__title">
          {t('files.contents')}
        </h2>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a
                href={`#files-${s}`}
                onClick={(e) => {
                  // The hash holds the route: scroll and focus without changing it.
                  e.preventDefault()
                  const target = document.getElementById(`files-${s}`)
                  target?.scrollIntoView({ block: 'start' })
                  target?.focus()
                }}
              >
                {t(`files.sections.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section className="files-section" aria-labelledby="files-export">
        <h2 id="files-export" tabIndex={-1}>
          {t('files.sections.export')}
        </h2>
        <p>{t('files.export.intro')}</p>
        <ExportSection />
      </section>

      <section className="files-section" aria-labelledby="files-csv">
        <h2 id="files-csv" tabIndex={-1}>
          {t('files.sections.csv')}
        </h2>
        <p>{t('files.csv.intro')}</p>
        <CsvSection />
      </section>

      <section className="files-section" aria-labelledby="files-import">
        <h2 id="files-import" tabIndex={-1}>
          {t('files.sections.import')}
        </h2>
        <p>{t('files.import.intro')}</p>
        <ImportSection />
      </section>

      <section className="files-section" aria-labelledby="files-snapshots">
        <h2 id="files-snapshots" tabIndex={-1}>
          {t('files.sections.snapshots')}
        </h2>
        <SnapshotsSection />
      </section>

      <p className="files-privacy-link">
        <a href={href(paths.questionnaires())}>{t('questionnaires.title')}</a>
      </p>
      <p className="files-privacy-link">
        <a href={href(paths.privacy())}>{t('files.privacyLink')}</a>
      </p>
    </div>
  )
}
