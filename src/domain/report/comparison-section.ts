// The comparison chapter of the report (VI, after the conclusions): this assessment beside
// another one, chosen by the user — typically a State's self-assessment beside an NGO's shadow
// assessment, or two rounds. The figures come from compareAssessments, so the report, the compare
// screen and `npm run cli -- compare` never disagree about which questions diverge.
import type { Assessment } from '@/domain/assessment/schema'
import { compareAssessments, type QuestionComparison, type QuestionSide } from '@/domain/compare'
import { allUnits, type LocalizedText, type Questionnaire } from '@/domain/questionnaire'
import { DIVERGENCE_THRESHOLD, formatScore, shownDifference } from '@/domain/scoring'
import type { ReportStrings } from './strings'
import type { ParagraphBlock, ReportBlock, ReportComparison, ReportSection } from './types'

export interface ComparisonContext {
  questionnaire: Questionnaire
  assessment: Assessment
  s: ReportStrings
  /** Whether the user chose to leave organisations out of the report. */
  anonymous: boolean
  /** Next paragraph number: the chapter continues the numbering of the body. */
  next: () => number
  /** A questionnaire text in the report's language. */
  text: (t: LocalizedText) => string
  /** User text made safe to print. */
  clean: (value: string | undefined) => string
}

/**
 * The difference b − a of two scores as printed beside them ("+12", "-30", "0"; "–" when a side
 * has no score): worked out from the rounded scores, so the reader's own subtraction agrees.
 */
function signed(a: number | null, b: number | null): string {
  const value = shownDifference(a, b)
  if (value === null) return formatScore(null)
  const text = formatScore(value)
  return value > 0 && text !== '0' ? `+${text}` : text
}

/** How the other assessment is named in the heading and the first paragraph. */
function describeOther(ctx: ComparisonContext, other: Assessment): string {
  const { s } = ctx
  const meta = other.meta
  const period = s.periodRange(s.formatDate(meta.period.from), s.formatDate(meta.period.to))
  if (meta.respondent !== 'shadow') return s.comparison.otherSelf(period)
  const organisation = ctx.clean(meta.organisation)
  // Leaving organisations out protects an NGO at risk whichever side of the comparison it is on.
  return ctx.anonymous || !organisation
    ? s.comparison.otherShadowAnonymous(period)
    : s.comparison.otherShadow(organisation, period)
}

function sideCell(ctx: ComparisonContext, side: QuestionSide): string {
  const { s } = ctx
  if (side.special) {
    const label = s.comparison.specialAnswers[side.special]
    return side.score === null ? label : `${label} (${formatScore(side.score)})`
  }
  if (side.score !== null) return formatScore(side.score)
  if (side.status === 'excluded-role') return s.comparison.outsideRoles
  return s.answers.unanswered
}

function reasonCell(ctx: ComparisonContext, q: QuestionComparison): string {
  const { s } = ctx
  if (q.divergenceReason === 'special-answer') {
    return q.a.special && q.b.special
      ? s.comparison.reasonSpecialDifferent
      : s.comparison.reasonSpecialOneSide
  }
  return s.comparison.reasonScore(formatScore(Math.abs(shownDifference(q.a.score, q.b.score) ?? 0)))
}

function numbered(ctx: ComparisonContext, text: string): ParagraphBlock {
  return { kind: 'paragraph', number: ctx.next(), text, style: 'normal' }
}

/** The comparison chapter; `comparison` is the other assessment the user chose. */
export function comparisonSection(
  ctx: ComparisonContext,
  comparison: ReportComparison,
): ReportSection {
  const { s } = ctx
  const result = compareAssessments(
    ctx.questionnaire,
    ctx.assessment,
    comparison.questionnaire,
    comparison.assessment,
  )
  const other = describeOther(ctx, comparison.assessment)
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: s.comparison.heading(other), toc: true },
    numbered(ctx, s.comparison.intro(other, DIVERGENCE_THRESHOLD)),
  ]
  const { onlyInA, onlyInB } = result.unmatched
  if (onlyInA.length > 0 || onlyInB.length > 0) {
    const list = (ids: string[]) => (ids.length > 0 ? ids.join(s.listSeparator) : s.answers.none)
    blocks.push(numbered(ctx, s.comparison.unmatched(list(onlyInA), list(onlyInB))))
  }

  const header = [s.comparison.thisColumn, s.comparison.otherColumn, s.comparison.difference]
  const divergent = result.questions.filter((q) => q.divergent)
  if (divergent.length === 0) {
    blocks.push(numbered(ctx, s.comparison.noDivergent(DIVERGENCE_THRESHOLD)))
  } else {
    blocks.push(numbered(ctx, s.comparison.divergentCount(divergent.length)))
    blocks.push({
      kind: 'table',
      caption: s.comparison.divergentCaption,
      header: [s.table.id, header[0] ?? '', header[1] ?? '', s.table.reason],
      rows: divergent.map((q) => [
        q.questionId,
        sideCell(ctx, q.a),
        sideCell(ctx, q.b),
        reasonCell(ctx, q),
      ]),
      widths: [14, 26, 26, 34],
    })
  }

  blocks.push({
    kind: 'table',
    caption: s.comparison.articlesCaption,
    header: [s.table.article, ...header],
    rows: [
      ...result.articles.map((a) => [
        s.article(a.articleId),
        formatScore(a.a),
        formatScore(a.b),
        signed(a.a, a.b),
      ]),
      [
        s.overall,
        formatScore(result.overall.a),
        formatScore(result.overall.b),
        signed(result.overall.a, result.overall.b),
      ],
    ],
    widths: [34, 22, 22, 22],
  })

  // Unit titles from this report's questionnaire; a unit only the other side has keeps its id.
  const titles = new Map(allUnits(ctx.questionnaire).map(({ unit }) => [unit.id, unit.title]))
  blocks.push({
    kind: 'table',
    caption: s.comparison.unitsCaption,
    header: [s.table.unit, ...header],
    rows: result.units.map((u) => {
      const title = titles.get(u.unitId)
      return [
        title ? `${u.unitId} ${ctx.text(title)}` : u.unitId,
        formatScore(u.a),
        formatScore(u.b),
        signed(u.a, u.b),
      ]
    }),
    widths: [46, 18, 18, 18],
  })
  return { id: 'comparison', newPage: true, blocks }
}
