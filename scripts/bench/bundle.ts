// Bundle-size rows of `npm run bench`: the app's first-screen JavaScript (and CSS), every lazy
// chunk named by what it holds, and the SurveyJS peer form built in the same run.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync, brotliCompressSync, constants } from 'node:zlib'
import { FIRST_SCREEN_BUDGET_GZIP, measureBundle, type ChunkSize } from '../lib/bundle-size'
import { buildPeer } from './peer'
import { fixedRow, type Row } from './table'

const APP = 'App bundle (production build)'
const LAZY = 'App lazy chunks (loaded on demand), largest first'
const PEER = 'Peer: SurveyJS one-question form, same Vite'

interface Compressed {
  gzip: number
  brotli: number
}

function compress(bytes: Buffer): Compressed {
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

/** The stylesheets index.html links, which the first screen also waits for. */
function firstScreenCss(distDir: string): Compressed {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const total = { gzip: 0, brotli: 0 }
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g)) {
    const c = compress(readFileSync(join(distDir, m[1] ?? '')))
    total.gzip += c.gzip
    total.brotli += c.brotli
  }
  return total
}

/** What a lazy chunk holds, read from its name and from signatures only that code contains. */
export function describeChunk(file: string, code: string): string {
  const base = file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')
  // jsPDF's optional dependencies for html() and SVG, which the report never calls: emitted as
  // chunks (and precached by the service worker) but never loaded by the page.
  if (/^(html2canvas|purify\.es)$/.test(base) || (base === 'index.es' && code.includes('canvg')))
    return `jsPDF optional dependency, never loaded: ${base}`
  if (/-(screen|page)$/.test(base) && code.includes('jsPDF'))
    return `route with the PDF layout code: ${base}`
  if (code.includes('jsPDF') || /jspdf/i.test(base)) return `PDF (jsPDF): ${base}`
  if (code.includes('recharts-')) return `charts (recharts): ${base}`
  if (/^(international-solidarity|minimal-questionnaire)/.test(base))
    return `questionnaire (JSON): ${base}`
  if (/\.assessment$/.test(base)) return `example assessment: ${base}`
  if (/-(screen|page)$/.test(base)) return `route: ${base}`
  if (/-charts$/.test(base)) return `route charts: ${base}`
  if (code.includes('ZodError') || code.includes('$ZodType')) return `zod schemas: ${base}`
  if (/^[a-z]{2,3}(-[A-Z]{2})?$/.test(base)) return `interface language catalog: ${base}`
  if (/workbox|pwa-register/.test(base)) return `offline (service worker): ${base}`
  return `shared: ${base}`
}

function chunkRow(c: ChunkSize, label: string, id: string, section: string): Row {
  return fixedRow(
    { id, section, label, unit: 'bytes', secondary: { label: 'br', value: c.brotli } },
    c.gzip,
  )
}

export interface BundleFigures {
  rows: Row[]
  appJsGzip: number
  /** Lazy files that belong to the PDF report (code and fonts); empty when no screen loads it. */
  pdfFiles: string[]
}

/** Rows for the app built into `distDir` and for the SurveyJS peer, which this call builds. */
export async function bundleRows(distDir: string): Promise<BundleFigures> {
  const app = measureBundle(distDir)
  const appCss = firstScreenCss(distDir)
  const rows: Row[] = [
    fixedRow(
      {
        id: 'app.firstScreen.js',
        section: APP,
        label: `First-screen JS, ${app.firstScreen.length} files (gzip, brotli)`,
        unit: 'bytes',
        budget: { max: FIRST_SCREEN_BUDGET_GZIP },
        secondary: { label: 'br', value: app.firstScreenTotal.brotli },
        note: `First screen loads ${app.firstScreen.map((c) => c.file.replace(/^assets\//, '')).join(', ')}.`,
      },
      app.firstScreenTotal.gzip,
    ),
    fixedRow(
      {
        id: 'app.firstScreen.css',
        section: APP,
        label: 'First-screen CSS (gzip, brotli)',
        unit: 'bytes',
        secondary: { label: 'br', value: appCss.brotli },
      },
      appCss.gzip,
    ),
  ]

  const pdfFiles: string[] = []
  for (const c of app.lazy) {
    const label = describeChunk(c.file, readFileSync(join(distDir, c.file), 'utf8'))
    if (label.startsWith('PDF') || label.startsWith('route with the PDF')) pdfFiles.push(c.file)
    rows.push(
      chunkRow(
        c,
        label,
        `app.lazy.${c.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')}`,
        LAZY,
      ),
    )
  }
  // The report's embedded font is not JavaScript but travels with the PDF code.
  const fonts = existsSync(join(distDir, 'assets'))
    ? readdirSync(join(distDir, 'assets')).filter((f) => /\.(ttf|woff2?)$/.test(f))
    : []
  for (const f of fonts) {
    const file = `assets/${f}`
    const bytes = readFileSync(join(distDir, file))
    pdfFiles.push(file)
    const base = f.replace(/-[\w-]{8}\.(ttf|woff2?)$/, '')
    rows.push(
      chunkRow(
        { file, raw: bytes.length, ...compress(bytes) },
        `PDF font: ${base}`,
        `app.lazy.font.${base}`,
        LAZY,
      ),
    )
  }
  if (pdfFiles.length === 0) {
    rows.push(
      fixedRow(
        {
          id: 'app.lazy.pdf',
          section: LAZY,
          label: 'PDF (jsPDF) and its font',
          unit: 'bytes',
          note: 'Not in the app build: no screen imports the PDF renderer yet (the "Download report" flow is not wired), so jsPDF and the font are absent rather than lazy.',
        },
        Number.NaN,
      ),
    )
  }

  const peer = await buildPeer()
  const peerCss = readdirSync('dist-peer/assets')
    .filter((f) => f.endsWith('.css'))
    .map((f) => compress(readFileSync(join('dist-peer/assets', f))))
    .reduce((t, c) => ({ gzip: t.gzip + c.gzip, brotli: t.brotli + c.brotli }), {
      gzip: 0,
      brotli: 0,
    })
  rows.push(
    fixedRow(
      {
        id: 'peer.firstScreen.js',
        section: PEER,
        label: 'SurveyJS form: first-screen JS (gzip, brotli)',
        unit: 'bytes',
        secondary: { label: 'br', value: peer.firstScreenTotal.brotli },
      },
      peer.firstScreenTotal.gzip,
    ),
    fixedRow(
      {
        id: 'peer.firstScreen.jsCss',
        section: PEER,
        label: 'SurveyJS form: first-screen JS + CSS (gzip, brotli)',
        unit: 'bytes',
        secondary: { label: 'br', value: peer.firstScreenTotal.brotli + peerCss.brotli },
      },
      peer.firstScreenTotal.gzip + peerCss.gzip,
    ),
    fixedRow(
      {
        id: 'ratio.js',
        section: PEER,
        label: 'Ratio app ÷ SurveyJS, first-screen JS (gzip)',
        unit: 'ratio',
        secondary: {
          label: 'br',
          value: app.firstScreenTotal.brotli / peer.firstScreenTotal.brotli,
        },
      },
      app.firstScreenTotal.gzip / peer.firstScreenTotal.gzip,
    ),
    fixedRow(
      {
        id: 'ratio.jsCss',
        section: PEER,
        label: 'Ratio app ÷ SurveyJS, first-screen JS + CSS (gzip)',
        unit: 'ratio',
        secondary: {
          label: 'br',
          value:
            (app.firstScreenTotal.brotli + appCss.brotli) /
            (peer.firstScreenTotal.brotli + peerCss.brotli),
        },
      },
      (app.firstScreenTotal.gzip + appCss.gzip) / (peer.firstScreenTotal.gzip + peerCss.gzip),
    ),
  )
  return { rows, appJsGzip: app.firstScreenTotal.gzip, pdfFiles }
}
