// The start frame: a static copy of the app's header and of the start screen's heading, intro and
// first buttons, written into index.html at build time (and by the dev server) so the browser can
// paint the first screen before any JavaScript has loaded (design/performance.md: first paint on a
// slow phone). React's first render replaces it with the same boxes.
//
// Texts come from the interface catalogs, one copy per interface language. public/boot-language.js
// runs in <head> before the body is parsed: it picks the language the app will pick
// (preferredLanguage() in src/lib/i18n), sets <html lang dir>, and shows only that language's copy;
// on any page other than the start screen (a deep link) it shows the header alone. The frame is
// inert and hidden from assistive technology: screen readers meet the page once, when React
// renders it.
// Local imports name the .js file TypeScript resolves to the .ts one: Vite's config loader then
// needs no extension guessing.
import type { Plugin } from 'vite'
import { enCore } from '../src/lib/i18n/catalogs/en-core.js'
import { catalog as ar } from '../src/lib/i18n/catalogs/ar.js'
import { catalog as es } from '../src/lib/i18n/catalogs/es.js'
import { catalog as fr } from '../src/lib/i18n/catalogs/fr.js'
import { DEFAULT_LANGUAGE, directionOf, nativeLanguageName } from '../src/lib/i18n/language-info.js'

/** The part of a catalog the frame shows. */
type FrameCatalog = Pick<
  typeof enCore,
  'app' | 'shell' | 'save' | 'library' | 'files' | 'questionnaires'
>

/**
 * Every interface language's catalog, English first and the rest by code, the order of
 * UI_LANGUAGES (src/lib/i18n/languages.ts). A new catalog must be added here too; a unit test
 * (tests/unit/i18n/start-frame.test.ts) fails until it is.
 */
const CATALOGS: Record<string, FrameCatalog> = { [DEFAULT_LANGUAGE]: enCore, ar, es, fr }

export const FRAME_LANGUAGES: readonly string[] = [
  DEFAULT_LANGUAGE,
  ...Object.keys(CATALOGS)
    .filter((code) => code !== DEFAULT_LANGUAGE)
    .sort(),
]

/** The texts of one language's frame, in the order they appear on the page. */
export interface FrameTexts {
  appName: string
  localOnly: string
  saveStatus: string
  languageLabel: string
  languageNote: string
  intro1: string
  intro2: string
  newAssessment: string
  files: string
  questionnaires: string
}

export function frameTexts(language: string): FrameTexts {
  const c = CATALOGS[language]
  if (!c) throw new Error(`No catalog for ${language}`)
  return {
    appName: c.app.name,
    localOnly: c.shell.localOnly,
    saveStatus: c.save.idle,
    languageLabel: c.shell.language,
    languageNote: c.shell.languageNote,
    intro1: c.library.intro1,
    intro2: c.library.intro2,
    newAssessment: c.library.new,
    files: c.files.libraryLink,
    questionnaires: c.questionnaires.title,
  }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * One language's copy of the shell (src/app/app.tsx: Header and the main column) and of the
 * library screen's top (src/features/library/library-screen.tsx), with the same classes so that
 * React's render takes the same boxes. No <header>, <main> or <h1>: until React replaces the frame
 * those belong to the app alone (tests and scripts find the rendered screen by them).
 */
function languageFrame(language: string): string {
  const t = frameTexts(language)
  const e = escapeHtml
  const options = FRAME_LANGUAGES.map(
    (code) =>
      `<option value="${code}" lang="${code}"${code === language ? ' selected' : ''}>${e(nativeLanguageName(code))}</option>`,
  ).join('')
  return [
    `<div class="start-frame__lang" data-frame-lang="${language}" lang="${language}" dir="${directionOf(language)}">`,
    '<div class="header"><div class="header__inner width-container">',
    `<a class="header__name" href="#/">${e(t.appName)}</a>`,
    `<p class="header__note">${e(t.localOnly)}</p>`,
    `<p class="save-status save-status--idle">${e(t.saveStatus)}</p>`,
    '<div class="language-switcher">',
    `<label class="language-switcher__label">${e(t.languageLabel)}</label>`,
    `<select class="select language-switcher__select">${options}</select>`,
    `<p class="language-switcher__note">${e(t.languageNote)}</p>`,
    '</div></div></div>',
    '<div class="width-container"><div class="main"><div class="start-frame__screen">',
    `<p class="page-heading start-frame__heading">${e(t.appName)}</p>`,
    `<p class="lead">${e(t.intro1)}</p>`,
    `<p>${e(t.intro2)}</p>`,
    '<div class="button-group">',
    `<a class="button button--primary" href="#/new">${e(t.newAssessment)}</a>`,
    `<a class="button button--secondary" href="#/files">${e(t.files)}</a>`,
    `<a class="button button--secondary" href="#/questionnaires">${e(t.questionnaires)}</a>`,
    '</div></div></div></div></div>',
  ].join('')
}

/** The frame that goes inside #root: every language's copy, all hidden until one is chosen. */
export function startFrameHtml(): string {
  return `<div class="start-frame" inert aria-hidden="true">${FRAME_LANGUAGES.map(languageFrame).join('')}</div>`
}

/** The <script> that picks the language, with what it needs to know about the catalogs. */
export function bootScriptTag(): string {
  const rtl = FRAME_LANGUAGES.filter((code) => directionOf(code) === 'rtl')
  return `<script src="/boot-language.js" data-languages="${FRAME_LANGUAGES.join(' ')}" data-rtl="${rtl.join(' ')}"></script>`
}

const ROOT = '<div id="root"></div>'
const BOOT_MARK = '<!-- boot-language -->'

/** Fills index.html's empty #root with the frame and its boot-language placeholder with the script. */
export function withStartFrame(html: string, { devStyles = false } = {}): string {
  if (!html.includes(ROOT) || !html.includes(BOOT_MARK)) {
    throw new Error(`index.html needs ${ROOT} and ${BOOT_MARK} for the start frame`)
  }
  // The dev server delivers styles through JavaScript; linking them here lets the frame be
  // painted styled there too (Vite serves a stylesheet requested by <link> as plain CSS).
  const styles = devStyles ? '<link rel="stylesheet" href="/src/app/styles.css" />' : ''
  return html
    .replace(BOOT_MARK, `${styles}${bootScriptTag()}`)
    .replace(ROOT, `<div id="root">${startFrameHtml()}</div>`)
}

/**
 * Marks the app's module scripts and their preloads as less urgent than the stylesheet and the
 * boot script: the frame is painted from those alone, and the modules are still fetched at once.
 */
export function withLowPriorityModules(html: string): string {
  return html.replace(
    /<(script type="module"|link rel="modulepreload")/g,
    '<$1 fetchpriority="low"',
  )
}

export function startFrame(): Plugin[] {
  let dev = false
  return [
    {
      name: 'isa-start-frame',
      configResolved(config) {
        dev = config.command === 'serve' && !config.isProduction
      },
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => withStartFrame(html, { devStyles: dev }),
      },
    },
    {
      name: 'isa-start-frame-module-priority',
      apply: 'build',
      transformIndexHtml: { order: 'post', handler: withLowPriorityModules },
    },
  ]
}
