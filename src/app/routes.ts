// The route table: one entry per screen. Every screen except the start screen is loaded on
// demand (performance.md: first-screen JS ≤ 120 kB gzip). To add a screen, add one entry with a
// lazy import of the feature's component; it receives RouteProps (src/lib/ui/navigation.ts).
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react'
import type { RouteProps } from '@/lib/ui/navigation'
import { loadScreenStrings } from '@/lib/i18n'
import { LibraryScreen } from '@/features/library/library-screen'

/** A lazily loaded screen whose English text (beyond the start screen's) loads with it. */
function screen<P>(load: () => Promise<{ default: ComponentType<P> }>): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => Promise.all([load(), loadScreenStrings()]).then(([module]) => module))
}

export interface RouteDef {
  id: string
  /** Path with ":name" parameters, matched against the decoded hash path. */
  pattern: string
  component: ComponentType<RouteProps> | LazyExoticComponent<ComponentType<RouteProps>>
}

export const routes: RouteDef[] = [
  { id: 'library', pattern: '/', component: LibraryScreen },
  {
    id: 'new',
    pattern: '/new',
    component: screen(() => import('@/features/setup/setup-screen').then((m) => ({ default: m.SetupScreen }))),
  },
  {
    id: 'setup',
    pattern: '/a/:id/setup',
    component: screen(() => import('@/features/setup/setup-screen').then((m) => ({ default: m.SetupScreen }))),
  },
  {
    id: 'task-list',
    pattern: '/a/:id',
    component: screen(() =>
      import('@/features/task-list/task-list-screen').then((m) => ({ default: m.TaskListScreen })),
    ),
  },
  {
    id: 'unit',
    pattern: '/a/:id/unit/:unitId',
    component: screen(() => import('@/features/unit/unit-screen').then((m) => ({ default: m.UnitScreen }))),
  },
  {
    id: 'review',
    pattern: '/a/:id/review',
    component: screen(() => import('@/features/review/review-screen').then((m) => ({ default: m.ReviewScreen }))),
  },
  {
    id: 'results',
    pattern: '/a/:id/results',
    // The results header shows the report feature's "Download report" button; features do not
    // import each other, so the app puts the two together here.
    component: screen(() =>
      Promise.all([import('@/features/results/results-page'), import('@/features/report/report-link')]).then(
        ([results, report]) => ({
          default: (props: RouteProps) =>
            createElement(results.ResultsPage, {
              ...props,
              headerActions: createElement(report.ReportLink, { assessmentId: props.params.id ?? '' }),
            }),
        }),
      ),
    ),
  },
  {
    id: 'report',
    pattern: '/a/:id/report',
    component: screen(() => import('@/features/report/report-screen').then((m) => ({ default: m.ReportScreen }))),
  },
  {
    id: 'method',
    pattern: '/method',
    component: screen(() => import('@/features/method/method-page')),
  },
  {
    id: 'files',
    pattern: '/files',
    component: screen(() => import('@/features/files/files-screen').then((m) => ({ default: m.FilesScreen }))),
  },
  {
    id: 'questionnaires',
    pattern: '/questionnaires',
    component: screen(() =>
      import('@/features/questionnaires/questionnaires-screen').then((m) => ({ default: m.QuestionnairesScreen })),
    ),
  },
  {
    id: 'privacy',
    pattern: '/privacy',
    component: screen(() => import('@/features/privacy/privacy-screen').then((m) => ({ default: m.PrivacyScreen }))),
  },
  {
    id: 'compare',
    pattern: '/compare',
    component: screen(() => import('@/features/compare/compare-screen').then((m) => ({ default: m.CompareScreen }))),
  },
  {
    id: 'rounds',
    pattern: '/rounds',
    component: screen(() => import('@/features/rounds/rounds-screen').then((m) => ({ default: m.RoundsScreen }))),
  },
  {
    id: 'merge',
    pattern: '/a/:id/merge',
    component: screen(() => import('@/features/merge/merge-screen').then((m) => ({ default: m.MergeScreen }))),
  },
]

export interface RouteMatch {
  route: RouteDef
  params: Record<string, string>
}

export function matchRoute(pathname: string, table: readonly RouteDef[] = routes): RouteMatch | undefined {
  const parts = pathname.split('/').filter(Boolean)
  for (const route of table) {
    const pattern = route.pattern.split('/').filter(Boolean)
    if (pattern.length !== parts.length) continue
    const params: Record<string, string> = {}
    let ok = true
    for (let i = 0; i < pattern.length && ok; i++) {
      const p = pattern[i] ?? ''
      const v = parts[i] ?? ''
      if (p.startsWith(':')) {
        try {
          params[p.slice(1)] = decodeURIComponent(v)
        } catch {
          ok = false // a malformed escape is simply not a match
        }
      } else ok = p === v
    }
    if (ok) return { route, params }
  }
  return undefined
}
