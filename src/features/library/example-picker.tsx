// "Open an example": copies a built-in example assessment into the library, marked as an
// example, and opens it. Examples are loaded on demand, not with the first screen.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { loadExamples, type BuiltInExample } from '@/lib/questionnaire-source'
import { Button } from '@/lib/ui/button'
import { navigate, paths } from '@/lib/ui/navigation'
import { useWorkspace } from '@/lib/ui/workspace'

export function ExamplePicker() {
  const { t } = useTranslation()
  const add = useWorkspace((s) => s.addAssessment)
  const [examples, setExamples] = useState<BuiltInExample[] | undefined>()
  useEffect(() => {
    let live = true
    loadExamples().then(
      (list) => live && setExamples(list),
      () => live && setExamples([]),
    )
    return () => {
      live = false
    }
  }, [])
  if (!examples || examples.length === 0) return null
  return (
    <section aria-labelledby="examples-title" className="section">
      <h2 id="examples-title">{t('library.examplesTitle')}</h2>
      <p>{t('library.examplesIntro')}</p>
      <ul className="plain-list">
        {examples.map((ex) => (
          <li key={ex.file}>
            <Button
              variant="secondary"
              onClick={() => {
                const a = ex.assessment
                const id = add({ ...a, meta: { ...a.meta, example: true } })
                navigate(paths.taskList(id))
              }}
            >
              {t('library.openExample', {
                state: ex.assessment.meta.state,
                respondent: t(`respondent.${ex.assessment.meta.respondent}`),
              })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  )
}
