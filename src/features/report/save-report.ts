// Makes the PDF report of an assessment on this device and hands it to the browser's download:
// the same scoring, builder and renderer as the command line, so a report made in the app and
// one made with `npm run cli -- report` agree. jsPDF is only fetched here, on the first report.
import type { Assessment } from '@/domain/assessment/schema'
import type { Questionnaire } from '@/domain/questionnaire'
import { buildReport } from '@/domain/report'
import { downloadFile } from '@/lib/download'
import { renderReportPdf } from '@/lib/pdf/render'
import { cachedScore } from '@/lib/ui/score-cache'
import { localIsoDate, reportFileName, type ReportChoices } from '@/features/report/report-options'

/** Builds, renders and saves the report; resolves with the file name it was saved under. */
export type SaveReport = (
  questionnaire: Questionnaire,
  assessment: Assessment,
  choices: ReportChoices,
) => Promise<string>

/** Lets the browser paint the progress message before the synchronous build starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

export const saveReport: SaveReport = async (questionnaire, assessment, choices) => {
  await nextFrame()
  const score = cachedScore(questionnaire, assessment)
  const report = buildReport(questionnaire, assessment, score, {
    ...choices,
    generatedOn: localIsoDate(),
  })
  const bytes = await renderReportPdf(report)
  const fileName = reportFileName(assessment.meta)
  // A copy into a plain ArrayBuffer, the only kind of view Blob accepts in every typing of it.
  const buffer = new Uint8Array(bytes.byteLength)
  buffer.set(bytes)
  // A report can be a few hundred kB; a minute is ample for the browser to start writing it.
  downloadFile(buffer, fileName, { type: 'application/pdf', revokeAfterMs: 60_000 })
  return fileName
}
