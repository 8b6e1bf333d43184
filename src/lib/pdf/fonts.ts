// Loads the DejaVu Sans font files the report embeds (Latin, Greek, Cyrillic and Arabic; licence
// in ./fonts/LICENSE-DejaVu.txt). The files ship with the app and are only read when a report is
// made: Vite turns each `new URL('./fonts/…', import.meta.url)` into a same-origin asset that the
// browser fetches (allowed by connect-src 'self'), while Node (command line, tests) sees a file:
// URL and reads the file from disk. Never a CDN.

export const FONT_FAMILY = 'DejaVuSans'

export interface FontFiles {
  /** Base64, as jsPDF's virtual file system expects. */
  regular: string
  bold: string
}

// Kept as two literal expressions: Vite only recognises the exact `new URL('literal', import.meta.url)` form.
const REGULAR_URL = new URL('./fonts/DejaVuSans.ttf', import.meta.url)
const BOLD_URL = new URL('./fonts/DejaVuSans-Bold.ttf', import.meta.url)

let cached: Promise<FontFiles> | undefined

/** The two font files as base64, loaded once per page or process. */
export function loadFonts(): Promise<FontFiles> {
  cached ??= Promise.all([readBase64(REGULAR_URL), readBase64(BOLD_URL)]).then(([regular, bold]) => ({
    regular,
    bold,
  }))
  // A failed load (offline without the asset cached, say) must not poison later attempts.
  cached.catch(() => {
    cached = undefined
  })
  return cached
}

async function readBase64(url: URL): Promise<string> {
  if (url.protocol === 'file:') {
    // getBuiltinModule keeps node:fs out of the browser bundle (no import for Vite to resolve).
    const fs = globalThis.process?.getBuiltinModule?.('node:fs')
    if (!fs) throw new Error('Reading the report font needs Node 20.16 or later.')
    return fs.readFileSync(url).toString('base64')
  }
  const response = await fetch(url)
  if (!response.ok) {
    throw new Error(`The report font could not be loaded (${response.status} ${response.statusText}).`)
  }
  return bytesToBase64(new Uint8Array(await response.arrayBuffer()))
}

function bytesToBase64(bytes: Uint8Array): string {
  // String.fromCharCode takes its arguments on the stack, so convert in slices.
  const CHUNK = 0x8000
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}
