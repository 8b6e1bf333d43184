// The start frame in index.html (scripts/vite-start-frame.ts) and the script that picks its
// language (public/boot-language.js) must say what the app will say, in the language the app
// will pick: texts straight from the catalogs, language choice identical to preferredLanguage().
import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { en } from '@/lib/i18n/catalogs/en'
import { loadCatalog, UI_LANGUAGES } from '@/lib/i18n/languages'
import { directionOf, preferredLanguage } from '@/lib/i18n'
import {
  bootScriptTag,
  FRAME_LANGUAGES,
  frameTexts,
  startFrameHtml,
  withLowPriorityModules,
  withStartFrame,
} from '../../../scripts/vite-start-frame'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

async function catalogFor(language: string) {
  if (language === 'en') return en
  const catalog = await loadCatalog(language)
  if (!catalog) throw new Error(`no catalog for ${language}`)
  return catalog
}

describe('start frame', () => {
  it('covers every interface language, in the language picker’s order', () => {
    expect(FRAME_LANGUAGES).toEqual(UI_LANGUAGES)
  })

  it.each(UI_LANGUAGES)('shows the %s catalog’s own strings', async (language) => {
    const c = await catalogFor(language)
    expect(frameTexts(language)).toEqual({
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
    })
    const html = startFrameHtml()
    const start = html.indexOf(`data-frame-lang="${language}"`)
    const block = html.slice(start, html.indexOf('data-frame-lang=', start + 1) >>> 0)
    expect(block).toContain(`lang="${language}" dir="${directionOf(language)}"`)
    expect(block).toContain(
      `<p class="page-heading start-frame__heading">${escape(c.app.name)}</p>`,
    )
    expect(block).toContain(`<p class="lead">${escape(c.library.intro1)}</p>`)
    expect(block).toContain(`<p>${escape(c.library.intro2)}</p>`)
    expect(block).toContain(`<p class="header__note">${escape(c.shell.localOnly)}</p>`)
    expect(block).toContain(`<option value="${language}" lang="${language}" selected>`)
  })

  it('is hidden from assistive technology and cannot be focused or used', () => {
    expect(startFrameHtml()).toMatch(/^<div class="start-frame" inert aria-hidden="true">/)
    // No ids, and none of the elements by which the rendered app is found (one h1, one main).
    expect(startFrameHtml()).not.toMatch(/ id="|<h1|<main|<header/)
  })

  it('goes into index.html’s #root, with the boot script in <head>', () => {
    const html = withStartFrame(readFileSync('index.html', 'utf8'))
    expect(html).toContain(`<div id="root">${startFrameHtml()}</div>`)
    expect(html.indexOf(bootScriptTag())).toBeLessThan(html.indexOf('</head>'))
    expect(html).not.toContain('src/app/styles.css')
    expect(withStartFrame(readFileSync('index.html', 'utf8'), { devStyles: true })).toContain(
      '<link rel="stylesheet" href="/src/app/styles.css" />',
    )
    expect(() => withStartFrame('<html></html>')).toThrow(/#root|boot-language/)
  })

  it('marks the app’s module scripts and preloads as less urgent than the frame', () => {
    const built =
      '<script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/react.js">'
    expect(withLowPriorityModules(built)).toBe(
      '<script type="module" fetchpriority="low" crossorigin src="/assets/index.js"></script><link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/react.js">',
    )
  })
})

describe('boot-language.js', () => {
  const source = readFileSync('public/boot-language.js', 'utf8')
  const tag = bootScriptTag()
  const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? null

  interface Setup {
    saved?: string | null
    storageThrows?: boolean
    languages?: readonly string[]
    hash?: string
  }

  function storage({ saved = null, storageThrows = false }: Setup) {
    return {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError')
        return key === 'isa:ui-language' ? saved : null
      },
    }
  }

  function runBoot(setup: Setup) {
    const root = { lang: 'en', dir: 'ltr' }
    const sheets: string[] = []
    const document = {
      currentScript: { getAttribute: attribute },
      documentElement: root,
      adoptedStyleSheets: [] as unknown[],
    }
    class CSSStyleSheet {
      replaceSync(css: string) {
        sheets.push(css)
      }
    }
    runInNewContext(source, {
      document,
      location: { hash: setup.hash ?? '' },
      localStorage: storage(setup),
      navigator: { languages: setup.languages ?? [] },
      CSSStyleSheet,
    })
    return { root, css: sheets.join(''), adopted: document.adoptedStyleSheets.length }
  }

  function appChoice(setup: Setup): string {
    vi.stubGlobal('localStorage', storage(setup))
    vi.stubGlobal('navigator', { languages: setup.languages ?? [] })
    return preferredLanguage()
  }

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  const cases: Setup[] = [
    {},
    { saved: 'fr' },
    { saved: 'ar', languages: ['fr-FR'] },
    { saved: 'de', languages: ['de-DE', 'es-ES', 'fr'] },
    { saved: 'xx-bad', languages: ['en-GB', 'fr'] },
    { languages: ['ar-EG', 'en'] },
    { languages: ['pt-BR', 'it'] },
    { languages: ['fr-CA'] },
    { languages: ['ES'] },
    { storageThrows: true, languages: ['es-MX'] },
    { storageThrows: true },
  ]

  it.each(cases)('picks the language preferredLanguage() picks: %j', (setup) => {
    const expected = appChoice(setup)
    const { root, css, adopted } = runBoot(setup)
    expect(root.lang).toBe(expected)
    expect(root.dir).toBe(directionOf(expected))
    expect(css).toContain(`.start-frame__lang[data-frame-lang="${expected}"]{display:block}`)
    expect(adopted).toBe(1)
  })

  it.each(['', '#', '#/', '#/?from=x', '#//', '#garbage'])(
    'shows the start screen for %j',
    (hash) => {
      expect(runBoot({ hash }).css).not.toContain('.start-frame__screen{display:none}')
    },
  )

  it.each(['#/new', '#/privacy', '#/a/abc/unit/7.1?q=1', '#/files'])(
    'shows only the header for %j',
    (hash) => {
      expect(runBoot({ hash }).css).toContain('.start-frame__screen{display:none}')
    },
  )
})
