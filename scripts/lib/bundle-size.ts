// Measures what the built app (dist/) sends: the JavaScript the first screen loads (the entry
// script and the chunks index.html preloads) and every lazy chunk, raw, gzip and brotli.
// Used by the bundle budget test and by `npm run bench`.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync, brotliCompressSync, constants } from 'node:zlib'

export interface ChunkSize {
  file: string
  raw: number
  gzip: number
  brotli: number
}

export interface BundleReport {
  firstScreen: ChunkSize[]
  firstScreenTotal: Omit<ChunkSize, 'file'>
  lazy: ChunkSize[]
}

export const FIRST_SCREEN_BUDGET_GZIP = 120 * 1000

function sizeOf(dir: string, file: string): ChunkSize {
  const bytes = readFileSync(join(dir, file))
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  }
}

export function measureBundle(distDir = 'dist'): BundleReport {
  const htmlPath = join(distDir, 'index.html')
  if (!existsSync(htmlPath)) throw new Error(`No ${htmlPath}: run \`npm run build\` first.`)
  const html = readFileSync(htmlPath, 'utf8')
  const initial = new Set<string>()
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="\/?([^"]+\.js)"/g)) initial.add(m[1]!)
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)) initial.add(m[1]!)
  if (initial.size === 0) throw new Error('index.html loads no module script: is dist/ a Vite build?')
  const firstScreen = [...initial].sort().map((f) => sizeOf(distDir, f))
  const assets = readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
    .filter((f) => !initial.has(f))
  const lazy = assets.map((f) => sizeOf(distDir, f)).sort((a, b) => b.gzip - a.gzip)
  const firstScreenTotal = firstScreen.reduce(
    (t, c) => ({ raw: t.raw + c.raw, gzip: t.gzip + c.gzip, brotli: t.brotli + c.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  )
  return { firstScreen, firstScreenTotal, lazy }
}
