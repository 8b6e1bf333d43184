// A radio choice on the unit page shows at once; the draft, the question's checks and the page
// follow in a transition (performance.md: interaction to next paint ≤ 50 ms at 4× CPU
// throttling). Re-rendering the question and the page inside the click took most of a choice's
// time on a slow machine; now the click redraws the radio group alone, and the rest is drawn in
// a render the browser can interrupt for the next input.
//
// Nothing waits on the transition to be kept: the page's change handler merges the choice into
// its latest drafts and queues the answer for the store before it returns
// (src/features/unit/unit-screen.tsx).
import { startTransition, useCallback, useLayoutEffect, useOptimistic, useRef } from 'react'

/**
 * The option to show as checked, and a `choose` for the radios' change handler. While the
 * transition carrying a choice is pending, the choice is shown; once it has been drawn, the
 * shown option is `selected` again, so a change from elsewhere (a special answer that clears the
 * value, another tab) always wins in the end.
 */
export function useShownChoice<T>(
  selected: T | undefined,
  onSelect: (value: T) => void,
): [shown: T | undefined, choose: (value: T) => void] {
  const [shown, show] = useOptimistic<T | undefined, T>(selected, (_, value) => value)
  const latest = useRef(onSelect)
  // A layout effect, so a choice never calls an older handler.
  useLayoutEffect(() => {
    latest.current = onSelect
  }, [onSelect])
  const choose = useCallback(
    (value: T) =>
      startTransition(() => {
        show(value)
        latest.current(value)
      }),
    [show],
  )
  return [shown, choose]
}
