// Asking the browser to keep this site's storage (design/reliability.md item 8). Without it the
// browser may evict IndexedDB under storage pressure, or (Safari) after a week without a visit.
// The answer is shared by every screen through a tiny external store, so the Privacy page and
// the shell show the same thing without asking twice.
import { useSyncExternalStore } from 'react'

export type PersistenceAnswer =
  | { kind: 'unknown' }
  | { kind: 'asking' }
  | { kind: 'granted' }
  | { kind: 'denied' }
  | { kind: 'unsupported' }
  | { kind: 'failed'; message: string }

export interface StorageEstimateInfo {
  usage: number
  quota: number
}

interface StorageManagerLike {
  persist?: () => Promise<boolean>
  persisted?: () => Promise<boolean>
  estimate?: () => Promise<StorageEstimate>
}

function manager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManagerLike | undefined)
}

let answer: PersistenceAnswer = { kind: 'unknown' }
let requested: Promise<PersistenceAnswer> | undefined
const listeners = new Set<() => void>()

function setAnswer(next: PersistenceAnswer): PersistenceAnswer {
  answer = next
  listeners.forEach((l) => l())
  return next
}

/**
 * Asks for persistent storage once per visit (Chromium decides silently, Firefox may ask the
 * user) and records the answer. `again` asks anew, e.g. from a button after the user changed a
 * browser setting.
 */
export function requestPersistentStorage({ again = false } = {}): Promise<PersistenceAnswer> {
  if (requested && !again) return requested
  const m = manager()
  if (!m?.persist) {
    requested = Promise.resolve(setAnswer({ kind: 'unsupported' }))
    return requested
  }
  const persist = m.persist.bind(m)
  setAnswer({ kind: 'asking' })
  requested = (async () => {
    try {
      // Already granted: no need to ask (and no prompt in Firefox).
      if (m.persisted && (await m.persisted.call(m))) return setAnswer({ kind: 'granted' })
      return setAnswer({ kind: (await persist()) ? 'granted' : 'denied' })
    } catch (e) {
      return setAnswer({ kind: 'failed', message: e instanceof Error ? e.message : String(e) })
    }
  })()
  return requested
}

export function currentPersistence(): PersistenceAnswer {
  return answer
}

/** The latest answer; re-renders when it changes. */
export function usePersistence(): PersistenceAnswer {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => answer,
    () => answer,
  )
}

/** How much this site stores and may store, in bytes; null where the browser does not say. */
export async function estimateStorage(): Promise<StorageEstimateInfo | null> {
  const m = manager()
  if (!m?.estimate) return null
  try {
    const e = await m.estimate.call(m)
    return typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null
  } catch {
    return null
  }
}
