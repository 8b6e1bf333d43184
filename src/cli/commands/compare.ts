// `npm run cli -- compare <a.json> <b.json> [--json]`: sets two assessments side by side (a
// State's self-assessment and an NGO's shadow assessment, or two rounds) and lists the divergent
// questions first. Each file is checked against the questionnaire it names.
import type { Command } from '@/cli/commands'
import {
  formatTable,
  loadAssessment,
  parseAssessmentArgs,
  runCommand,
  writeOut,
  type Align,
} from '@/cli/io'
import {
  compareAssessments,
  type AssessmentComparison,
  type LevelComparison,
  type QuestionSide,
} from '@/domain/compare'
import {
  DIVERGENCE_THRESHOLD,
  SPECIAL_ANSWER_LABELS,
  formatScore,
  shownDifference,
} from '@/domain/scoring'

const USAGE =
  'Usage: npm run cli -- compare <a.json> <b.json> [--json] [--questionnaire <questionnaire.json>]'

/** b − a from the two scores as printed (rounded first), so the columns add up for the reader. */
function signed(a: number | null, b: number | null): string {
  const n = shownDifference(a, b)
  if (n === null) return '–'
  const text = formatScore(Math.abs(n))
  return text === '0' ? '0' : `${n < 0 ? '−' : '+'}${text}`
}

function levelRow(label: string, level: LevelComparison): string[] {
  return [
    label,
    formatScore(level.a),
    formatScore(level.b),
    signed(level.a, level.b),
    level.divergent ? 'yes' : '',
  ]
}

function side(s: QuestionSide): string {
  if (s.special) return SPECIAL_ANSWER_LABELS[s.special]
  if (s.status === 'excluded-role') return 'outside roles'
  if (s.status === 'unanswered') return 'unanswered'
  return formatScore(s.score)
}

export function renderComparison(c: AssessmentComparison): string {
  const describe = (s: AssessmentComparison['a']) =>
    `${s.label}: ${s.state}, ${s.period.from} to ${s.period.to} (questionnaire ${s.questionnaire.id} ${s.questionnaire.version})`
  const lines = [`A = ${describe(c.a)}`, `B = ${describe(c.b)}`, '']
  const rows = [levelRow('Overall', c.overall)]
  for (const article of c.articles) {
    rows.push(levelRow(`Article ${article.articleId}`, article))
    for (const unit of c.units.filter((u) => u.articleId === article.articleId))
      rows.push(levelRow(`  ${unit.unitId}`, unit))
  }
  const align: Align[] = ['left', 'right', 'right', 'right', 'left']
  lines.push(formatTable(['Level', 'A', 'B', 'B − A', 'Divergent'], rows, align))

  const divergent = c.questions.filter((q) => q.divergent)
  lines.push('')
  if (divergent.length === 0) {
    lines.push('No divergent questions.')
  } else {
    lines.push(
      `Divergent questions (${divergent.length}): scores ${DIVERGENCE_THRESHOLD} points or more apart, or a special answer on one side only`,
    )
    lines.push(
      formatTable(
        ['Question', 'A', 'B', 'B − A', 'Why'],
        divergent.map((q) => [
          q.questionId,
          side(q.a),
          side(q.b),
          signed(q.a.score, q.b.score),
          q.divergenceReason === 'special-answer' ? 'special answer' : 'score difference',
        ]),
        ['left', 'right', 'right', 'right', 'left'],
      ),
    )
  }
  if (c.unmatched.onlyInA.length > 0 || c.unmatched.onlyInB.length > 0) {
    lines.push('', 'Questions that could not be matched (different questionnaire versions):')
    if (c.unmatched.onlyInA.length > 0) lines.push(`  only in A: ${c.unmatched.onlyInA.join(', ')}`)
    if (c.unmatched.onlyInB.length > 0) lines.push(`  only in B: ${c.unmatched.onlyInB.join(', ')}`)
  }
  return lines.join('\n')
}

export const compareCommand: Command = {
  summary: 'compare two assessments, divergent questions first: compare <a.json> <b.json> [--json]',
  run(args) {
    return runCommand(USAGE, async () => {
      const { files, json, questionnaire } = parseAssessmentArgs(args, 2, USAGE)
      const a = await loadAssessment(files[0], questionnaire)
      const b = await loadAssessment(files[1], questionnaire)
      const comparison = compareAssessments(
        a.questionnaire,
        a.assessment,
        b.questionnaire,
        b.assessment,
      )
      writeOut(json ? JSON.stringify(comparison, null, 2) : renderComparison(comparison))
      return 0
    })
  },
}
