// English interface text: the reference catalog. Its shape types every other catalog and every
// t() call (see ../i18next.d.ts).
import { enCore } from '@/lib/i18n/catalogs/en-core'
import { enScreens } from '@/lib/i18n/catalogs/en-screens'

type Tree = { readonly [key: string]: string | Tree }

/** Deep merge of two disjoint catalog parts (a section may be split between them). */
export function joinCatalogs<A extends Tree, B extends Tree>(a: A, b: B): A & B {
  const out: Record<string, string | Tree> = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key]
    out[key] = typeof mine === 'object' && typeof value === 'object' ? joinCatalogs(mine, value) : value
  }
  return out as A & B
}

export const en = joinCatalogs(enCore, enScreens)

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
/** What a catalog for another language must provide: every key of the English one. */
export type Catalog = Widen<typeof en>
