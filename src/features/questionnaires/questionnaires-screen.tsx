// The Questionnaires page (#/questionnaires): the built-in questionnaire and the custom ones
// loaded on this device, loading a new file (checked by the same validator as the command line,
// every problem listed when it fails, nothing stored), replacing one with the same id and
// version after asking, and removing one that no assessment needs.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Problem } from '@/domain/questionnaire/validate'
import type { LocalizedText, Questionnaire } from '@/domain/questionnaire/schema'
import { nativeLanguageName, useFormatters } from '@/lib/i18n'
import { loadBuiltInQuestionnaire, useQuestionnaire } from '@/lib/questionnaire-source'
import {
  MAX_QUESTIONNAIRE_BYTES,
  storedQuestionnaireKey,
  type CustomQuestionnaireEntry,
  type UnreadableQuestionnaire,
} from '@/lib/storage/questionnaires'
import { Button, ButtonLink } from '@/lib/ui/button'
import { InLanguage } from '@/lib/ui/in-language'
import { href, paths } from '@/lib/ui/navigation'
import { PageHeading } from '@/lib/ui/page-heading'
import { Tag } from '@/lib/ui/tag'
import { useWorkspace } from '@/lib/ui/workspace'
import { assessmentsUsing, checkQuestionnaireFile } from '@/features/questionnaires/check-file'
import { ProblemsList } from '@/features/questionnaires/problems-list'
import { useCustomQuestionnaireStore } from '@/features/questionnaires/use-custom-store'
import '@/features/questionnaires/questionnaires.css'

const MEGABYTES = Math.round(MAX_QUESTIONNAIRE_BYTES / (1024 * 1024))

type LoadStep =
  | { kind: 'choose' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'refused'; message: string }
  | { kind: 'invalid'; fileName: string; problems: Problem[] }
  | {
      kind: 'confirm'
      fileName: string
      questionnaire: Questionnaire
      previous: CustomQuestionnaireEntry
    }
  | { kind: 'saving'; fileName: string }
  | { kind: 'done'; questionnaire: Questionnaire }
  | { kind: 'kept' }

/** The language a questionnaire text is shown in: the interface's, else English, else its first. */
function languageOf(text: LocalizedText, lang: string): string {
  return lang in text ? lang : 'en' in text ? 'en' : (Object.keys(text)[0] ?? lang)
}

function pick(text: LocalizedText, lang: string): string {
  return text[languageOf(text, lang)] ?? ''
}

function countUnits(q: Questionnaire): { units: number; questions: number } {
  const units = q.articles.flatMap((a) => a.units)
  return { units: units.length, questions: units.reduce((n, u) => n + u.questions.length, 0) }
}

function useContentText(): (q: Questionnaire) => string {
  const { t } = useTranslation()
  return (q) => {
    const { units, questions } = countUnits(q)
    return t('questionnaires.contentValue', {
      units: t('questionnaires.units', { count: units }),
      questions: t('questionnaires.questions', { count: questions }),
    })
  }
}

function QuestionnaireCard({
  questionnaire,
  entry,
  usedBy,
  onRemove,
  busy,
}: {
  questionnaire: Questionnaire
  /** Present for a custom questionnaire. */
  entry?: CustomQuestionnaireEntry
  usedBy: number
  onRemove?: () => void
  busy?: boolean
}) {
  const { t, i18n } = useTranslation()
  const f = useFormatters()
  const content = useContentText()
  const headingId = useId()
  const title = pick(questionnaire.title, i18n.language)
  return (
    <li
      className="card"
      aria-labelledby={headingId}
      data-testid={`questionnaire-${questionnaire.id}@${questionnaire.version}`}
    >
      <h3 className="card__title" id={headingId}>
        {languageOf(questionnaire.title, i18n.language) === i18n.language ? (
          title
        ) : (
          // A title the file has only in another language is marked so it is read and laid out as such.
          <InLanguage lang={languageOf(questionnaire.title, i18n.language)}>{title}</InLanguage>
        )}
      </h3>
      <p className="tags">
        {entry ? (
          <Tag tone="purple">{t('questionnaires.customTag')}</Tag>
        ) : (
          <Tag tone="blue">{t('questionnaires.builtInTag')}</Tag>
        )}
      </p>
      <dl className="summary-list summary-list--compact">
        <div className="summary-list__row">
          <dt>{t('questionnaires.id')}</dt>
          <dd>
            <code dir="ltr">{questionnaire.id}</code>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('questionnaires.version')}</dt>
          <dd>
            <bdi dir="ltr">{questionnaire.version}</bdi>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('questionnaires.languages')}</dt>
          <dd>{questionnaire.languages.map((l) => nativeLanguageName(l)).join(', ')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('questionnaires.content')}</dt>
          <dd>{content(questionnaire)}</dd>
        </div>
        {entry ? (
          <div className="summary-list__row">
            <dt>{t('questionnaires.loaded')}</dt>
            <dd>
              {t('questionnaires.loadedValue', {
                when: entry.savedAt ? f.dateTime(entry.savedAt) : '—',
                fileName: entry.fileName || '—',
              })}
            </dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt>{t('questionnaires.usedBy')}</dt>
          <dd>{f.number(usedBy)}</dd>
        </div>
      </dl>
      {onRemove ? (
        <div className="button-group">
          <Button variant="warning" onClick={onRemove} disabled={busy}>
            {t('questionnaires.remove')} <span className="visually-hidden">{title}</span>
          </Button>
        </div>
      ) : null}
    </li>
  )
}

function UnreadableList({
  items,
  onRemove,
}: {
  items: readonly UnreadableQuestionnaire[]
  onRemove: (key: string) => void
}) {
  const { t, i18n } = useTranslation()
  if (items.length === 0) return null
  return (
    <div
      className="banner banner--warning"
      role="region"
      aria-labelledby="questionnaires-unreadable"
    >
      <h3 className="banner__title" id="questionnaires-unreadable">
        {t('questionnaires.unreadableTitle')}
      </h3>
      <p>{t('questionnaires.unreadableIntro')}</p>
      <ul className="plain-list">
        {items.map((u) => (
          <li key={u.key} className="questionnaire-unreadable">
            <p>
              <strong>{u.fileName ? `${u.fileName} (${u.key})` : u.key}</strong>
            </p>
            <ul
              className="questionnaire-problems__list"
              lang={i18n.language === 'en' ? undefined : 'en'}
            >
              {u.problems.map((p, i) => (
                <li key={`${i}:${p.path}`}>
                  <code dir="ltr">{p.path || t('questionnaires.load.wholeFile')}</code>: {p.message}
                </li>
              ))}
            </ul>
            <Button variant="warning" onClick={() => onRemove(u.key)}>
              {t('questionnaires.remove')} <span className="visually-hidden">{u.key}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function QuestionnairesScreen() {
  const { t, i18n } = useTranslation()
  const f = useFormatters()
  const id = useId()
  const fileId = `${id}-file`
  const builtIn = useQuestionnaire()
  const { store, state } = useCustomQuestionnaireStore()
  const assessments = useWorkspace((s) => s.assessments)
  const [step, setStep] = useState<LoadStep>({ kind: 'choose' })
  const [removal, setRemoval] = useState<{ tone: 'ok' | 'refused'; text: string } | null>(null)
  const [removing, setRemoving] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const stepHeading = useRef<HTMLHeadingElement>(null)
  const messageRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (step.kind === 'confirm' || step.kind === 'done') stepHeading.current?.focus()
    if (step.kind === 'refused') messageRef.current?.focus()
  }, [step])

  const entries = state.status === 'ready' ? state.entries : []
  const list = Object.values(assessments)
  const available = [
    ...(builtIn.status === 'ready' ? [builtIn.questionnaire] : []),
    ...entries.map((e) => e.questionnaire),
  ]
  const usage = (q: Questionnaire) =>
    assessmentsUsing(
      q,
      list,
      available.filter((o) => o !== q),
    ).length

  const clearFileInput = () => {
    if (fileInput.current) fileInput.current.value = ''
  }

  const saveQuestionnaire = async (questionnaire: Questionnaire, fileName: string) => {
    if (!store) return
    setStep({ kind: 'saving', fileName })
    try {
      await store.save(questionnaire, fileName, new Date())
      setStep({ kind: 'done', questionnaire })
    } catch (err) {
      setStep({
        kind: 'refused',
        message: t('questionnaires.load.saveFailed', {
          reason: err instanceof Error ? err.message : String(err),
        }),
      })
    }
    clearFileInput()
  }

  const onFile = async (file: File | undefined) => {
    setRemoval(null)
    if (!file) return
    setStep({ kind: 'checking', fileName: file.name })
    const shipped = await loadBuiltInQuestionnaire().catch(() => undefined)
    const check = await checkQuestionnaireFile(file, { builtIn: shipped, custom: entries })
    switch (check.kind) {
      case 'too-large':
        setStep({
          kind: 'refused',
          message: t('questionnaires.load.tooLarge', { megabytes: MEGABYTES }),
        })
        break
      case 'unreadable':
        setStep({ kind: 'refused', message: t('questionnaires.load.unreadable') })
        break
      case 'not-json':
        setStep({ kind: 'refused', message: t('questionnaires.load.notJson') })
        break
      case 'invalid':
        setStep({ kind: 'invalid', fileName: file.name, problems: check.problems })
        break
      case 'built-in':
        setStep({
          kind: 'refused',
          message: t('questionnaires.load.builtIn', {
            fileName: file.name,
            id: check.questionnaire.id,
            version: check.questionnaire.version,
          }),
        })
        break
      case 'replace':
        setStep({
          kind: 'confirm',
          fileName: file.name,
          questionnaire: check.questionnaire,
          previous: check.previous,
        })
        return
      case 'new':
        await saveQuestionnaire(check.questionnaire, file.name)
        return
    }
    clearFileInput()
  }

  const remove = async (entry: CustomQuestionnaireEntry) => {
    const q = entry.questionnaire
    const title = pick(q.title, i18n.language)
    const users = usage(q)
    if (users > 0) {
      setRemoval({
        tone: 'refused',
        text: t('questionnaires.removeInUse', { title, count: users }),
      })
      return
    }
    if (!store) return
    setRemoving(true)
    try {
      await store.removeKey(storedQuestionnaireKey(q.id, q.version))
      setRemoval({
        tone: 'ok',
        text: t('questionnaires.removed', { title, id: q.id, version: q.version }),
      })
    } catch (err) {
      setRemoval({
        tone: 'refused',
        text: t('questionnaires.removeFailed', {
          reason: err instanceof Error ? err.message : String(err),
        }),
      })
    } finally {
      setRemoving(false)
    }
  }

  const removeUnreadable = async (key: string) => {
    if (!store) return
    try {
      await store.removeKey(key)
      setRemoval(null)
    } catch (err) {
      setRemoval({
        tone: 'refused',
        text: t('questionnaires.removeFailed', {
          reason: err instanceof Error ? err.message : String(err),
        }),
      })
    }
  }

  const showInput = step.kind !== 'confirm' && step.kind !== 'saving'

  return (
    <div className="questionnaires">
      <PageHeading>{t('questionnaires.title')}</PageHeading>
      <p className="lead">{t('questionnaires.intro')}</p>
      <p>{t('questionnaires.formatNote')}</p>

      <section className="questionnaires-section" aria-labelledby="questionnaires-list">
        <h2 id="questionnaires-list">{t('questionnaires.listTitle')}</h2>
        <div role="status" className="status-region">
          {removal ? (
            <div
              className={`banner ${removal.tone === 'ok' ? 'banner--success' : 'banner--error'}`}
            >
              <p>{removal.text}</p>
            </div>
          ) : null}
        </div>
        <ul className="card-list">
          {builtIn.status === 'ready' ? (
            <QuestionnaireCard
              questionnaire={builtIn.questionnaire}
              usedBy={usage(builtIn.questionnaire)}
            />
          ) : null}
          {entries.map((e) => (
            <QuestionnaireCard
              key={`${e.questionnaire.id}@${e.questionnaire.version}`}
              questionnaire={e.questionnaire}
              entry={e}
              usedBy={usage(e.questionnaire)}
              busy={removing}
              onRemove={() => void remove(e)}
            />
          ))}
        </ul>
        {builtIn.status === 'loading' || state.status === 'loading' ? (
          <p role="status">{t('ui.loading')}</p>
        ) : null}
        {builtIn.status === 'error' ? (
          <p className="error-message">
            {t('questionnaires.builtInFailed', { message: builtIn.message })}
          </p>
        ) : null}
        {state.status === 'failed' ? (
          <p className="error-message">
            {t('questionnaires.storageFailed', { reason: state.message })}
          </p>
        ) : null}
        {state.status === 'ready' && entries.length === 0 ? (
          <p>{t('questionnaires.noCustom')}</p>
        ) : null}
        {state.status === 'ready' ? (
          <UnreadableList items={state.unreadable} onRemove={(key) => void removeUnreadable(key)} />
        ) : null}
      </section>

      <section className="questionnaires-section" aria-labelledby="questionnaires-load">
        <h2 id="questionnaires-load">{t('questionnaires.load.title')}</h2>

        {step.kind === 'invalid' ? (
          <ProblemsList fileName={step.fileName} problems={step.problems} />
        ) : null}

        {step.kind === 'refused' ? (
          <div className="error-summary" role="alert">
            <p ref={messageRef} tabIndex={-1} className="error-message">
              {step.message}
            </p>
            <p>{t('questionnaires.load.unchanged')}</p>
          </div>
        ) : null}

        {step.kind === 'confirm' ? (
          <div className="banner banner--warning" role="region" aria-labelledby={`${id}-confirm`}>
            <h3 className="banner__title" id={`${id}-confirm`} ref={stepHeading} tabIndex={-1}>
              {t('questionnaires.load.replaceTitle', {
                id: step.questionnaire.id,
                version: step.questionnaire.version,
              })}
            </h3>
            <p>
              {t('questionnaires.load.replaceBody', {
                when: step.previous.savedAt ? f.dateTime(step.previous.savedAt) : '—',
                fileName: step.previous.fileName || '—',
                newFileName: step.fileName,
              })}
            </p>
            <div className="button-group">
              <Button onClick={() => void saveQuestionnaire(step.questionnaire, step.fileName)}>
                {t('questionnaires.load.replace')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setStep({ kind: 'kept' })
                  clearFileInput()
                }}
              >
                {t('questionnaires.load.keep')}
              </Button>
            </div>
          </div>
        ) : null}
        {step.kind === 'saving' ? <p role="status">{t('ui.loading')}</p> : null}

        <div role="status" className="status-region">
          {step.kind === 'done' ? (
            <div className="banner banner--success">
              <h3 className="banner__title" ref={stepHeading} tabIndex={-1}>
                {t('questionnaires.load.done', {
                  title: pick(step.questionnaire.title, i18n.language),
                  id: step.questionnaire.id,
                  version: step.questionnaire.version,
                })}
              </h3>
              <ButtonLink variant="secondary" href={href(paths.newAssessment())}>
                {t('questionnaires.load.useIt')}
              </ButtonLink>
            </div>
          ) : null}
          {step.kind === 'kept' ? (
            <div className="banner banner--success">
              <p>{t('questionnaires.load.unchanged')}</p>
            </div>
          ) : null}
        </div>

        {showInput ? (
          <div
            className={`field${step.kind === 'invalid' || step.kind === 'refused' ? ' field--error' : ''}`}
          >
            <label className="label" htmlFor={fileId}>
              {t('questionnaires.load.fileLabel')}
            </label>
            <div className="hint" id={`${fileId}-hint`}>
              {t('questionnaires.load.fileHint', { megabytes: MEGABYTES })}
            </div>
            <input
              ref={fileInput}
              id={fileId}
              className="questionnaires-file-input"
              type="file"
              accept=".json,application/json"
              aria-describedby={`${fileId}-hint`}
              // Checking a file needs the stored ones read first, to spot a replacement.
              disabled={step.kind === 'checking' || state.status !== 'ready'}
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
            {step.kind === 'checking' ? (
              <p role="status">{t('questionnaires.load.reading', { fileName: step.fileName })}</p>
            ) : null}
          </div>
        ) : null}
      </section>

      <p className="questionnaires-links">
        <a href={href(paths.files())}>{t('files.title')}</a>
      </p>
    </div>
  )
}
