// Unit page: the duty text with its citation and every question of the unit. Answers are saved
// to the store as they are typed; "Save and continue" checks them, lists problems in an error
// summary, or moves on to the next unit.
import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Answer, Assessment, RespondentType } from '@/domain/assessment/schema'
import {
  allUnits,
  findUnit,
  localize,
  type Article,
  type Question,
  type Questionnaire,
  type Unit,
} from '@/domain/questionnaire'
import { useQuestionnaire } from '@/lib/questionnaire-source'
import { Button } from '@/lib/ui/button'
import { ErrorSummary, type FieldError } from '@/lib/ui/error-summary'
import { href, navigate, paths, type RouteProps } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { useAssessment, useWorkspace } from '@/lib/ui/workspace'
import { InLanguage } from '@/lib/ui/in-language'
import { directionOf } from '@/lib/i18n'
import {
  answerFromDraft,
  draftFromAnswer,
  fieldIds,
  validateDraft,
  type AnswerDraft,
  type DraftPatch,
} from '@/features/unit/draft'
import { QuestionBlock } from '@/features/unit/question-block'
import { useAnswerWrites } from '@/features/unit/answer-writes'
import '@/features/unit/unit.css'

const inRole = (q: Question, roles: readonly string[]) => q.roles.some((r) => roles.includes(r))
const newId = () => crypto.randomUUID()
/** Input types on which Enter submits a form (HTML: fields that block implicit submission). */
const SUBMITS_ON_ENTER: ReadonlySet<string> = new Set([
  'text',
  'search',
  'url',
  'tel',
  'email',
  'password',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
  'number',
])

/** The problems found in each draft, with the translation function that worded them. */
const checkedDrafts = new WeakMap<AnswerDraft, { t: TFunction; errors: FieldError[] }>()

/**
 * A question's problems, worked out again only when its draft (or the interface language)
 * changes: a choice in one question re-checks that question, not the unit (performance.md,
 * interaction to next paint). Drafts are replaced, never changed in place.
 */
function checkDraft(question: Question, draft: AnswerDraft, t: TFunction): FieldError[] {
  const known = checkedDrafts.get(draft)
  if (known?.t === t) return known.errors
  const errors = validateDraft(question, draft, t)
  checkedDrafts.set(draft, { t, errors })
  return errors
}

function Missing({ title }: { title: string }) {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>
        <a href={href(paths.library())}>{t('ui.backToLibrary')}</a>
      </p>
    </>
  )
}

export function UnitScreen({ params, query }: RouteProps) {
  const { t } = useTranslation()
  const assessment = useAssessment(params.id ?? '')
  const qs = useQuestionnaire(assessment?.questionnaire.id)
  if (!assessment) return <Missing title={t('ui.assessmentMissingTitle')} />
  if (qs.status !== 'ready') {
    return (
      <p role={qs.status === 'error' ? 'alert' : 'status'}>
        {qs.status === 'error' ? qs.message : t('ui.loading')}
      </p>
    )
  }
  const located = findUnit(qs.questionnaire, params.unitId ?? '')
  if (!located) return <Missing title={t('unit.missingTitle')} />
  return (
    <UnitForm
      key={located.unit.id}
      assessment={assessment}
      questionnaire={qs.questionnaire}
      unitId={located.unit.id}
      focusQuestion={query.get('q') ?? undefined}
    />
  )
}

function UnitForm({
  assessment,
  questionnaire,
  unitId,
  focusQuestion,
}: {
  assessment: Assessment
  questionnaire: Questionnaire
  unitId: string
  focusQuestion?: string
}) {
  const { t } = useTranslation()
  const setAnswer = useWorkspace((s) => s.setAnswer)
  const located = useMemo(() => findUnit(questionnaire, unitId), [questionnaire, unitId])
  const unit = located?.unit
  const article = located?.article
  const lang = assessment.meta.language
  const units = useMemo(() => allUnits(questionnaire), [questionnaire])
  const index = units.findIndex((u) => u.unit.id === unitId)
  const prev = units[index - 1]?.unit
  const next = units[index + 1]?.unit
  const questions = useMemo(() => unit?.questions ?? [], [unit])
  const roles = assessment.meta.roles
  const asked = useMemo(() => questions.filter((q) => inRole(q, roles)), [questions, roles])
  const excluded = useMemo(() => questions.filter((q) => !inRole(q, roles)), [questions, roles])

  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>(() =>
    Object.fromEntries(questions.map((q) => [q.id, draftFromAnswer(assessment.answers[q.id])])),
  )
  /** The drafts with every change applied, ahead of `drafts` while a transition is drawing. */
  const latestDrafts = useRef(drafts)
  /** The answer objects this page wrote, to tell our own changes from another tab's. */
  const written = useRef<Record<string, Answer | undefined>>({})
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const [focusKey, setFocusKey] = useState(0)
  const pageForm = useRef<HTMLFormElement>(null)

  // Another tab (or an undo) changed a stored answer: show its version. Only answers whose
  // stored object changed since the last look are compared: the store keeps the others as they
  // were, and redrawing every question for each stored keystroke or choice was most of the cost
  // of answering (performance.md, interaction to next paint).
  const answers = assessment.answers
  const seenAnswers = useRef(answers)
  useEffect(() => {
    const before = seenAnswers.current
    seenAnswers.current = answers
    if (before === answers) return
    // This page's own writes come back as they were sent.
    const others = questions.filter((q) => {
      const stored = answers[q.id]
      if (stored === before[q.id]) return false
      return !(q.id in written.current && stored === written.current[q.id])
    })
    if (others.length === 0) return
    const current = latestDrafts.current
    let changed = false
    const nextDrafts = { ...current }
    for (const q of others) {
      const stored = answers[q.id]
      const mine = current[q.id] ? answerFromDraft(current[q.id] as AnswerDraft) : undefined
      if (JSON.stringify(mine) === JSON.stringify(stored)) continue
      nextDrafts[q.id] = draftFromAnswer(stored)
      changed = true
    }
    if (!changed) return
    latestDrafts.current = nextDrafts
    setDrafts(nextDrafts)
  }, [answers, questions])

  const assessmentId = assessment.id
  const writeAnswer = useAnswerWrites(
    useCallback(
      (qid: string, answer: Answer | undefined) => setAnswer(assessmentId, qid, answer),
      [assessmentId, setAnswer],
    ),
  )
  // A change is applied to the latest drafts and its answer queued for the store at once; the
  // page is redrawn with it in the same priority as the event (a transition for a radio choice
  // or a field's text handed on, src/features/unit/shown-choice.ts), always from the latest
  // drafts, so no change can be drawn over by an older one.
  const onChange = useCallback(
    (qid: string, patch: DraftPatch) => {
      const current = latestDrafts.current
      const before = current[qid] ?? draftFromAnswer(undefined)
      const draft = { ...before, ...(typeof patch === 'function' ? patch(before) : patch) }
      latestDrafts.current = { ...current, [qid]: draft }
      setDrafts(() => latestDrafts.current)
      const answer = answerFromDraft(draft)
      written.current[qid] = answer
      writeAnswer(qid, answer)
    },
    [writeAnswer],
  )
  // Which fields were left only decides which problems are shown, so it is drawn in a
  // transition: leaving a field never holds up the click or key that moved focus.
  const onBlurField = useCallback((fieldId: string) => {
    startTransition(() => setTouched((s) => (s.has(fieldId) ? s : new Set(s).add(fieldId))))
  }, [])

  const errorsOf = (all: Record<string, AnswerDraft>): FieldError[] =>
    asked.flatMap((q) => checkDraft(q, all[q.id] ?? draftFromAnswer(undefined), t))
  const errors = errorsOf(drafts)
  const visibleErrors = (qid: string): ReadonlyMap<string, string> =>
    new Map(
      errors
        .filter((e) => e.fieldId.startsWith(`q-${qid}-`) && (submitted || touched.has(e.fieldId)))
        .map((e) => [e.fieldId, e.message]),
    )

  useEffect(() => {
    if (!focusQuestion) return
    // Runs after the heading took focus, so a "Change" link lands on its question.
    const target = document.getElementById(fieldIds.heading(focusQuestion))
    if (target) {
      target.focus()
      target.scrollIntoView?.({ block: 'start' })
    }
  }, [focusQuestion])

  /** Enter in a one-line field of a question submits the page (the browser would only submit
   * the question's own form, and not at all when it has several such fields). */
  const submitOnEnter = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return
    if (!(target instanceof HTMLInputElement) || !SUBMITS_ON_ENTER.has(target.type)) return
    e.preventDefault()
    pageForm.current?.requestSubmit()
  }

  if (!unit || !article) return null
  return (
    <>
      <UnitHeading assessmentId={assessment.id} unit={unit} article={article} lang={lang} />
      <ErrorSummary errors={submitted ? errors : []} focusKey={focusKey} />
      <Duty unit={unit} lang={lang} />
      {/* One form per question: the browser's autofill reads every field of a form each time a
          field in it changes, which for a whole unit in one form took more time per keystroke
          than the page's own code (performance.md, interaction to next paint). Enter in a
          one-line field still submits the page, as it did when one form held every question. */}
      {asked.map((q) => (
        <form
          key={q.id}
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            pageForm.current?.requestSubmit()
          }}
          onKeyDown={submitOnEnter}
        >
          <QuestionBlock
            question={q}
            number={questions.indexOf(q) + 1}
            draft={drafts[q.id] ?? draftFromAnswer(undefined)}
            respondent={assessment.meta.respondent}
            lang={lang}
            onChange={onChange}
            errors={visibleErrors(q.id)}
            onBlurField={onBlurField}
            newId={newId}
          />
        </form>
      ))}
      <ExcludedQuestions questions={excluded} respondent={assessment.meta.respondent} lang={lang} />
      <form
        ref={pageForm}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          setSubmitted(true)
          // The latest drafts: a choice made a moment ago may not be drawn yet.
          if (errorsOf(latestDrafts.current).length > 0) {
            setFocusKey((k) => k + 1)
            return
          }
          navigate(next ? paths.unit(assessment.id, next.id) : paths.review(assessment.id))
        }}
      >
        <div className="button-group">
          <Button type="submit">{t('unit.saveAndContinue')}</Button>
          <Button
            variant="secondary"
            onClick={() => {
              setSubmitted(true)
              if (errorsOf(latestDrafts.current).length > 0) setFocusKey((k) => k + 1)
              else navigate(paths.taskList(assessment.id))
            }}
          >
            {t('unit.saveAndReturn')}
          </Button>
        </div>
      </form>
      <UnitPagination assessmentId={assessment.id} prev={prev} next={next} lang={lang} />
    </>
  )
}

// The parts of the page that do not change while the user answers, memoised so that an answer
// redraws its question and not the page around it.

const UnitHeading = memo(function UnitHeading({
  assessmentId,
  unit,
  article,
  lang,
}: {
  assessmentId: string
  unit: Unit
  article: Article
  lang: string
}) {
  const { t } = useTranslation()
  return (
    <>
      <p>
        <a className="back-link" href={href(paths.taskList(assessmentId))}>
          {t('unit.backToTasks')}
        </a>
      </p>
      <PageHeading
        caption={<InLanguage lang={lang}>{localize(article.title, lang)}</InLanguage>}
        title={`${unit.id} ${localize(unit.title, lang)}`}
      >
        <span className="page-heading__id">{unit.id}</span>{' '}
        <InLanguage lang={lang}>{localize(unit.title, lang)}</InLanguage>
      </PageHeading>
    </>
  )
})

const Duty = memo(function Duty({ unit, lang }: { unit: Unit; lang: string }) {
  return (
    <figure className="duty">
      <blockquote className="duty__text" lang={lang} dir={directionOf(lang)}>
        <p>{localize(unit.duty.text, lang)}</p>
      </blockquote>
      <figcaption className="duty__citation">
        {/* The UN document reference keeps its own left-to-right order inside Arabic text. */}
        <cite dir="auto">{unit.duty.citation}</cite>
      </figcaption>
    </figure>
  )
})

const ExcludedQuestions = memo(function ExcludedQuestions({
  questions,
  respondent,
  lang,
}: {
  questions: readonly Question[]
  respondent: RespondentType
  lang: string
}) {
  const { t } = useTranslation()
  if (questions.length === 0) return null
  return (
    <details className="details excluded">
      <summary className="details__summary">
        {t('unit.excludedSummary', { count: questions.length })}
      </summary>
      <div className="details__text">
        <ul>
          {questions.map((q) => (
            <li key={q.id}>
              <strong>{q.id}</strong>{' '}
              <InLanguage lang={lang}>{localize(q.text[respondent], lang)}</InLanguage>{' '}
              <span className="hint">
                {t('unit.excludedReason', {
                  roles: q.roles.map((r) => t(`roles.${r}`)).join(t('ui.and')),
                })}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </details>
  )
})

const UnitPagination = memo(function UnitPagination({
  assessmentId,
  prev,
  next,
  lang,
}: {
  assessmentId: string
  prev: Unit | undefined
  next: Unit | undefined
  lang: string
}) {
  const { t } = useTranslation()
  return (
    <nav className="pagination" aria-label={t('unit.pagination')}>
      {prev ? (
        <PageLink rel="prev" label={t('unit.previous')} unit={prev} {...{ assessmentId, lang }} />
      ) : null}
      {next ? (
        <PageLink rel="next" label={t('unit.next')} unit={next} {...{ assessmentId, lang }} />
      ) : null}
    </nav>
  )
})

function PageLink({
  rel,
  label,
  unit,
  assessmentId,
  lang,
}: {
  rel: 'prev' | 'next'
  label: string
  unit: Unit
  assessmentId: string
  lang: string
}) {
  return (
    <a className={`pagination__${rel}`} href={href(paths.unit(assessmentId, unit.id))} rel={rel}>
      <span className="pagination__label">{label}</span>
      <span className="pagination__unit">
        {/* Left to right in an Arabic page: "9.1(a)", not "(a)9.1". */}
        <bdi dir="ltr">{unit.id}</bdi>{' '}
        <InLanguage lang={lang}>{localize(unit.title, lang)}</InLanguage>
      </span>
    </a>
  )
}
