// "Erase everything on this device" (the Privacy page): every stored key of the app, its
// preferences in localStorage, the service worker's offline copy and its registration. Other open
// tabs are told over a BroadcastChannel so they stop writing and reload empty, instead of
// re-saving from memory what the user just erased.
import type { KeyValueBackend } from '@/lib/storage/backend'

/** Prefix of every localStorage key the app writes (the interface language, for one). */
export const LOCAL_STORAGE_PREFIX = 'isa:'
export const DEVICE_CHANNEL_NAME = 'isa-device'

export interface EraseReport {
  /** Keys removed from IndexedDB (assessments, snapshots, backups, settings). */
  storedKeys: number
  localStorageKeys: number
  caches: number
  serviceWorkers: number
}

async function eraseLocalStorage(): Promise<number> {
  if (typeof localStorage === 'undefined') return 0
  const doomed: string[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)
    if (key?.startsWith(LOCAL_STORAGE_PREFIX)) doomed.push(key)
  }
  doomed.forEach((k) => localStorage.removeItem(k))
  return doomed.length
}

async function eraseCaches(): Promise<number> {
  if (typeof caches === 'undefined') return 0
  const names = await caches.keys()
  await Promise.all(names.map((n) => caches.delete(n)))
  return names.length
}

async function unregisterServiceWorkers(): Promise<number> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return 0
  const registrations = await navigator.serviceWorker.getRegistrations()
  await Promise.all(registrations.map((r) => r.unregister()))
  return registrations.length
}

/**
 * Removes everything the app stored on this device. The caller must already have stopped the
 * library storage from writing (LibraryStorage.block), or a pending save would bring data back.
 */
export async function eraseDeviceData(backend: KeyValueBackend): Promise<EraseReport> {
  announceErase()
  const keys = await backend.keys()
  // One key at a time: a failure leaves a clear partial state rather than an unknown one.
  for (const key of keys) await backend.del(key)
  const [localStorageKeys, cacheCount, serviceWorkers] = await Promise.all([
    eraseLocalStorage().catch(() => 0),
    eraseCaches().catch(() => 0),
    unregisterServiceWorkers().catch(() => 0),
  ])
  return { storedKeys: keys.length, localStorageKeys, caches: cacheCount, serviceWorkers }
}

function announceErase(): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(DEVICE_CHANNEL_NAME)
  channel.postMessage({ type: 'erased' })
  channel.close()
}

/** Calls `onErased` when another tab erased the device. Returns the unsubscribe function. */
export function onDeviceErasedElsewhere(onErased: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(DEVICE_CHANNEL_NAME)
  channel.addEventListener('message', (e: MessageEvent) => {
    const data: unknown = e.data
    if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'erased') onErased()
  })
  return () => channel.close()
}
