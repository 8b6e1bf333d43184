// Start screen and library: what the tool is, the user's assessments with their progress, and
// the ways in — new assessment, open an example. Loaded eagerly: it is the first screen.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '@/domain/assessment/schema'
import { useFormatters } from '@/lib/i18n'
import { Button, ButtonLink } from '@/lib/ui/button'
import { PageHeading } from '@/lib/ui/page-heading'
import { Tag } from '@/lib/ui/tag'
import { hasRoute, href, navigate, paths } from '@/lib/ui/navigation'
import { useWorkspace } from '@/lib/ui/workspace'
import { TextField } from '@/lib/ui/form-fields'
import { useQuestionnaire } from '@/lib/questionnaire-source'
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

function RenameForm({ assessment, onDone }: { assessment: Assessment; onDone: () => void }) {
  const { t } = useTranslation()
  const rename = useWorkspace((s) => s.renameAssessment)
  const [name, setName] = useState(assessment.name ?? '')
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault()
        rename(assessment.id, name)
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

/** The scoring engine, loaded after the first paint: the start screen must stay small. */
function useScorer(): Scorer | undefined {
  const [scorer, setScorer] = useState<Scorer>()
  useEffect(() => {
    let live = true
    void import('@/lib/ui/score-cache').then((m) => live && setScorer(() => m.cachedScore))
    return () => {
      live = false
    }
  }, [])
  return scorer
}

function AssessmentCard({ assessment, scorer }: { assessment: Assessment; scorer: Scorer | undefined }) {
  const { t } = useTranslation()
  // Each assessment is scored with its own questionnaire, built-in or loaded from a file.
  const questionnaire = useQuestionnaire(assessment.questionnaire.id, assessment.questionnaire.version)
  const f = useFormatters()
  const duplicate = useWorkspace((s) => s.duplicateAssessment)
  const remove = useWorkspace((s) => s.deleteAssessment)
  const [renaming, setRenaming] = useState(false)
  const label = assessmentLabel(assessment)
  const headingId = useId()
  const progress =
    scorer && questionnaire.status === 'ready' && questionnaire.questionnaire.id === assessment.questionnaire.id
      ? f.percent(scorer(questionnaire.questionnaire, assessment).overall.coverage.answeredShare)
      : t('library.progressUnknown')
  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 className="card__title" id={headingId}>
        <a href={href(paths.taskList(assessment.id))}>{label}</a>
      </h3>
      <p className="tags">
        <Tag tone={assessment.meta.respondent === 'shadow' ? 'purple' : 'blue'}>
          {t(`respondent.${assessment.meta.respondent}`)}
        </Tag>
        {assessment.meta.example ? <Tag tone="yellow">{t('library.exampleTag')}</Tag> : null}
      </p>
      <dl className="summary-list summary-list--compact">
        {assessment.name ? (
          <div className="summary-list__row">
            <dt>{t('library.state')}</dt>
            <dd>{assessment.meta.state}</dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt>{t('library.period')}</dt>
          <dd>{t('library.periodValue', { from: f.date(assessment.meta.period.from), to: f.date(assessment.meta.period.to) })}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('library.progress')}</dt>
          <dd>{progress}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('library.lastSaved')}</dt>
          <dd>{f.dateTime(assessment.updatedAt)}</dd>
        </div>
      </dl>
      {renaming ? (
        <RenameForm assessment={assessment} onDone={() => setRenaming(false)} />
      ) : (
        <div className="button-group">
          <ButtonLink variant="secondary" href={href(paths.taskList(assessment.id))}>
            {t('library.open')}
            <span className="visually-hidden"> {label}</span>
          </ButtonLink>
          <Button
            variant="secondary"
            onClick={() => {
              const id = duplicate(assessment.id, t('library.copyName', { label }))
              if (id) navigate(paths.taskList(id))
            }}
          >
            {t('library.duplicate')}
            <span className="visually-hidden"> {label}</span>
          </Button>
          <Button variant="secondary" onClick={() => setRenaming(true)}>
            {t('library.rename')}
            <span className="visually-hidden"> {label}</span>
          </Button>
          <Button variant="warning" onClick={() => remove(assessment.id)}>
            {t('library.delete')}
            <span className="visually-hidden"> {label}</span>
          </Button>
        </div>
      )}
    </li>
  )
}

export function LibraryScreen() {
  const { t } = useTranslation()
  const assessments = useWorkspace((s) => s.assessments)
  // Starts loading the built-in questionnaire from the start screen, so set-up opens without waiting.
  useQuestionnaire()
  const scorer = useScorer()
  const list = Object.values(assessments).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
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
      <h2>{t('library.yourAssessments')}</h2>
      {list.length === 0 ? (
        <p>{t('library.empty')}</p>
      ) : (
        <ul className="card-list">
          {list.map((a) => (
            <AssessmentCard key={a.id} assessment={a} scorer={scorer} />
          ))}
        </ul>
      )}
      {list.length >= 2 && hasRoute('compare') ? (
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
