// The report pipeline the harness times in the browser: the same modules the app runs when a
// report is made (scoring, report model, PDF renderer with its lazily loaded jsPDF and font).
import { Assessment } from '@/domain/assessment/schema'
import { validateQuestionnaire } from '@/domain/questionnaire'
import { buildReport } from '@/domain/report'
import { scoreAssessment } from '@/domain/scoring'
import { renderReportPdf } from '@/lib/pdf/render'

/** Checks both files once, then returns the timed job: score, build and render the full report. */
export function prepare(
  questionnaireRaw: unknown,
  assessmentRaw: unknown,
): () => Promise<Uint8Array> {
  const checked = validateQuestionnaire(questionnaireRaw)
  if (!checked.ok) throw new Error('the questionnaire given to the harness is invalid')
  const questionnaire = checked.questionnaire
  const assessment = Assessment.parse(assessmentRaw)
  return () => {
    const score = scoreAssessment(questionnaire, assessment)
    const doc = buildReport(questionnaire, assessment, score, {
      language: 'en',
      includeAnswersAnnex: true,
      omitConfidentialEvidence: false,
      omitAuthorAndOrganisation: false,
      generatedOn: '2025-01-01',
    })
    return renderReportPdf(doc)
  }
}
