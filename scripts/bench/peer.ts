// Builds the SurveyJS peer form (bench/peer) with the same Vite as the app, from its own folder
// and node_modules, and measures its first-screen JavaScript and CSS the same way as the app's.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import react from '@vitejs/plugin-react'
import { measureBundle, type BundleReport } from '../lib/bundle-size'

const PEER_DIR = resolve('bench/peer')
const PEER_OUT = resolve('dist-peer')

export async function buildPeer(): Promise<BundleReport & { cssGzip: number }> {
  if (!existsSync(join(PEER_DIR, 'node_modules/survey-core'))) {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--legacy-peer-deps'], {
      cwd: PEER_DIR,
      stdio: 'inherit',
    })
  }
  await build({
    root: PEER_DIR,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: PEER_OUT, emptyOutDir: true, target: 'es2022' },
  })
  const report = measureBundle(PEER_OUT)
  const cssGzip = readdirSync(join(PEER_OUT, 'assets'))
    .filter((f) => f.endsWith('.css'))
    .reduce((t, f) => t + gzipSync(readFileSync(join(PEER_OUT, 'assets', f)), { level: 9 }).length, 0)
  return { ...report, cssGzip }
}
