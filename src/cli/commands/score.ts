// `npm run cli -- score <assessment.json> [--json] [--questionnaire <file>]`: scores an assessment
// file with the app's engine and prints the profile as a table, or the full result as JSON for
// other tools. An invalid file prints every validation problem and exits with status 1.
import type { Command } from '@/cli/commands'
import {
  formatShare,
  formatTable,
  loadAssessment,
  parseAssessmentArgs,
  runCommand,
  writeOut,
  type Align,
} from '@/cli/io'
import type { Questionnaire } from '@/domain/questionnaire/schema'
import type { Assessment } from '@/domain/assessment/schema'
import {
  BAND_LABELS,
  EVIDENCE_CAP,
  NOT_ASSESSED_LABELS,
  formatScore,
  scoreAssessment,
  type AssessmentScore,
  type BandId,
  type Coverage,
  type SubScores,
} from '@/domain/scoring'

const USAGE =
  'Usage: npm run cli -- score <assessment.json> [--json] [--questionnaire <questionnaire.json>]'

interface Row {
  label: string
  score: number | null
  band: BandId | null
  note?: string
  subScores: SubScores
  coverage: Coverage
  redFlags: string[]
}

function row(r: Row): string[] {
  return [
    r.label,
    formatScore(r.score),
    r.band ? BAND_LABELS[r.band] : (r.note ?? 'no score'),
    formatScore(r.subScores.structural),
    formatScore(r.subScores.process),
    formatScore(r.subScores.outcome),
    r.coverage.applicable > 0 ? formatShare(r.coverage.answeredShare) : '–',
    r.coverage.applicable > 0 ? formatShare(r.coverage.evidenceShare) : '–',
    String(r.redFlags.length),
  ]
}

/** The readable report: who and what, the profile table, then the flags behind the numbers. */
export function renderScore(
  questionnaire: Questionnaire,
  assessment: Assessment,
  result: AssessmentScore,
): string {
  const meta = assessment.meta
  const kind = meta.respondent === 'shadow' ? 'Shadow assessment' : 'Self-assessment'
  const lines: string[] = [
    `${meta.state}: ${kind} by ${meta.organisation}, ${meta.period.from} to ${meta.period.to}`,
    `Questionnaire ${questionnaire.id} ${questionnaire.version}; cooperation roles: ${meta.roles.join(', ')}`,
    '',
  ]
  const rows: string[][] = [row({ label: 'Overall', ...result.overall })]
  for (const article of result.articles) {
    rows.push(row({ label: `Article ${article.articleId}`, ...article }))
    for (const unit of result.units.filter((u) => u.articleId === article.articleId)) {
      const note = unit.notAssessedReason
        ? NOT_ASSESSED_LABELS[unit.notAssessedReason].split(':')[0]
        : undefined
      rows.push(row({ label: `  ${unit.unitId}`, ...unit, ...(note ? { note } : {}) }))
    }
  }
  const align: Align[] = [
    'left',
    'right',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]
  lines.push(
    formatTable(
      ['Level', 'Score', 'Band', 'S', 'P', 'O', 'Answered', 'Evidence', 'Red flags'],
      rows,
      align,
    ),
  )
  lines.push(
    '',
    'S, P, O: structural, process and outcome sub-scores. Answered and Evidence: share of applicable questions answered, and answered with evidence.',
  )

  const notAssessed = result.units.filter((u) => u.notAssessedReason)
  if (notAssessed.length > 0) {
    lines.push('', 'Units not assessed:')
    for (const u of notAssessed) {
      if (u.notAssessedReason)
        lines.push(
          `  ${u.unitId}: ${NOT_ASSESSED_LABELS[u.notAssessedReason].replace(/^not assessed: /, '')}`,
        )
    }
  }
  const list = (title: string, ids: string[], describe: (id: string) => string = () => '') => {
    if (ids.length === 0) return
    lines.push('', `${title} (${ids.length}):`)
    for (const id of ids) lines.push(`  ${id}${describe(id)}`)
  }
  list('Red flags: critical questions scoring 0', result.overall.redFlags, (id) => {
    const special = result.questions[id]?.special
    return special === 'dont-know'
      ? " (don't know)"
      : special === 'not-public'
        ? ' (information not public)'
        : ''
  })
  list('Transparency findings: information not public', result.overall.transparencyFindings)
  list(
    `Unevidenced answers, counted at ${EVIDENCE_CAP} until evidence is attached`,
    Object.values(result.questions)
      .filter((q) => q.unevidenced)
      .map((q) => q.questionId),
  )
  const unanswered = Object.values(result.questions).filter((q) => q.status === 'unanswered').length
  lines.push(
    '',
    result.complete
      ? 'Every applicable question is answered.'
      : `${unanswered} applicable question${unanswered === 1 ? ' is' : 's are'} not answered yet.`,
  )
  if (result.overall.targetScore !== null && result.overall.targetScore !== result.overall.score) {
    lines.push(`Planned profile (targets): overall ${formatScore(result.overall.targetScore)}.`)
  }
  return lines.join('\n')
}

export const scoreCommand: Command = {
  summary: 'score an assessment file: score <assessment.json> [--json] [--questionnaire <file>]',
  run(args) {
    return runCommand(USAGE, async () => {
      const options = parseAssessmentArgs(args, 1, USAGE)
      const { assessment, questionnaire } = await loadAssessment(
        options.files[0],
        options.questionnaire,
      )
      const result = scoreAssessment(questionnaire, assessment)
      writeOut(
        options.json
          ? JSON.stringify(result, null, 2)
          : renderScore(questionnaire, assessment, result),
      )
      return 0
    })
  },
}
