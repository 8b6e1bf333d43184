// Translation round trip for questionnaire files: export every prose field of one language as a
// flat JSON object keyed by its path (for a translator or a spreadsheet), and merge a translated
// object back in, adding the language to `languages`. The validator then reports any string still
// missing. Usage:
//   npm run strings -- export <questionnaire.json> <lang> > strings.en.json
//   npm run strings -- merge <questionnaire.json> <lang> <strings.xx.json>
import { readFileSync, writeFileSync } from 'node:fs'

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

const LANG_KEY = /^[a-z]{2,3}(-[A-Z]{2})?$/

function isProse(value: Json): value is Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const entries = Object.entries(value)
  return entries.length > 0 && entries.every(([k, v]) => LANG_KEY.test(k) && typeof v === 'string')
}

function walk(node: Json, path: string, visit: (prose: Record<string, string>, path: string) => void) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${path}[${i}]`, visit))
  } else if (node !== null && typeof node === 'object') {
    if (isProse(node)) {
      visit(node, path)
      return
    }
    for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key, visit)
  }
}

export function exportStrings(questionnaire: Json, lang: string): Record<string, string> {
  const out: Record<string, string> = {}
  walk(questionnaire, '', (prose, path) => {
    const text = prose[lang]
    if (text !== undefined) out[path] = text
  })
  return out
}

/** Returns the paths of the translation that matched no prose field. */
export function mergeStrings(questionnaire: Json, lang: string, strings: Record<string, string>): string[] {
  const used = new Set<string>()
  walk(questionnaire, '', (prose, path) => {
    const text = strings[path]
    if (typeof text === 'string' && text.trim()) {
      prose[lang] = text
      used.add(path)
    }
  })
  if (questionnaire && typeof questionnaire === 'object' && !Array.isArray(questionnaire)) {
    const langs = questionnaire.languages
    if (Array.isArray(langs) && !langs.includes(lang)) langs.push(lang)
  }
  return Object.keys(strings).filter((p) => !used.has(p))
}

function main(argv: string[]): number {
  const [command, file, lang, stringsFile] = argv
  if (!file || !lang || (command !== 'export' && command !== 'merge') || (command === 'merge' && !stringsFile)) {
    process.stderr.write(
      'Usage: npm run strings -- export <questionnaire.json> <lang>\n       npm run strings -- merge <questionnaire.json> <lang> <strings.json>\n',
    )
    return 2
  }
  const questionnaire = JSON.parse(readFileSync(file, 'utf8')) as Json
  if (command === 'export') {
    process.stdout.write(`${JSON.stringify(exportStrings(questionnaire, lang), null, 2)}\n`)
    return 0
  }
  const strings = JSON.parse(readFileSync(stringsFile!, 'utf8')) as Record<string, string>
  const unused = mergeStrings(questionnaire, lang, strings)
  writeFileSync(file, `${JSON.stringify(questionnaire, null, 2)}\n`)
  for (const p of unused) process.stderr.write(`not in the questionnaire (ignored): ${p}\n`)
  process.stderr.write(`merged ${Object.keys(strings).length - unused.length} strings into ${file}; run \`npm run cli -- validate ${file}\` to list any still missing\n`)
  return 0
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2))
