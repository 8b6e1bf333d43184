/// <reference types="vitest/config" />
// Build, dev server and unit/component test configuration.
// The Content-Security-Policy below is served by `npm run preview` and is the policy documented
// for deployment in README.md; the dev server cannot use it because Vite's dev client injects
// inline scripts.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { fileURLToPath } from 'node:url'
import { startFrame } from './scripts/vite-start-frame.js'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

export default defineConfig({
  plugins: [
    react(),
    // index.html gets a static copy of the start screen, painted before the app's JavaScript.
    startFrame(),
    // Offline and installable. registerType 'prompt': a new version is offered to the user and
    // applied only when they accept, never reloaded over unsaved work (reliability.md item 14).
    // The app registers the worker itself (virtual:pwa-register), so no inline script is injected.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'],
      manifest: {
        name: 'International Solidarity Assessment',
        short_name: 'Solidarity Assessment',
        description:
          'Assess development-cooperation policy against Articles 7–9 of the draft declaration on the right to international solidarity. Runs on your device.',
        theme_color: '#1d4e89',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precache every chunk, the embedded PDF font included, so reports work offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,json}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true },
  // The dev server scans the app only: bench/peer (the SurveyJS form the benchmark builds with its
  // own dependencies, not installed by `npm install`) would fail the scan on a fresh clone.
  optimizeDeps: { entries: ['index.html'] },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  test: {
    // A hang guard, not a speed check: property tests and PDF renders take seconds, more on a
    // shared 2-core machine. Speed is measured by `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
})
