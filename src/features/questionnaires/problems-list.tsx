// Why a questionnaire file was not loaded: every problem the validator found, each with its place
// in the file (the same `path: message` lines as `npm run cli -- validate`), under a heading that
// says nothing was loaded and what to do next. The heading takes focus when the list appears, so
// keyboard and screen-reader users land on it.
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Problem } from '@/domain/questionnaire/validate'

export function ProblemsList({
  fileName,
  problems,
}: {
  fileName: string
  problems: readonly Problem[]
}) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [problems])
  // The validator writes for authors in English, like the command line; say so to the browser.
  const messageLang = i18n.language === 'en' ? undefined : 'en'
  return (
    <div className="questionnaire-problems" role="alert" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="questionnaire-problems__title">
        {t('questionnaires.load.invalidTitle', { fileName, count: problems.length })}
      </h3>
      <p>{t('questionnaires.load.unchanged')}</p>
      <p>
        {t('questionnaires.load.invalidWhatToDo')}{' '}
        <code className="questionnaire-problems__command" dir="ltr">
          {`npm run cli -- validate ${fileName}`}
        </code>
      </p>
      <ul
        className="questionnaire-problems__list"
        aria-label={t('questionnaires.load.problemsLabel')}
      >
        {problems.map((p, i) => (
          <li key={`${i}:${p.path}`} data-path={p.path}>
            <code dir="ltr">{p.path || t('questionnaires.load.wholeFile')}</code>
            {': '}
            <span lang={messageLang}>{p.message}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
