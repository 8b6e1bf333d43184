// The interface language picker in the header: every language with a catalog, each named in its
// own language, and the choice kept on this device. The interface follows an open assessment's
// language (src/app/app.tsx), so on an assessment's pages the choice also becomes that
// assessment's language when its questionnaire has it; anything else would be undone the next
// time the assessment is opened.
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { setLanguage, UI_LANGUAGES, nativeLanguageName } from '@/lib/i18n'
import { loadedQuestionnaire, useQuestionnaireChanges } from '@/lib/questionnaire-source'
import { useWorkspace } from '@/lib/ui/workspace'

export function LanguageSwitcher({ assessmentId }: { assessmentId?: string }) {
  const { t, i18n } = useTranslation()
  const id = useId()
  // The set-up and the questionnaire reference only: they keep their identity while answers
  // change, so the header is not redrawn on every answer saved.
  const meta = useWorkspace((s) => (assessmentId ? s.assessments[assessmentId]?.meta : undefined))
  const used = useWorkspace((s) =>
    assessmentId ? s.assessments[assessmentId]?.questionnaire : undefined,
  )
  const updateMeta = useWorkspace((s) => s.updateMeta)
  // The assessment's own page loads its questionnaire; the header only reads it (and re-renders
  // when it arrives), so the start screen never loads the large built-in file for nothing.
  useQuestionnaireChanges()
  const questionnaire = used ? loadedQuestionnaire(used.id, used.version) : undefined
  const assessmentLanguages = questionnaire?.languages ?? []
  const current = UI_LANGUAGES.includes(i18n.language) ? i18n.language : UI_LANGUAGES[0]
  return (
    <div className="language-switcher">
      <label className="language-switcher__label" htmlFor={`${id}-select`}>
        {t('shell.language')}
      </label>
      <select
        id={`${id}-select`}
        className="select language-switcher__select"
        value={current}
        aria-describedby={`${id}-note`}
        onChange={(e) => {
          const language = e.target.value
          if (
            assessmentId &&
            meta &&
            assessmentLanguages.includes(language) &&
            meta.language !== language
          ) {
            updateMeta(assessmentId, { ...meta, language })
          }
          void setLanguage(language, { remember: true })
        }}
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {nativeLanguageName(code)}
          </option>
        ))}
      </select>
      <p className="language-switcher__note" id={`${id}-note`}>
        {meta ? t('shell.languageNoteAssessment') : t('shell.languageNote')}
      </p>
    </div>
  )
}
