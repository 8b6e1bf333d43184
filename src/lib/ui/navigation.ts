// Hash routes and navigation shared by every screen. Routes live in the URL hash so the app
// works from any static host and offline; ids are URI-encoded because unit ids contain dots and
// brackets ("9.1(a)") and question ids may too.
export const paths = {
  library: () => '/',
  newAssessment: () => '/new',
  setup: (id: string) => `/a/${encodeURIComponent(id)}/setup`,
  taskList: (id: string) => `/a/${encodeURIComponent(id)}`,
  unit: (id: string, unitId: string, questionId?: string) =>
    `/a/${encodeURIComponent(id)}/unit/${encodeURIComponent(unitId)}` +
    (questionId ? `?q=${encodeURIComponent(questionId)}` : ''),
  review: (id: string) => `/a/${encodeURIComponent(id)}/review`,
  results: (id: string) => `/a/${encodeURIComponent(id)}/results`,
  method: () => '/method',
  privacy: () => '/privacy',
  files: () => '/files',
  questionnaires: () => '/questionnaires',
  compare: (a?: string, b?: string) =>
    a && b ? `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}` : '/compare',
  rounds: () => '/rounds',
  merge: (id: string) => `/a/${encodeURIComponent(id)}/merge`,
  report: (id: string) => `/a/${encodeURIComponent(id)}/report`,
} as const

export const href = (path: string): string => `#${path}`

export function currentPath(): string {
  const raw = typeof location === 'undefined' ? '' : location.hash.replace(/^#/, '')
  return raw.startsWith('/') ? raw : '/'
}

/** Splits "/a/x/unit/7.1?q=7.1-S1" into its path and query parameters. */
export function splitPath(path: string): { pathname: string; query: URLSearchParams } {
  const i = path.indexOf('?')
  return i < 0
    ? { pathname: path, query: new URLSearchParams() }
    : { pathname: path.slice(0, i), query: new URLSearchParams(path.slice(i + 1)) }
}

export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(history.state, '', href(path))
  else history.pushState(history.state, '', href(path))
  // pushState fires no hashchange; the router listens for this event too.
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

/** Props every routed screen receives: decoded path parameters and the query string. */
export interface RouteProps {
  params: Readonly<Record<string, string>>
  query: URLSearchParams
}

// Focus moves to the new page's heading after an in-app navigation, but not on the first load,
// where the browser's own focus start is what keyboard and screen-reader users expect.
let focusPending = false
export function markNavigation(): void {
  focusPending = true
}
export function takeNavigationFocus(): boolean {
  const pending = focusPending
  focusPending = false
  return pending
}

// Screens link to optional routes (results, compare…) only when the app has them; the app shell
// registers its route ids at start-up.
const knownRoutes = new Set<string>()
export function registerRouteIds(ids: readonly string[]): void {
  ids.forEach((id) => knownRoutes.add(id))
}
export function hasRoute(id: string): boolean {
  return knownRoutes.has(id)
}
