// Edits held on a page before they reach the store (text a field keeps while the user types,
// src/features/unit/deferred-text.tsx; answers the unit page writes after the next paint,
// src/features/unit/answer-writes.ts) are handed on when the page is hidden or left, before the
// store's own handlers save and park what is unsaved (reliability.md item 4). Listeners on one
// target run in the order they were added, so this module adds its own when it is first
// evaluated: it is imported by the app shell (src/app/app.tsx), which src/main.tsx imports before
// it adds the store's handlers.
//
// Two stages, run in this order: 'field' (a field hands its text to its page) and 'page' (a page
// writes what it holds, including what its fields just handed it, to the store).

export type PendingEditStage = 'field' | 'page'

const flushers: Record<PendingEditStage, Set<() => void>> = { field: new Set(), page: new Set() }

/** Registers a "hand on what you hold now"; returns the function that unregisters it. */
export function registerPendingEdit(
  flush: () => void,
  stage: PendingEditStage = 'field',
): () => void {
  flushers[stage].add(flush)
  return () => {
    flushers[stage].delete(flush)
  }
}

/** Hands every held edit to the store, synchronously: the fields' first, then the pages'. */
export function flushPendingEdits(): void {
  for (const flush of [...flushers.field]) flush()
  for (const flush of [...flushers.page]) flush()
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushPendingEdits)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushPendingEdits()
  })
}
