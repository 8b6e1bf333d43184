// Which interface languages exist and how they are written. A catalog is added by dropping
// `catalogs/<code>.ts` (exporting `catalog`, typed as `Catalog`) into the catalogs folder: the
// glob below finds it, so no other file changes.
import type { Catalog } from '@/lib/i18n/catalogs/en'
import { DEFAULT_LANGUAGE } from '@/lib/i18n/language-info'

export { DEFAULT_LANGUAGE, directionOf, nativeLanguageName } from '@/lib/i18n/language-info'

type CatalogModule = { catalog: Catalog }

const modules = import.meta.glob<CatalogModule>(['./catalogs/*.ts', '!./catalogs/en.ts', '!./catalogs/en-*.ts'])

const loaders: Record<string, () => Promise<CatalogModule>> = Object.fromEntries(
  Object.entries(modules).map(([path, load]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), load]),
)

/** Codes of every interface language with a catalog, English first. */
export const UI_LANGUAGES: readonly string[] = [DEFAULT_LANGUAGE, ...Object.keys(loaders).sort()]

export function hasCatalog(language: string): boolean {
  return language === DEFAULT_LANGUAGE || language in loaders
}

export async function loadCatalog(language: string): Promise<Catalog | undefined> {
  const load = loaders[language]
  return load ? withPluralForms((await load()).catalog, language) : undefined
}

type Tree = { [key: string]: string | Tree }

/**
 * Catalogs carry the English plural keys (`_one`, `_other`), which the Catalog type enforces.
 * Languages with more plural categories (Arabic has zero, one, two, few, many, other) would
 * otherwise fall back to English for those counts, so each missing category is filled with the
 * language's own `_other` text; translators word `_other` so that it reads with any number.
 */
export function withPluralForms<T extends object>(catalog: T, language: string): T {
  let categories: string[]
  try {
    categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
  } catch {
    return catalog
  }
  const fill = (node: Tree): Tree => {
    const out: Tree = {}
    for (const [key, value] of Object.entries(node)) {
      out[key] = typeof value === 'string' ? value : fill(value)
    }
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== 'string' || !key.endsWith('_other')) continue
      const base = key.slice(0, -'_other'.length)
      for (const category of categories) {
        if (!(`${base}_${category}` in out)) out[`${base}_${category}`] = value
      }
    }
    return out
  }
  return fill(catalog as unknown as Tree) as unknown as T
}
