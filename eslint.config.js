// Lint rules, including the layer boundaries described in ARCHITECTURE.md:
//   domain  <- lib <- features <- app   (arrows point from importer to what may be imported)
// The domain must run in Node (CLI, tests), so it may import no React, zustand, DOM-bound
// library or upper layer; a feature may not import another feature.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { readdirSync, existsSync } from 'node:fs'

const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : []

const upperLayers = ['@/features/**', '@/app/**', '@/lib/**', '**/features/**', '**/app/**', '**/lib/**']

export default tseslint.config(
  { ignores: ['dist', 'dist-peer', 'node_modules', 'bench/peer', 'public', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'The domain is plain TypeScript: no React (see ARCHITECTURE.md).' },
            { name: 'react-dom', message: 'The domain is plain TypeScript: no React (see ARCHITECTURE.md).' },
            { name: 'zustand', message: 'The domain holds no app state: no zustand (see ARCHITECTURE.md).' },
            { name: 'jspdf', message: 'The domain builds report content; jsPDF belongs in src/lib/pdf.' },
            { name: 'recharts', message: 'Charts belong in features, not the domain.' },
            { name: 'idb-keyval', message: 'Storage belongs in src/lib/storage, not the domain.' },
          ],
          patterns: [
            { group: ['react/*', 'react-dom/*', 'zustand/*', 'jspdf*', 'recharts/*'], message: 'The domain may not import UI or browser-only libraries.' },
            { group: upperLayers, message: 'The domain may not import from lib, features or app.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/features/**', '@/app/**', '**/features/**', '**/app/**'], message: 'lib may not import features or the app shell.' }] },
      ],
    },
  },
  ...features.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/features/*/**', '!@/features/' + name, '!@/features/' + name + '/**', '@/app', '@/app/**'],
              message: `A feature may not import another feature or the app shell; move shared code to src/lib or src/domain.`,
            },
            {
              // Parent-relative imports could reach a sibling feature unnoticed, so features use
              // '@/features/<own>/…' for anything outside their current folder.
              group: ['../*', '../**'],
              message: `Use the '@/' alias for imports outside this folder.`,
            },
          ],
        },
      ],
    },
  })),
)
