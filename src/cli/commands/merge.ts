// `npm run cli -- merge <base.json> <file.json>... -o merged.json [--prefer first|last]`: combines
// section files answered by different departments. Conflicting answers stop the merge with a
// list, unless --prefer says which side wins; the inputs are never modified.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from '@/cli/commands'
import {
  CliError,
  formatTable,
  loadAssessment,
  parseOptions,
  runCommand,
  writeErr,
  writeOut,
} from '@/cli/io'
import type { Question, Questionnaire } from '@/domain/questionnaire/schema'
import type { Answer } from '@/domain/assessment/schema'
import { formatValidationProblems, validateAssessment } from '@/domain/assessment/validate'
import { applyMerge, preferResolutions, previewMerge } from '@/domain/merge'
import { SPECIAL_ANSWER_LABELS } from '@/domain/scoring'
import { describeValue, serializeFile } from '@/domain/files'

const USAGE =
  'Usage: npm run cli -- merge <base.json> <file.json>... -o <merged.json> [--prefer first|last] [--questionnaire <questionnaire.json>]'

function describeAnswer(question: Question | undefined, answer: Answer | undefined): string {
  if (!answer) return 'no answer'
  let text: string
  if (answer.special) text = SPECIAL_ANSWER_LABELS[answer.special]
  else if (answer.value !== undefined)
    text = question ? describeValue(question, answer.value, 'en') : JSON.stringify(answer.value)
  else text = 'no value'
  const n = answer.evidence.length
  return `${text} (${n} evidence item${n === 1 ? '' : 's'})`
}

function findQuestion(q: Questionnaire, id: string): Question | undefined {
  for (const article of q.articles)
    for (const unit of article.units) for (const x of unit.questions) if (x.id === id) return x
  return undefined
}

export const mergeCommand: Command = {
  summary:
    'merge section files into one assessment: merge <base.json> <file.json>... -o <merged.json> [--prefer first|last]',
  run(args) {
    return runCommand(USAGE, async () => {
      const { values, positionals } = parseOptions(args, {
        output: { type: 'string', short: 'o' },
        prefer: { type: 'string' },
        questionnaire: { type: 'string' },
      })
      const [baseFile, ...others] = positionals
      if (!baseFile || others.length === 0 || !values.output) {
        process.stderr.write(`${USAGE}\n`)
        return 1
      }
      const prefer = values.prefer
      if (prefer !== undefined && prefer !== 'first' && prefer !== 'last') {
        throw new CliError(
          `--prefer takes "first" (the earliest answer, base first) or "last" (the last file's answer).\n${USAGE}`,
        )
      }
      const output = values.output
      const inputs = [baseFile, ...others]
      if (inputs.some((f) => resolve(f) === resolve(output))) {
        throw new CliError(
          `${output} is one of the input files; write the merge to a new file so nothing is overwritten.`,
        )
      }

      const base = await loadAssessment(baseFile, values.questionnaire)
      const incoming = []
      for (const file of others) incoming.push(await loadAssessment(file, values.questionnaire))
      let preview
      try {
        preview = previewMerge(
          base.assessment,
          incoming.map((i) => i.assessment),
        )
      } catch (err) {
        throw new CliError(err instanceof Error ? err.message : String(err))
      }
      for (const warning of preview.warnings) writeErr(`Warning: ${warning}`)
      const fileName = (index: number) => others[index] ?? `file ${index + 1}`
      const summary = `${preview.counts.new} new, ${preview.counts.identical} identical, ${preview.counts.conflict} in conflict`

      const conflicts = preview.entries.filter((e) => e.status === 'conflict')
      if (conflicts.length > 0 && !prefer) {
        const rows: string[][] = []
        for (const entry of conflicts) {
          const question = findQuestion(base.questionnaire, entry.questionId)
          if (entry.base)
            rows.push([entry.questionId, baseFile, describeAnswer(question, entry.base)])
          for (const c of entry.candidates) {
            rows.push([
              entry.questionId,
              c.sources.map(fileName).join(', '),
              describeAnswer(question, c.answer),
            ])
          }
        }
        writeOut(`Merge stopped: ${summary}. Nothing was written.\n`)
        writeOut(formatTable(['Question', 'File', 'Answer'], rows))
        writeOut(
          '\nResolve the conflicts in the files, or choose a side with --prefer first (base first) or --prefer last.',
        )
        return 1
      }

      const resolutions = prefer ? preferResolutions(preview, prefer) : {}
      const now = new Date().toISOString()
      const merged = applyMerge(base.assessment, preview, resolutions, now)
      const check = validateAssessment(merged, base.questionnaire)
      if (!check.ok) {
        throw new CliError(
          `The merged assessment would not be valid, so nothing was written:\n${formatValidationProblems(check.problems)}`,
        )
      }
      // Written as an exported file, so the app imports it like any other.
      await writeFile(output, serializeFile([check.assessment], now), 'utf8')
      const how = conflicts.length > 0 ? `; conflicts resolved with --prefer ${prefer ?? ''}` : ''
      writeOut(`Merged ${inputs.length} files into ${output}: ${summary}${how}.`)
      return 0
    })
  },
}
