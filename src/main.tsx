// Entry point: creates the store, starts reading the stored library, and makes sure pending
// changes are written when the page is hidden or closed (reliability.md item 4).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { createAppStore } from '@/app/store'
import { createIdbBackend, createMemoryBackend, createWebStorageParking, indexedDbAvailable } from '@/lib/storage'
import { createDeviceStorage } from '@/lib/storage/device-storage'
import { trackCustomQuestionnaireLoading } from '@/lib/questionnaire-source'
import { startServiceWorker } from '@/lib/pwa/service-worker'
import { preferredLanguage, setLanguage } from '@/lib/i18n'
import '@/app/styles.css'

const backend = indexedDbAvailable() ? createIdbBackend() : createMemoryBackend()
// Changes still unsaved when the page goes away are parked in localStorage, whose writes are
// done when the call returns; IndexedDB's may be aborted with the page (reliability item 4).
const appStore = createAppStore({ backend, parking: createWebStorageParking() })
void appStore.start()
// Custom questionnaires are read (and validated) alongside the library, before screens need them;
// their code comes after the first screen's (performance.md), and screens wait for it.
trackCustomQuestionnaireLoading(
  import('@/lib/storage/questionnaires').then((m) => m.startCustomQuestionnaires(backend)),
)
// Snapshots, export log and erase share the library's backend. When another tab erases the
// device, this one reloads empty rather than keep showing (and later saving) what was erased.
const device = createDeviceStorage({ backend, library: appStore.storage, onErasedElsewhere: () => location.reload() })
// Updates are offered, never applied on their own; accepting one saves pending changes first.
void startServiceWorker({ beforeReload: () => appStore.storage.flush() })
void setLanguage(preferredLanguage())

// pagehide (reload, close, navigation away) parks unconfirmed changes with synchronous writes
// too, since the page may be gone before a revision-checked save gets its read back.
window.addEventListener('pagehide', () => appStore.storage.saveOnUnload())
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void appStore.storage.flush()
})

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App appStore={appStore} device={device} />
  </StrictMode>,
)
