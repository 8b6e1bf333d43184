// "Open an example": copies a built-in example assessment into the library, marked as an
// example, and opens it. The list is drawn from titles bundled with the first screen; the example
// itself (and its validator) is loaded only when one is chosen.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { loadExamples } from '@/lib/questionnaire-source'
import { Button } from '@/lib/ui/button'
import { navigate, paths } from '@/lib/ui/navigation'
import { useWorkspace, useWorkspaceStore, whenHydrated } from '@/lib/ui/workspace'
import { EXAMPLE_TITLES, type ExampleTitle } from '@/features/library/example-titles'

export function ExamplePicker() {
  const { t } = useTranslation()
  const add = useWorkspace((s) => s.addAssessment)
  const store = useWorkspaceStore()
  const [opening, setOpening] = useState<string>()
  const [failed, setFailed] = useState(false)

  async function open(title: ExampleTitle) {
    setOpening(title.file)
    setFailed(false)
    try {
      const example = (await loadExamples()).find((ex) => ex.file === title.file)
      if (!example) throw new Error(`${title.file} is not a valid example`)
      // The start screen is usable while the library is read; the copy joins it once it is.
      await whenHydrated(store)
      const a = example.assessment
      const id = add({ ...a, meta: { ...a.meta, example: true } })
      navigate(paths.taskList(id))
    } catch {
      // The chunk may fail to load offline before the service worker cached it.
      setFailed(true)
    } finally {
      setOpening(undefined)
    }
  }

  if (EXAMPLE_TITLES.length === 0) return null
  return (
    <section aria-labelledby="examples-title" className="section">
      <h2 id="examples-title">{t('library.examplesTitle')}</h2>
      <p>{t('library.examplesIntro')}</p>
      <ul className="plain-list">
        {EXAMPLE_TITLES.map((ex) => (
          <li key={ex.file}>
            <Button
              variant="secondary"
              aria-disabled={opening !== undefined ? true : undefined}
              onClick={() => {
                if (opening === undefined) void open(ex)
              }}
            >
              {t('library.openExample', {
                state: ex.state,
                respondent: t(`respondent.${ex.respondent}`),
              })}
            </Button>
          </li>
        ))}
      </ul>
      <div role="status">
        {failed ? <p className="error-message">{t('library.exampleFailed')}</p> : null}
      </div>
    </section>
  )
}
