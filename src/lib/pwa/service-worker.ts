/// <reference types="vite-plugin-pwa/vanillajs" />
// Registers the service worker that keeps the app working offline, with the *prompt* update flow
// (vite.config.ts: registerType 'prompt'; design/reliability.md item 14). A new version is only
// announced; it takes over when the user presses Reload, after pending saves are flushed. If
// another tab accepted the update, this tab is told and keeps running until its user chooses to
// reload: nothing ever reloads over unsaved work on its own.
import { useSyncExternalStore } from 'react'

export interface PwaState {
  /** The service worker is registered (the app can run offline after the first visit). */
  registered: boolean
  /** The app's files are cached for offline use (first install finished). */
  offlineReady: boolean
  /** A new version is installed and waiting for the user's go-ahead. */
  updateWaiting: boolean
  /** The user pressed Reload: saving and switching are under way. */
  updating: boolean
  /** Registration failed (e.g. a private window that forbids service workers). */
  error: string | null
}

export interface StartOptions {
  /** Runs before the page reloads into the new version; the shell flushes pending saves here. */
  beforeReload?: () => Promise<void>
  /** How often to look for a new version while the app stays open, in milliseconds. */
  checkEveryMs?: number
}

let state: PwaState = { registered: false, offlineReady: false, updateWaiting: false, updating: false, error: null }
const listeners = new Set<() => void>()
let started = false
let updateServiceWorker: ((reloadPage?: boolean) => Promise<void>) | undefined
let beforeReload: () => Promise<void> = async () => undefined
/** True once the new worker controls this page (accepted here or in another tab). */
let newVersionActive = false
let acceptedHere = false

function set(patch: Partial<PwaState>): void {
  state = { ...state, ...patch }
  listeners.forEach((l) => l())
}

async function reloadAfterSaving(): Promise<void> {
  try {
    await beforeReload()
  } finally {
    window.location.reload()
  }
}

/**
 * Registers the service worker once. Only production builds have one; in development and where
 * browsers offer no service workers this does nothing.
 */
export async function startServiceWorker(options: StartOptions = {}): Promise<void> {
  if (started || !import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  started = true
  beforeReload = options.beforeReload ?? beforeReload
  const checkEveryMs = options.checkEveryMs ?? 60 * 60 * 1000
  const { registerSW } = await import('virtual:pwa-register')
  updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => set({ updateWaiting: true }),
    onOfflineReady: () => set({ offlineReady: true }),
    // The new worker took control. Reload only if the user asked for it in this tab.
    onNeedReload: () => {
      newVersionActive = true
      if (acceptedHere) void reloadAfterSaving()
      else set({ updateWaiting: true })
    },
    onRegisteredSW: (_url, registration) => {
      set({ registered: true })
      if (registration && checkEveryMs > 0) {
        setInterval(() => {
          // Offline, the check simply fails; the next one may succeed.
          registration.update().catch(() => undefined)
        }, checkEveryMs)
      }
    },
    onRegisterError: (e: unknown) => set({ error: e instanceof Error ? e.message : String(e) }),
  })
}

/** The user chose to switch to the new version: save, then let the new worker take over. */
export async function acceptUpdate(): Promise<void> {
  acceptedHere = true
  set({ updating: true })
  if (newVersionActive || !updateServiceWorker) {
    // Another tab already activated it: there is nothing left to skip, only to reload.
    await reloadAfterSaving()
    return
  }
  await beforeReload()
  // The worker skips waiting; `onNeedReload` then reloads this page when the new worker takes it
  // over. A page no worker controlled yet (the first visit) is never taken over, so it reloads here.
  await updateServiceWorker()
  if (!navigator.serviceWorker.controller) window.location.reload()
}

/** "Later": hide the prompt for this visit; the new version starts on the next visit. */
export function dismissUpdate(): void {
  set({ updateWaiting: false })
}

export function dismissOfflineReady(): void {
  set({ offlineReady: false })
}

export function usePwaState(): PwaState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => state,
    () => state,
  )
}
