// Serves the production build (dist/, made by `npm run build` before the e2e run) with the same
// headers as `npm run preview`, including the Content-Security-Policy.
import { existsSync } from 'node:fs'
import { preview, type PreviewServer } from 'vite'
import { findChromium } from './support/browser'

let server: PreviewServer | undefined

export async function setup(): Promise<void> {
  findChromium() // fail first, with the install hint, when there is no browser
  if (!existsSync('dist/index.html')) {
    throw new Error('No production build in dist/: run `npm run build` before the end-to-end tests.')
  }
  if (process.env.E2E_BASE_URL) return
  // 4173 as `npm run preview` uses; when something else holds it, the next free port, which the
  // test files read through E2E_BASE_URL (workers start after this and inherit the variable).
  server = await preview({ preview: { port: 4173, strictPort: false }, logLevel: 'warn' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('The preview server did not report its address.')
  process.env.E2E_BASE_URL = url.replace(/\/$/, '')
}

export async function teardown(): Promise<void> {
  await server?.close()
}
