// The app shell: skip link, header with the save status, storage banners, the routed screen and
// the footer. Screens get the store through WorkspaceContext.
import { Suspense, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { AppStore } from '@/app/store'
import { matchRoute, routes } from '@/app/routes'
import { useHashPath } from '@/app/router'
import { hasCatalog, preferredLanguage, setLanguage } from '@/lib/i18n'
import { href, paths, registerRouteIds, splitPath } from '@/lib/ui/navigation'
import {
  WorkspaceContext,
  useWorkspace,
  useWorkspaceStore,
  type WorkspaceNotice,
} from '@/lib/ui/workspace'
import { SaveStatusText } from '@/lib/ui/save-status'
// Imported here, before src/main.tsx adds the store's page-leave handlers, so that fields holding
// unsaved text hand it to the store first (see the module).
import '@/lib/ui/pending-edits'
import { PageHeading } from '@/lib/ui/page-heading'
import { Button } from '@/lib/ui/button'
import { LanguageSwitcher } from '@/lib/ui/language-switcher'
import { downloadJson } from '@/lib/ui/download'
import { DeviceStorageContext, type DeviceStorage } from '@/lib/storage/device-storage'
import { OfflineReadyNote, UpdatePrompt } from '@/lib/pwa/update-prompt'
import { StorageSafetyBanners } from '@/features/files/storage-safety-banners'

registerRouteIds(routes.map((r) => r.id))

function SkipLink() {
  const { t } = useTranslation()
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        // The hash holds the route, so the skip link moves focus itself.
        e.preventDefault()
        document.getElementById('main')?.focus()
      }}
    >
      {t('shell.skipLink')}
    </a>
  )
}

function Header() {
  const { t } = useTranslation()
  const path = useHashPath()
  const assessmentId = matchRoute(splitPath(path).pathname)?.params.id
  return (
    <header className="header">
      <div className="header__inner width-container">
        <a className="header__name" href={href(paths.library())}>
          {t('app.name')}
        </a>
        <p className="header__note">{t('shell.localOnly')}</p>
        <SaveStatusText />
        <LanguageSwitcher assessmentId={assessmentId} />
      </div>
    </header>
  )
}

function Footer() {
  const { t } = useTranslation()
  return (
    <footer className="footer">
      <div className="width-container footer__inner">
        <nav aria-label={t('shell.footerNav')}>
          <ul className="footer__links">
            <li>
              <a href={href(paths.files())}>{t('files.title')}</a>
            </li>
            <li>
              <a href={href(paths.privacy())}>{t('shell.privacy')}</a>
            </li>
            <li>
              <a href={href(paths.method())}>{t('shell.method')}</a>
            </li>
          </ul>
        </nav>
        <p className="footer__text">{t('shell.footerNote')}</p>
        <OfflineReadyNote />
      </div>
    </footer>
  )
}

function ExportRawButton() {
  const { t } = useTranslation()
  const exportRaw = useWorkspace((s) => s.exportRawBackup)
  const [failed, setFailed] = useState(false)
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          exportRaw().then(
            (data) =>
              downloadJson(`raw-backup-${new Date().toISOString().slice(0, 10)}.json`, data),
            () => setFailed(true),
          )
        }}
      >
        {t('storage.exportRaw')}
      </Button>
      {failed ? <p className="error-message">{t('storage.exportRawFailed')}</p> : null}
    </>
  )
}

/** A notice about another tab's change, named after the assessment it concerns. */
function NoticeBanner({ notice: n }: { notice: WorkspaceNotice }) {
  const { t } = useTranslation()
  const dismiss = useWorkspace((s) => s.dismissNotice)
  // Only the name is read from the store, so an answer saved elsewhere does not redraw this.
  const label = useWorkspace((s) => {
    if (n.kind === 'external-delete') return n.label
    const a = s.assessments[n.assessmentId]
    return a?.name ?? a?.meta.state ?? n.assessmentId
  })
  const text =
    n.kind === 'external-delete'
      ? t('storage.otherTabDeleted', { label })
      : n.kind === 'conflict-merged' || n.merged
        ? t('storage.otherTabMerged', { label })
        : t('storage.otherTabUpdated', { label })
  return (
    <div className="banner banner--info">
      <p>{text}</p>
      <Button variant="link" onClick={() => dismiss(n.id)}>
        {t('ui.dismiss')}
      </Button>
    </div>
  )
}

/** Messages about storage: a blocking problem, records set aside, failed writes, other tabs.
 * Each part reads only what it shows: the save status changes with every save while typing. */
function StorageBanners() {
  const { t } = useTranslation()
  const quarantined = useWorkspace((s) => s.quarantined)
  const failedWrite = useWorkspace((s) =>
    s.saveStatus.kind === 'error' ? s.saveStatus.name : null,
  )
  const notices = useWorkspace((s) => s.notices)
  return (
    <>
      {failedWrite !== null ? (
        <div className="banner banner--error" role="alert">
          <h2 className="banner__title">{t('storage.writeFailedTitle')}</h2>
          <p>
            {failedWrite === 'QuotaExceededError'
              ? t('storage.writeFailedQuota')
              : t('storage.writeFailed')}
          </p>
        </div>
      ) : null}
      {quarantined.length > 0 ? (
        <div className="banner banner--warning" role="region" aria-labelledby="quarantine-title">
          <h2 className="banner__title" id="quarantine-title">
            {t('storage.quarantineTitle', { count: quarantined.length })}
          </h2>
          <p>{t('storage.quarantineBody')}</p>
          <ExportRawButton />
        </div>
      ) : null}
      <div role="status" className="notices">
        {notices.map((n) => (
          <NoticeBanner key={n.id} notice={n} />
        ))}
      </div>
    </>
  )
}

function HydrationProblemScreen() {
  const { t } = useTranslation()
  const problem = useWorkspace((s) => s.hydrationProblem)
  return (
    <>
      <PageHeading>{t('storage.blockedTitle')}</PageHeading>
      <p>
        {problem?.kind === 'newer-version' ? t('storage.blockedNewer') : t('storage.blockedFailed')}
      </p>
      <p>{t('storage.blockedNothingWritten')}</p>
      <ExportRawButton />
    </>
  )
}

function NotFound() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading>{t('shell.notFoundTitle')}</PageHeading>
      <p>
        <a href={href(paths.library())}>{t('shell.notFoundLink')}</a>
      </p>
    </>
  )
}

function Loading() {
  const { t } = useTranslation()
  return (
    <p className="loading" role="status">
      {t('ui.loading')}
    </p>
  )
}

/** Interface language: the open assessment's language when a catalog exists, else the user's. */
function useLanguageFor(assessmentId: string | undefined) {
  const store = useWorkspaceStore()
  const language = useStore(store, (s) =>
    assessmentId ? s.assessments[assessmentId]?.meta.language : undefined,
  )
  useEffect(() => {
    void setLanguage(language && hasCatalog(language) ? language : preferredLanguage())
  }, [language])
}

function Screen({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>
}

function Routed() {
  const path = useHashPath()
  const { pathname, query } = useMemo(() => splitPath(path), [path])
  const match = matchRoute(pathname)
  const hydrated = useWorkspace((s) => s.hydrated)
  const problem = useWorkspace((s) => s.hydrationProblem)
  const readRecordsNow = useWorkspace((s) => s.readRecordsNow)
  const onStartScreen = match?.route.id === 'library'
  useEffect(() => {
    if (!onStartScreen) readRecordsNow()
  }, [onStartScreen, readRecordsNow])
  useLanguageFor(match?.params.id)
  // The start screen draws itself while the library is read (its list from the stored summaries,
  // see LibraryScreen); every other screen needs the assessments themselves.
  if (!hydrated && match?.route.id !== 'library') return <Loading />
  if (problem) return <HydrationProblemScreen />
  if (!match) return <NotFound />
  const Component = match.route.component
  // Keyed by path so each screen starts fresh (and its heading takes focus) on navigation.
  return (
    <Screen>
      <Component key={pathname} params={match.params} query={query} />
    </Screen>
  )
}

export function App({ appStore, device }: { appStore: AppStore; device: DeviceStorage }) {
  return (
    <WorkspaceContext.Provider value={appStore.store}>
      <DeviceStorageContext.Provider value={device}>
        <SkipLink />
        <Header />
        <div className="width-container">
          <UpdatePrompt />
          <StorageBanners />
          <StorageSafetyBanners />
          <main id="main" className="main" tabIndex={-1}>
            <Routed />
          </main>
        </div>
        <Footer />
      </DeviceStorageContext.Provider>
    </WorkspaceContext.Provider>
  )
}
