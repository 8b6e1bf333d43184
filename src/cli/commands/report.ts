// `npm run cli -- report <assessment.json> -o report.pdf [--lang xx] [--no-annex]
// [--omit-confidential] [--anonymous] [--date YYYY-MM-DD] [--questionnaire <file>]
// [--compare <other.json>]`: writes the PDF assessment report (with a comparison chapter when
// another assessment is given) with the same builder and renderer the app uses, so a batch of reports
// made here matches what users download.
import { writeFile } from 'node:fs/promises'
import type { Command } from '@/cli/commands'
import { CliError, loadAssessment, parseOptions, runCommand, writeOut } from '@/cli/io'
import { buildReport } from '@/domain/report'
import { scoreAssessment } from '@/domain/scoring'
import { IsoDate } from '@/domain/assessment/schema'
import { renderReportPdf } from '@/lib/pdf/render'

const USAGE =
  'Usage: npm run cli -- report <assessment.json> -o <report.pdf> [--lang <code>] [--no-annex] ' +
  '[--omit-confidential] [--anonymous] [--date YYYY-MM-DD] [--questionnaire <questionnaire.json>] ' +
  '[--compare <other-assessment.json>]'

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

export const reportCommand: Command = {
  summary:
    'write the PDF report of an assessment: report <assessment.json> -o <report.pdf> [options]',
  run(args) {
    return runCommand(USAGE, async () => {
      const { values, positionals } = parseOptions(args, {
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        'no-annex': { type: 'boolean' },
        'omit-confidential': { type: 'boolean' },
        anonymous: { type: 'boolean' },
        date: { type: 'string' },
        questionnaire: { type: 'string' },
        compare: { type: 'string' },
      })
      const [file, ...rest] = positionals
      if (!file || rest.length > 0 || !values.output) {
        throw new CliError(USAGE)
      }
      if (values.date !== undefined && !IsoDate.safeParse(values.date).success) {
        throw new CliError(`--date must be a date as YYYY-MM-DD, not "${values.date}".`)
      }
      const { assessment, questionnaire } = await loadAssessment(file, values.questionnaire)
      // The other assessment finds its own questionnaire unless one file is given for both:
      // comparing across questionnaire versions is allowed (questions are matched by id).
      const comparison =
        values.compare === undefined
          ? undefined
          : await loadAssessment(values.compare, values.questionnaire)
      const score = scoreAssessment(questionnaire, assessment)
      const report = buildReport(questionnaire, assessment, score, {
        language: values.lang ?? assessment.meta.language,
        includeAnswersAnnex: !values['no-annex'],
        omitConfidentialEvidence: values['omit-confidential'] ?? false,
        omitAuthorAndOrganisation: values.anonymous ?? false,
        generatedOn: values.date ?? today(),
        ...(comparison
          ? {
              comparison: {
                questionnaire: comparison.questionnaire,
                assessment: comparison.assessment,
              },
            }
          : {}),
      })
      const bytes = await renderReportPdf(report)
      try {
        await writeFile(values.output, bytes)
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code
        throw new CliError(`Cannot write ${values.output}${code ? ` (${code})` : ''}.`)
      }
      if (report.meta.language !== (values.lang ?? assessment.meta.language)) {
        process.stderr.write(
          `Note: no report wording in "${values.lang ?? assessment.meta.language}" yet; the report is in "${report.meta.language}".\n`,
        )
      }
      const kb = Math.round(bytes.length / 1024)
      writeOut(
        `${values.output}: report of ${assessment.meta.state} written (${kb} kB${score.complete ? '' : ', incomplete assessment'}).`,
      )
      return 0
    })
  },
}
