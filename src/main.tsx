// Entry point: creates the store, starts reading the stored library, and makes sure pending
// changes are written when the page is hidden or closed (reliability.md item 4).
//
// index.html already shows a static copy of the start screen (scripts/vite-start-frame.ts), so
// the first paint never waits for this code. React renders once that copy is on screen and the
// interface language's texts are loaded, in a transition so that the render yields to input every
// few milliseconds; work the first screen does not need waits until after that render.
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { createAppStore } from '@/app/store'
import {
  createIdbBackend,
  createMemoryBackend,
  createWebStorageParking,
  indexedDbAvailable,
} from '@/lib/storage'
import { createDeviceStorage } from '@/lib/storage/device-storage'
import { trackCustomQuestionnaireLoading } from '@/lib/questionnaire-source'
import { startServiceWorker } from '@/lib/pwa/service-worker'
import { preferredLanguage, setLanguage } from '@/lib/i18n'
import { afterFirstPaint, whenIdle } from '@/app/first-paint'
import '@/app/styles.css'

const backend = indexedDbAvailable() ? createIdbBackend() : createMemoryBackend()
// Changes still unsaved when the page goes away are parked in localStorage, whose writes are
// done when the call returns; IndexedDB's may be aborted with the page (reliability item 4).
const appStore = createAppStore({ backend, parking: createWebStorageParking() })
// Snapshots, export log and erase share the library's backend. When another tab erases the
// device, this one reloads empty rather than keep showing (and later saving) what was erased.
const device = createDeviceStorage({
  backend,
  library: appStore.storage,
  onErasedElsewhere: () => location.reload(),
})

// pagehide (reload, close, navigation away) parks unconfirmed changes with synchronous writes
// too, since the page may be gone before a revision-checked save gets its read back.
window.addEventListener('pagehide', () => appStore.storage.saveOnUnload())
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void appStore.storage.flush()
})

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// Reading the library starts at once: its first step is one small read (the summaries the start
// screen lists), done by the time the screen first renders; the records follow once that list is
// painted (src/app/store).
void appStore.start()

// The first render is in the user's language (its catalog is loaded first), never English first.
const rendered = Promise.all([setLanguage(preferredLanguage()), afterFirstPaint()]).then(() => {
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App appStore={appStore} device={device} />
      </StrictMode>,
    )
  })
})

// Custom questionnaires are read (and validated) after the first screen is drawn; their code comes
// after the first screen's (performance.md). Screens opened on an assessment that uses one wait
// for them: they are marked as loading from the start.
trackCustomQuestionnaireLoading(
  rendered
    .then(() => whenIdle())
    .then(() => import('@/lib/storage/questionnaires'))
    .then((m) => m.startCustomQuestionnaires(backend)),
)
// Updates are offered, never applied on their own; accepting one saves pending changes first.
// Registering (and the worker's download of every file) waits until the page is idle.
void rendered
  .then(() => whenIdle())
  .then(() => startServiceWorker({ beforeReload: () => appStore.storage.flush() }))
