// Text typed into a long field of the unit page (comment, reason, evidence text) is held by the
// field and handed on to the page's draft and the store a moment after typing pauses, on blur,
// and before the page is hidden or left. A keystroke then re-renders one textarea instead of the
// question, the page and everything that reads the store, which kept typing from keeping up on
// slow machines (performance.md: interaction to next paint ≤ 50 ms at 4× CPU throttling).
//
// Nothing typed may be lost (reliability.md item 4): the pending text is handed on when the page
// is hidden or left, before the store saves and parks its changes (src/lib/ui/pending-edits.ts),
// and when the field unmounts (the user followed a link).
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type ComponentProps,
} from 'react'
import { TextArea } from '@/lib/ui/form-fields'
import { registerPendingEdit } from '@/lib/ui/pending-edits'

/**
 * Pause after the last keystroke before the text reaches the draft and the store. It is longer
 * than the gap between a fast typist's keystrokes (about 120 ms at 100 words a minute), so the
 * hand-over, which redraws the question and starts a save, waits for a real pause instead of
 * landing between two keystrokes and delaying the second. The store's own save follows 250 ms
 * later, so a pause in typing is on disk about half a second after it began.
 */
export const TEXT_COMMIT_MS = 300

export interface DeferredText {
  value: string
  onChange(event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>): void
  /** Hands on the pending text at once (call it from the field's blur). */
  commit(): void
}

/**
 * Local state for one text field whose `value` comes from the draft. `onCommit` may change from
 * render to render; the latest one is called.
 */
export function useDeferredText(value: string, onCommit: (text: string) => void): DeferredText {
  const [text, setText] = useState(value)
  const [shown, setShown] = useState(value)
  const pending = useRef<string | undefined>(undefined)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const latest = useRef(onCommit)
  // A layout effect, so a commit from a timer or an event never calls an older handler.
  useLayoutEffect(() => {
    latest.current = onCommit
  }, [onCommit])

  // The draft changed from elsewhere (another tab, an undo): show it unless the user is typing.
  if (value !== shown) {
    setShown(value)
    if (pending.current === undefined) setText(value)
  }

  const commit = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    const next = pending.current
    if (next === undefined) return
    pending.current = undefined
    // The field already shows the text; redrawing the question with it is a transition, so a
    // hand-over on blur does not hold up the click that moved focus away. The handler itself
    // (which queues the answer for the store) runs before this returns.
    startTransition(() => latest.current(next))
  }, [])

  useEffect(() => {
    const unregister = registerPendingEdit(commit)
    return () => {
      unregister()
      commit()
    }
  }, [commit])

  const onChange = useCallback(
    (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => {
      const next = event.target.value
      setText(next)
      pending.current = next
      clearTimeout(timer.current)
      timer.current = setTimeout(commit, TEXT_COMMIT_MS)
    },
    [commit],
  )

  return { value: text, onChange, commit }
}

type TextAreaProps = ComponentProps<typeof TextArea>

/** The app's TextArea with its text deferred as above. */
export function DeferredTextArea({
  value,
  onCommit,
  onBlur,
  ...props
}: Omit<TextAreaProps, 'value' | 'onChange'> & { value: string; onCommit(text: string): void }) {
  const text = useDeferredText(value, onCommit)
  return (
    <TextArea
      {...props}
      value={text.value}
      onChange={text.onChange}
      onBlur={(e) => {
        text.commit()
        onBlur?.(e)
      }}
    />
  )
}
