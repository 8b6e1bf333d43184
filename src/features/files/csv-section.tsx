// CSV of one assessment's answers, for spreadsheets: one row per question with its score.
// Confidential evidence is only counted unless the user asks to include it.
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { answersToCsv, suggestFileName } from '@/domain/files'
import { downloadFile } from '@/lib/download'
import { useQuestionnaire } from '@/lib/questionnaire-source'
import { Button } from '@/lib/ui/button'
import { Choice, SelectField } from '@/lib/ui/form-fields'
import { cachedScore } from '@/lib/ui/score-cache'
import { useWorkspace } from '@/lib/ui/workspace'
import { assessmentLabel, sortedAssessments } from '@/features/files/labels'

export function CsvSection() {
  const { t } = useTranslation()
  const id = useId()
  const assessments = sortedAssessments(useWorkspace((s) => s.assessments))
  const [chosenId, setChosenId] = useState<string | undefined>(undefined)
  const [confidential, setConfidential] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const chosen = assessments.find((a) => a.id === chosenId) ?? assessments[0]
  const questionnaire = useQuestionnaire(chosen?.questionnaire.id, chosen?.questionnaire.version)

  if (!chosen) return <p>{t('files.csv.nothing')}</p>

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (questionnaire.status !== 'ready') return
    const q = questionnaire.questionnaire
    const csv = answersToCsv(q, chosen, cachedScore(q, chosen), { includeConfidential: confidential })
    const fileName = suggestFileName([chosen], new Date().toISOString(), 'csv')
    downloadFile(csv, fileName, { type: 'text/csv;charset=utf-8' })
    setDone(fileName)
  }

  return (
    <form className="files-form" noValidate onSubmit={onSubmit}>
      <SelectField
        id={`${id}-which`}
        label={t('files.csv.whichLabel')}
        value={chosen.id}
        onChange={(e) => {
          setChosenId(e.target.value)
          setDone(null)
        }}
      >
        {assessments.map((a) => (
          <option key={a.id} value={a.id}>
            {assessmentLabel(a)}
          </option>
        ))}
      </SelectField>
      <Choice
        id={`${id}-confidential`}
        type="checkbox"
        label={t('files.csv.confidentialLabel')}
        hint={t('files.csv.confidentialHint')}
        checked={confidential}
        onChange={(e) => setConfidential(e.target.checked)}
      />
      {questionnaire.status === 'error' ? (
        <p className="error-message">{t('files.csv.noQuestionnaire')}</p>
      ) : null}
      <div className="button-group">
        <Button type="submit" variant="secondary" disabled={questionnaire.status !== 'ready'}>
          {t('files.csv.submit')}
        </Button>
      </div>
      <div role="status" className="files-status">
        {questionnaire.status === 'loading' ? <p>{t('files.csv.loading')}</p> : null}
        {done ? <p className="files-success">{t('files.csv.done', { fileName: done })}</p> : null}
      </div>
    </form>
  )
}
