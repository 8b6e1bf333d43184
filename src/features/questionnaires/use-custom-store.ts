// The stored custom questionnaires and the store that changes them, for this feature's screen;
// re-renders when one is saved or removed, and when the entry point installs the store.
import { useSyncExternalStore } from 'react'
import {
  currentCustomQuestionnaireStore,
  subscribeCustomQuestionnaireStore,
  type CustomQuestionnaireStore,
  type CustomQuestionnairesState,
} from '@/lib/storage/questionnaires'

const LOADING: CustomQuestionnairesState = { status: 'loading' }
const noStore = () => () => undefined
const loadingState = () => LOADING

/** `store` is undefined between the first screen and the entry point's start-up import finishing. */
export function useCustomQuestionnaireStore(): {
  store: CustomQuestionnaireStore | undefined
  state: CustomQuestionnairesState
} {
  const store = useSyncExternalStore(
    subscribeCustomQuestionnaireStore,
    currentCustomQuestionnaireStore,
  )
  const state = useSyncExternalStore(store?.subscribe ?? noStore, store?.getState ?? loadingState)
  return { store, state }
}
