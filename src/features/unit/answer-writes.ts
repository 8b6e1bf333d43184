// Answers changed on the unit page reach the store just after the browser has painted the
// change. A choice then redraws only its question before the next frame; the store update and
// everything that follows it (the header's save status, the language picker, the page itself
// re-reading the assessment) run in a task of their own once the user has seen the result
// (performance.md: interaction to next paint ≤ 50 ms at 4× CPU throttling).
//
// Nothing may be lost (reliability.md item 4): what is queued is written when the page is hidden
// or left, after the fields have handed on their text (src/lib/ui/pending-edits.ts), and at once
// when the page unmounts (the user followed a link or moved to the next unit).
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'
import type { Answer } from '@/domain/assessment/schema'
import { registerPendingEdit } from '@/lib/ui/pending-edits'

/** Longest wait for a frame: animation frames stop while a page is hidden. */
const FRAME_WAIT_MS = 250

/** Runs `fn` once, in a task after the next frame has been painted (or after a short wait). */
function afterNextPaint(fn: () => void): void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    fn()
  }
  // A task queued from an animation frame callback runs after that frame is painted.
  requestAnimationFrame(() => setTimeout(run, 0))
  setTimeout(run, FRAME_WAIT_MS)
}

export type WriteAnswer = (questionId: string, answer: Answer | undefined) => void

/**
 * Returns a `write(questionId, answer)` that queues the answer (the latest one per question wins)
 * and hands the queue to `store` after the next paint. `store` may change from render to render;
 * the latest one is called.
 */
export function useAnswerWrites(store: WriteAnswer): WriteAnswer {
  const queue = useRef(new Map<string, Answer | undefined>())
  const scheduled = useRef(false)
  const unmounted = useRef(false)
  const latest = useRef(store)
  // A layout effect, so a write from a timer or an event never calls an older handler.
  useLayoutEffect(() => {
    latest.current = store
  }, [store])

  const flush = useCallback(() => {
    scheduled.current = false
    const entries = [...queue.current]
    queue.current.clear()
    for (const [questionId, answer] of entries) latest.current(questionId, answer)
  }, [])

  useEffect(() => {
    unmounted.current = false
    const unregister = registerPendingEdit(flush, 'page')
    return () => {
      unregister()
      unmounted.current = true
      flush()
    }
  }, [flush])

  return useCallback(
    (questionId: string, answer: Answer | undefined) => {
      queue.current.set(questionId, answer)
      // Once the page is gone (a field handing on its text as it unmounts), write at once.
      if (unmounted.current) return flush()
      if (scheduled.current) return
      scheduled.current = true
      afterNextPaint(flush)
    },
    [flush],
  )
}
