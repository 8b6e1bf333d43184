// Start screen and library: what the tool is, the user's assessments with their progress, and
// the ways in — new assessment, open an example. Loaded eagerly: it is the first screen.
import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '@/domain/assessment/schema'
import {
  sameSummary,
  summarizeAssessment,
  type AssessmentSummary,
} from '@/domain/assessment/summary'
import { useFormatters, type Formatters } from '@/lib/i18n'
import { Button, ButtonLink } from '@/lib/ui/button'
import { PageHeading } from '@/lib/ui/page-heading'
import { Tag } from '@/lib/ui/tag'
import { hasRoute, href, navigate, paths } from '@/lib/ui/navigation'
import {
  useWorkspace,
  useWorkspaceStore,
  whenHydrated,
  type WorkspaceState,
} from '@/lib/ui/workspace'
import { TextField } from '@/lib/ui/form-fields'
import {
  loadedQuestionnaire,
  startLoadingBuiltInQuestionnaire,
  useQuestionnaireChanges,
} from '@/lib/questionnaire-source'
import { ExamplePicker } from '@/features/library/example-picker'

/** How long the "Undo" stays offered after a deletion. */
export const UNDO_WINDOW_MS = 10_000

export function assessmentLabel(a: Assessment): string {
  return a.name?.trim() || a.meta.state
}

function DeletedMessage() {
  const { t } = useTranslation()
  const lastDeleted = useWorkspace((s) => s.lastDeleted)
  const undo = useWorkspace((s) => s.undoDelete)
  const clear = useWorkspace((s) => s.clearLastDeleted)
  useEffect(() => {
    if (!lastDeleted) return
    const timer = setTimeout(clear, UNDO_WINDOW_MS)
    return () => clearTimeout(timer)
  }, [lastDeleted, clear])
  return (
    <div role="status" className="status-region">
      {lastDeleted ? (
        <div className="banner banner--success">
          <p>{t('library.deleted', { label: assessmentLabel(lastDeleted.assessment) })}</p>
          <Button variant="secondary" onClick={() => undo()}>
            {t('library.undo')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}

function RenameForm({ summary, onDone }: { summary: AssessmentSummary; onDone: () => void }) {
  const { t } = useTranslation()
  const store = useWorkspaceStore()
  const [name, setName] = useState(summary.name ?? '')
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault()
        void whenHydrated(store).then(() => store.getState().renameAssessment(summary.id, name))
        onDone()
      }}
    >
      <TextField
        ref={input}
        id={`${id}-name`}
        label={t('library.renameLabel')}
        hint={t('library.renameHint')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoComplete="off"
      />
      <div className="button-group">
        <Button type="submit">{t('library.renameSave')}</Button>
        <Button variant="link" onClick={onDone}>
          {t('ui.cancel')}
        </Button>
      </div>
    </form>
  )
}

type Scorer = (typeof import('@/lib/ui/score-cache'))['cachedScore']

/** The scoring engine and a function that loads it: the start screen must stay small and quick,
 * so it is loaded only when a progress has to be worked out. */
function useScorer(): [Scorer | undefined, () => void] {
  const [scorer, setScorer] = useState<Scorer>()
  const load = useCallback(() => {
    void import('@/lib/ui/score-cache').then((m) => setScorer(() => m.cachedScore))
  }, [])
  return [scorer, load]
}

/** The words every card uses, looked up once per list rather than once per card: a library can
 * hold hundreds of assessments (performance.md). */
function useCardLabels() {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const f = useFormatters()
  return useMemo(
    () => ({
      language,
      state: t('library.state'),
      period: t('library.period'),
      progress: t('library.progress'),
      progressUnknown: t('library.progressUnknown'),
      lastSaved: t('library.lastSaved'),
      open: t('library.open'),
      duplicate: t('library.duplicate'),
      rename: t('library.rename'),
      remove: t('library.delete'),
      exampleTag: t('library.exampleTag'),
      respondent: { state: t('respondent.state'), shadow: t('respondent.shadow') },
      /** The period from two ISO dates; many cards share one, so it is worked out once. */
      periodText: memoized((from: string, to: string) =>
        t('library.periodValue', { from: f.date(from), to: f.date(to) }),
      ),
      copyName: (label: string) => t('library.copyName', { label }),
    }),
    [t, language, f],
  )
}
type CardLabels = ReturnType<typeof useCardLabels>

/** Remembers a two-argument text function's results: many cards share a period. */
function memoized(fn: (a: string, b: string) => string): (a: string, b: string) => string {
  const cache = new Map<string, string>()
  return (a, b) => {
    const key = `${a}\u0000${b}`
    let hit = cache.get(key)
    if (hit === undefined) {
      hit = fn(a, b)
      cache.set(key, hit)
    }
    return hit
  }
}

interface CardProps {
  summary: AssessmentSummary
  labels: CardLabels
  f: Formatters
}

function AssessmentCardView({ summary, labels, f }: CardProps) {
  const store = useWorkspaceStore()
  const [renaming, setRenaming] = useState(false)
  const label = summary.name?.trim() || summary.state
  const headingId = useId()
  const taskList = href(paths.taskList(summary.id))
  // The list may be drawn from the stored summaries before the assessments are read; actions
  // that change the library wait for them.
  const act = (fn: (s: WorkspaceState) => void) =>
    void whenHydrated(store).then(() => fn(store.getState()))
  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 className="card__title" id={headingId}>
        <a href={taskList}>{label}</a>
      </h3>
      <p className="tags">
        <Tag tone={summary.respondent === 'shadow' ? 'purple' : 'blue'}>
          {labels.respondent[summary.respondent]}
        </Tag>
        {summary.example ? <Tag tone="yellow">{labels.exampleTag}</Tag> : null}
      </p>
      <dl className="summary-list summary-list--compact">
        {summary.name ? (
          <div className="summary-list__row">
            <dt>{labels.state}</dt>
            <dd>{summary.state}</dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt>{labels.period}</dt>
          <dd>{labels.periodText(summary.period.from, summary.period.to)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{labels.progress}</dt>
          <dd>
            {summary.progress === undefined ? labels.progressUnknown : f.percent(summary.progress)}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{labels.lastSaved}</dt>
          <dd>{f.dateTime(summary.updatedAt)}</dd>
        </div>
      </dl>
      {renaming ? (
        <RenameForm summary={summary} onDone={() => setRenaming(false)} />
      ) : (
        <div className="button-group">
          <ButtonLink variant="secondary" href={taskList} aria-label={`${labels.open} ${label}`}>
            {labels.open}
          </ButtonLink>
          <Button
            variant="secondary"
            aria-label={`${labels.duplicate} ${label}`}
            onClick={() =>
              act((s) => {
                const id = s.duplicateAssessment(summary.id, labels.copyName(label))
                if (id) navigate(paths.taskList(id))
              })
            }
          >
            {labels.duplicate}
          </Button>
          <Button
            variant="secondary"
            aria-label={`${labels.rename} ${label}`}
            onClick={() => setRenaming(true)}
          >
            {labels.rename}
          </Button>
          <Button
            variant="warning"
            aria-label={`${labels.remove} ${label}`}
            onClick={() => act((s) => s.deleteAssessment(summary.id))}
          >
            {labels.remove}
          </Button>
        </div>
      )}
    </li>
  )
}

/** A card is drawn again only when what it shows changed. */
const AssessmentCard = memo(
  AssessmentCardView,
  (a, b) => a.labels === b.labels && a.f === b.f && sameSummary(a.summary, b.summary),
)

/** Summaries of assessments read from the store, by object (the store replaces an assessment on
 * every change); kept only once their progress was computed. */
const summaryCache = new WeakMap<Assessment, AssessmentSummary>()

function summaryOf(
  a: Assessment,
  scorer: Scorer | undefined,
  stored: Readonly<Record<string, AssessmentSummary>> | null,
): AssessmentSummary {
  const hit = summaryCache.get(a)
  if (hit) return hit
  // Each assessment is scored with its own questionnaire, built-in or loaded from a file.
  const q = scorer ? loadedQuestionnaire(a.questionnaire.id, a.questionnaire.version) : undefined
  if (scorer && q) {
    const summary = summarizeAssessment(a, scorer(q, a).overall.coverage.answeredShare)
    summaryCache.set(a, summary)
    return summary
  }
  // Until then, the stored summary's progress, if it describes this very version.
  const earlier = stored?.[a.id]
  return summarizeAssessment(a, earlier?.updatedAt === a.updatedAt ? earlier.progress : undefined)
}

/**
 * What the list shows, newest first: from the assessments once they are read, before that from
 * the stored summaries; null while neither is known.
 */
function useLibraryEntries(): AssessmentSummary[] | null {
  const hydrated = useWorkspace((s) => s.hydrated)
  const assessments = useWorkspace((s) => s.assessments)
  const stored = useWorkspace((s) => s.storedSummaries)
  // Progress usually comes with the stored summaries. The questionnaire (large, and checked when
  // loaded) and the scoring code are loaded only for an assessment whose progress is not known.
  const [scorer, loadScorer] = useScorer()
  // Re-render when a questionnaire arrives (progress needs it).
  const questionnaires = useQuestionnaireChanges()
  const list = useMemo(() => {
    void questionnaires
    const entries = hydrated
      ? Object.values(assessments).map((a) => summaryOf(a, scorer, stored))
      : stored
        ? Object.values(stored)
        : null
    return entries ? entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) : null
  }, [hydrated, assessments, stored, scorer, questionnaires])
  // Once the list drawn from the summaries is on screen, the records are read.
  const readRecordsNow = useWorkspace((s) => s.readRecordsNow)
  const drawn = list !== null
  useEffect(() => {
    if (!drawn) return
    // After the next frame (where frames are drawn), so the list is painted first.
    const frames = typeof requestAnimationFrame === 'function'
    let frame = 0
    const timer = setTimeout(() => {
      if (frames) frame = requestAnimationFrame(() => setTimeout(readRecordsNow, 0))
      else readRecordsNow()
    }, 0)
    return () => {
      clearTimeout(timer)
      if (frames) cancelAnimationFrame(frame)
    }
  }, [drawn, readRecordsNow])
  const unknown = hydrated && list !== null && list.some((s) => s.progress === undefined)
  useEffect(() => {
    if (!unknown) return
    loadScorer()
    startLoadingBuiltInQuestionnaire()
  }, [unknown, loadScorer])
  return list
}

/** Cards drawn in the first render, enough to fill the screen; the rest follow in portions. */
const FIRST_CARDS = 24
const MORE_CARDS = 60

/**
 * How many of `total` cards to draw: the first screenful at once, then the rest in portions,
 * each a low-priority update the browser can interrupt for input. A library of hundreds is on
 * screen as fast as a small one (performance.md) and complete a moment later.
 */
function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(FIRST_CARDS)
  useEffect(() => {
    if (count >= total) return
    const timer = setTimeout(() => startTransition(() => setCount((c) => c + MORE_CARDS)), 0)
    return () => clearTimeout(timer)
  }, [count, total])
  return Math.min(count, total)
}

export function LibraryScreen() {
  const { t } = useTranslation()
  const list = useLibraryEntries()
  const shown = useProgressiveCount(list?.length ?? 0)
  const labels = useCardLabels()
  const f = useFormatters()
  return (
    <>
      <PageHeading>{t('app.name')}</PageHeading>
      <p className="lead">{t('library.intro1')}</p>
      <p>{t('library.intro2')}</p>
      <div className="button-group">
        <ButtonLink href={href(paths.newAssessment())}>{t('library.new')}</ButtonLink>
        <ButtonLink variant="secondary" href={href(paths.files())}>
          {t('files.libraryLink')}
        </ButtonLink>
        <ButtonLink variant="secondary" href={href(paths.questionnaires())}>
          {t('questionnaires.title')}
        </ButtonLink>
      </div>
      <DeletedMessage />
      <section
        aria-labelledby="library-list-title"
        aria-busy={list === null || shown < list.length}
        id="library-list"
      >
        <h2 id="library-list-title">{t('library.yourAssessments')}</h2>
        {list === null ? (
          <p role="status">{t('library.reading')}</p>
        ) : list.length === 0 ? (
          <p>{t('library.empty')}</p>
        ) : (
          <ul className="card-list">
            {list.slice(0, shown).map((summary) => (
              <AssessmentCard key={summary.id} summary={summary} labels={labels} f={f} />
            ))}
          </ul>
        )}
      </section>
      {list && list.length >= 2 && hasRoute('compare') ? (
        <div className="button-group">
          <ButtonLink variant="secondary" href={href(paths.compare())}>
            {t('compare.title')}
          </ButtonLink>
          {hasRoute('rounds') ? (
            <ButtonLink variant="secondary" href={href(paths.rounds())}>
              {t('rounds.title')}
            </ButtonLink>
          ) : null}
        </div>
      ) : null}
      <ExamplePicker />
    </>
  )
}
