// Small status labels ("Complete", "Critical", "Example"). Colour is never the only signal: the
// text says it.
import type { ReactNode } from 'react'

export type TagTone = 'grey' | 'blue' | 'green' | 'yellow' | 'red' | 'purple'

export function Tag({ tone = 'grey', children }: { tone?: TagTone; children: ReactNode }) {
  return <strong className={`tag tag--${tone}`}>{children}</strong>
}
