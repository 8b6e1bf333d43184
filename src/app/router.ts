// The current hash path as React state. Moving between routes marks a navigation so the next
// page heading takes focus (src/lib/ui/page-heading.tsx).
import { useSyncExternalStore } from 'react'
import { currentPath, markNavigation } from '@/lib/ui/navigation'

function subscribe(onChange: () => void): () => void {
  const handler = () => {
    markNavigation()
    onChange()
  }
  window.addEventListener('hashchange', handler)
  window.addEventListener('popstate', handler)
  return () => {
    window.removeEventListener('hashchange', handler)
    window.removeEventListener('popstate', handler)
  }
}

export function useHashPath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/')
}
