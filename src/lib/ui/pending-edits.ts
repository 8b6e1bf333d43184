// Edits a field holds before handing them to the store (src/features/unit/deferred-text.tsx) are
// handed on when the page is hidden or left, before the store's own handlers save and park what
// is unsaved (reliability.md item 4). Listeners on one target run in the order they were added,
// so this module adds its own when it is first evaluated: it is imported by the app shell
// (src/app/app.tsx), which src/main.tsx imports before it adds the store's handlers.

const flushers = new Set<() => void>()

/** Registers a field's "hand on what you hold now"; returns the function that unregisters it. */
export function registerPendingEdit(flush: () => void): () => void {
  flushers.add(flush)
  return () => {
    flushers.delete(flush)
  }
}

/** Hands every held edit to the store, synchronously. */
export function flushPendingEdits(): void {
  for (const flush of [...flushers]) flush()
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushPendingEdits)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushPendingEdits()
  })
}
