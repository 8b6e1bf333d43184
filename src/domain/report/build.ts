// Builds the assessment report (methodology section 4) as plain data: cover, summary, chapters
// I–V (and VI, a comparison, when the user asks for one) with paragraphs numbered continuously,
// and the annexes. Everything a reader sees is decided
// here — wording, what is left out for confidentiality, which answers count as good practices or
// concerns — so it is testable without a PDF; src/lib/pdf only lays the document out.
import type { Assessment, Answer, AnswerValue, EvidenceItem } from '@/domain/assessment/schema'
import {
  ADDRESSEES,
  INDICATOR_TYPES,
  allQuestionLocations,
  allUnits,
  findQuestion,
  localize,
  type LocalizedText,
  type Question,
  type Questionnaire,
  type Unit,
} from '@/domain/questionnaire'
import {
  BAND_THRESHOLDS,
  EVIDENCE_CAP,
  MAX_SCORE,
  RECOMMENDATION_THRESHOLD,
  describeMethod,
  formatScore,
  roleExclusionReason,
  type AssessmentScore,
  type BandId,
  type Coverage,
  type QuestionScore,
  type SubScores,
  type UnitScore,
} from '@/domain/scoring'
import { comparisonSection } from './comparison-section'
import { reportStrings, type ReportStrings } from './strings'
import type {
  BarChart,
  ParagraphBlock,
  RadarChart,
  ReportBlock,
  ReportCover,
  ReportDocument,
  ReportOptions,
  ReportSection,
  TableBlock,
} from './types'

/** A question scoring at least this, with evidence, is reported as a good practice. */
export const GOOD_PRACTICE_THRESHOLD = 75

/** How many units the summary names as strongest and as weakest. */
const SUMMARY_UNIT_COUNT = 3

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI']

interface Context {
  questionnaire: Questionnaire
  assessment: Assessment
  score: AssessmentScore
  options: ReportOptions
  s: ReportStrings
  /** Language of the report wording (after fallback). */
  language: string
  shadow: boolean
  /** Organisation name as it may be printed, or null when withheld. */
  organisation: string | null
  text: (t: LocalizedText) => string
  annex: { method: string; answers: string | null; gaps: string }
  /** Continuous paragraph counter for the body of the report. */
  next: () => number
}

export function buildReport(
  questionnaire: Questionnaire,
  assessment: Assessment,
  score: AssessmentScore,
  options: ReportOptions,
): ReportDocument {
  const { language, strings: s } = reportStrings(options.language)
  let paragraph = 0
  const numerals = [...ROMAN]
  const method = numerals.shift() ?? 'I'
  const answers = options.includeAnswersAnnex ? (numerals.shift() ?? null) : null
  const gaps = numerals.shift() ?? 'III'
  const ctx: Context = {
    questionnaire,
    assessment,
    score,
    options,
    s,
    language,
    shadow: assessment.meta.respondent === 'shadow',
    organisation: options.omitAuthorAndOrganisation ? null : clean(assessment.meta.organisation),
    // The requested language first ("fr-CA"), then the language of the wording ("fr"), then English.
    text: (t) => clean(t[options.language] ?? localize(t, language)),
    annex: { method, answers, gaps },
    next: () => ++paragraph,
  }

  const sections: ReportSection[] = [
    summarySection(ctx, language),
    introductionSection(ctx),
    frameworkSection(ctx),
    profileSection(ctx),
    findingsSection(ctx),
    conclusionsSection(ctx),
  ]
  if (options.comparison) {
    sections.push(
      comparisonSection(
        {
          questionnaire,
          assessment,
          s,
          anonymous: options.omitAuthorAndOrganisation,
          next: ctx.next,
          text: ctx.text,
          clean,
        },
        options.comparison,
      ),
    )
  }
  sections.push(methodAnnex(ctx))
  if (options.includeAnswersAnnex) sections.push(answersAnnex(ctx))
  sections.push(gapsAnnex(ctx))

  const state = clean(assessment.meta.state)
  const assessmentType = ctx.shadow ? s.shadowAssessment : s.selfAssessment
  const author = options.omitAuthorAndOrganisation
    ? undefined
    : [assessment.meta.author, assessment.meta.organisation]
        .map(clean)
        .filter((v) => v !== '')
        .join(', ')
  return {
    meta: {
      title: `${s.title}: ${state}`,
      subject: s.subtitle,
      language,
      ...(author ? { author } : {}),
      keywords: [...s.keywords, state, assessmentType],
    },
    cover: buildCover(ctx, state, assessmentType),
    furniture: {
      direction: s.direction,
      runningHeader: s.runningHeader(s.title, state),
      contentsTitle: s.contents,
      pageLabel: s.pageOf,
    },
    sections,
  }
}

/**
 * User text may hold any character. Control characters other than line breaks would be drawn as
 * boxes or break the layout, so they become spaces; lone surrogates from a broken paste go too.
 */
export function clean(value: string | undefined): string {
  if (!value) return ''
  const normalised = value.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n')
  let out = ''
  for (const ch of normalised) {
    const code = ch.codePointAt(0) ?? 0
    if (ch === '\n') out += ch
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += ' '
    // A lone surrogate (from a broken paste) iterates as a single unit in this range.
    else if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD'
    else out += ch
  }
  return out.trim()
}

function buildCover(ctx: Context, state: string, assessmentType: string): ReportCover {
  const { s, assessment, score, options, questionnaire } = ctx
  const meta = assessment.meta
  const facts = [
    { label: s.coverFacts.state, value: state },
    { label: s.coverFacts.assessmentType, value: assessmentType },
  ]
  if (ctx.organisation) facts.push({ label: s.coverFacts.organisation, value: ctx.organisation })
  const author = clean(meta.author)
  if (!options.omitAuthorAndOrganisation && author)
    facts.push({ label: s.coverFacts.author, value: author })
  facts.push(
    { label: s.coverFacts.roles, value: meta.roles.map((r) => s.roles[r]).join(s.seriesSeparator) },
    {
      label: s.coverFacts.period,
      value: s.periodRange(s.formatDate(meta.period.from), s.formatDate(meta.period.to)),
    },
    {
      label: s.coverFacts.questionnaire,
      value: s.questionnaireVersion(questionnaire.id, questionnaire.version),
    },
    { label: s.coverFacts.generatedOn, value: s.formatDate(options.generatedOn) },
  )
  const confidentiality = clean(meta.confidentialityNote)
  if (confidentiality) facts.push({ label: s.coverFacts.confidentiality, value: confidentiality })
  const warnings: string[] = []
  if (meta.example) warnings.push(s.exampleMark)
  if (!score.complete) {
    warnings.push(s.incomplete(score.overall.coverage.answered, score.overall.coverage.applicable))
  }
  return {
    title: s.title,
    subtitle: ctx.text(questionnaire.title) || s.subtitle,
    state,
    assessmentType,
    facts,
    warnings,
    note: s.unofficialNote,
  }
}

// ---------------------------------------------------------------------------------------------
// Small builders

function numbered(ctx: Context, text: string, lead?: string): ParagraphBlock {
  return { kind: 'paragraph', number: ctx.next(), text, style: 'normal', ...(lead ? { lead } : {}) }
}

function plain(text: string, style: ParagraphBlock['style'] = 'normal'): ParagraphBlock {
  return { kind: 'paragraph', text, style }
}

function heading(level: 1 | 2 | 3, text: string, toc = level <= 2): ReportBlock {
  return { kind: 'heading', level, text, toc }
}

function scoreText(ctx: Context, value: number | null | undefined): string {
  return value === null || value === undefined ? ctx.s.notAssessed : formatScore(value)
}

function bandText(ctx: Context, band: BandId | null): string {
  return band ? ctx.s.bands[band] : ctx.s.notAssessed
}

function subScoreList(ctx: Context, sub: SubScores): string {
  return INDICATOR_TYPES.map(
    (type) =>
      `${ctx.s.indicators[type]} ${sub[type] === null ? ctx.s.noData : formatScore(sub[type])}`,
  ).join(ctx.s.listSeparator)
}

function coverageSentence(
  ctx: Context,
  c: Coverage,
  frame: ReportStrings['summary']['coverage'],
): string {
  return frame(
    c.answered,
    c.applicable,
    ctx.s.percent(c.answeredShare),
    c.answeredWithEvidence,
    ctx.s.percent(c.evidenceShare),
  )
}

function questionWording(ctx: Context, q: Question): string {
  return ctx.text(ctx.shadow ? q.text.shadow : q.text.state)
}

/** "7.4-S1 Does …?" — the id lets readers find the full answer in the annex. */
function questionLabel(ctx: Context, q: Question): string {
  return `${q.id} ${questionWording(ctx, q)}`
}

function unitLabel(ctx: Context, unit: Unit): string {
  return `${unit.id} ${ctx.text(unit.title)}`
}

function formatValue(ctx: Context, q: Question, value: AnswerValue): string {
  const { s } = ctx
  const spec = q.answer
  switch (spec.type) {
    case 'yes-partly-no':
      return typeof value === 'string' ? s.answers[value] : s.answers.none
    case 'maturity': {
      if (typeof value !== 'number') return s.answers.none
      const level = spec.levels[value]
      return s.answers.maturity(value, level ? ctx.text(level) : '')
    }
    case 'number':
      return typeof value === 'number'
        ? s.answers.number(s.formatNumber(value), ctx.text(spec.unit))
        : s.answers.none
    case 'checklist': {
      if (!Array.isArray(value)) return s.answers.none
      const present = spec.items.filter((item) => value.includes(item.id))
      return s.answers.checklist(
        present.length,
        spec.items.length,
        present.map((i) => ctx.text(i.label)).join(s.seriesSeparator),
      )
    }
  }
}

function formatAnswer(
  ctx: Context,
  q: Question,
  answer: Answer | undefined,
  qs: QuestionScore | undefined,
): string {
  const { s } = ctx
  // The engine words its reason in English; the report gives it in its own language.
  if (qs?.status === 'excluded-role')
    return s.answers.excludedRole(roleExclusionReason(q.roles, ctx.language))
  if (!answer) return s.answers.unanswered
  switch (answer.special) {
    case 'not-applicable':
      return s.answers.notApplicable(clean(answer.reason))
    case 'dont-know':
      return s.answers.dontKnow
    case 'not-public':
      return ctx.shadow ? s.answers.notPublicShadow : s.answers.notPublic
    case undefined:
      break
  }
  return answer.value === undefined ? s.answers.unanswered : formatValue(ctx, q, answer.value)
}

interface EvidenceView {
  listed: string[]
  withheld: number
}

function evidenceOf(ctx: Context, items: readonly EvidenceItem[]): EvidenceView {
  const listed: string[] = []
  let withheld = 0
  for (const item of items) {
    if (item.confidential && ctx.options.omitConfidentialEvidence) {
      withheld += 1
      continue
    }
    const url = clean(item.url)
    const text = clean(item.text)
    const parts = [url && !text.includes(url) ? `${text} <${url}>` : text]
    if (item.confidential) parts.push(`(${ctx.s.answers.confidentialEvidence})`)
    listed.push(parts.join(' '))
  }
  return { listed, withheld }
}

/** Questions of a unit with their score and answer, in questionnaire order. */
function unitQuestions(ctx: Context, unit: Unit) {
  return unit.questions.map((q) => ({
    q,
    qs: ctx.score.questions[q.id],
    answer: ctx.assessment.answers[q.id],
  }))
}

// ---------------------------------------------------------------------------------------------
// Summary

function summarySection(ctx: Context, language: string): ReportSection {
  const { s, score } = ctx
  const blocks: ReportBlock[] = [heading(1, s.headings.summary)]
  if (ctx.shadow) blocks.push(plain(s.summary.shadowNote(ctx.organisation ?? s.anonymousAssessor)))
  if (language !== ctx.options.language)
    blocks.push(plain(s.intro.language(ctx.options.language), 'note'))
  const overall = score.overall
  blocks.push(
    plain(
      overall.score === null || overall.band === null
        ? s.summary.overallNotAssessed
        : s.summary.overall(formatScore(overall.score), s.bands[overall.band]),
    ),
    plain(coverageSentence(ctx, overall.coverage, s.summary.coverage)),
  )

  const assessed = score.units
    .filter((u): u is UnitScore & { score: number } => u.assessed && u.score !== null)
    .map((u) => ({ u, label: unitLabelById(ctx, u.unitId) }))
  const ranked = [...assessed].sort((a, b) => b.u.score - a.u.score)
  const describe = (list: typeof ranked) =>
    list
      .map(
        ({ u, label }) =>
          `${label} (${formatScore(u.score)}${s.listSeparator}${bandText(ctx, u.band)})`,
      )
      .join(s.seriesSeparator)
  if (ranked.length >= 2) {
    const k = Math.min(SUMMARY_UNIT_COUNT, Math.floor(ranked.length / 2))
    blocks.push(plain(s.summary.strongest(describe(ranked.slice(0, k)))))
    blocks.push(plain(s.summary.weakest(describe(ranked.slice(-k).reverse()))))
  } else if (ranked.length === 1) {
    blocks.push(plain(s.summary.strongest(describe(ranked))))
  }

  blocks.push(
    plain(
      overall.redFlags.length === 0
        ? s.summary.noRedFlags
        : s.summary.redFlags(overall.redFlags.length, overall.redFlags.join(s.listSeparator)),
    ),
  )
  if (ctx.shadow && overall.transparencyFindings.length > 0) {
    blocks.push(
      plain(
        s.summary.transparency(
          overall.transparencyFindings.length,
          overall.transparencyFindings.join(s.listSeparator),
        ),
      ),
    )
  }
  if (!score.complete) {
    blocks.push(plain(s.incomplete(overall.coverage.answered, overall.coverage.applicable), 'note'))
  }

  blocks.push(articlesTable(ctx))
  blocks.push({ kind: 'chart', chart: radarChart(ctx) })
  blocks.push({ kind: 'chart', chart: barChart(ctx) })
  return { id: 'summary', newPage: true, blocks }
}

function unitLabelById(ctx: Context, unitId: string): string {
  const found = allUnits(ctx.questionnaire).find(({ unit }) => unit.id === unitId)
  return found ? unitLabel(ctx, found.unit) : unitId
}

function articlesTable(ctx: Context): TableBlock {
  const { s, score } = ctx
  const row = (
    label: string,
    a: { score: number | null; band: BandId | null; subScores: SubScores; coverage: Coverage },
  ) => [
    label,
    // The band column says "not assessed"; the narrow score column shows a dash, like the
    // sub-scores beside it.
    a.score === null ? s.answers.none : scoreText(ctx, a.score),
    bandText(ctx, a.band),
    ...INDICATOR_TYPES.map((t) =>
      a.subScores[t] === null ? s.answers.none : formatScore(a.subScores[t]),
    ),
    s.percent(a.coverage.answeredShare),
    s.percent(a.coverage.evidenceShare),
  ]
  const rows = score.articles.map((a) => {
    const article = ctx.questionnaire.articles.find((x) => x.id === a.articleId)
    return row(article ? ctx.text(article.title) : a.articleId, a)
  })
  rows.push(row(s.overall, score.overall))
  return {
    kind: 'table',
    caption: s.summary.articlesTableCaption,
    header: [
      s.table.article,
      s.table.score,
      s.table.band,
      ...INDICATOR_TYPES.map((t) => s.indicatorShort[t]),
      s.table.coverage,
      s.table.evidence,
    ],
    rows,
    widths: [30, 8, 18, 6, 6, 6, 13, 13],
  }
}

function radarChart(ctx: Context): RadarChart {
  const { s, score } = ctx
  const axes = score.units.map((u) => ({
    id: u.unitId,
    label: u.unitId,
    current: u.assessed ? u.score : null,
    target: u.assessed ? u.targetScore : null,
  }))
  return {
    kind: 'radar',
    title: s.summary.radarTitle,
    description: s.summary.radarDescription,
    axes,
    legend: { current: s.current, target: s.target, notAssessed: s.notAssessed },
    rings: [...BAND_THRESHOLDS, MAX_SCORE],
    hasTargets: axes.some((a) => a.target !== null),
  }
}

function barChart(ctx: Context): BarChart {
  const { s, score } = ctx
  const groups = score.articles.map((a) => {
    const article = ctx.questionnaire.articles.find((x) => x.id === a.articleId)
    return {
      id: a.articleId,
      label: article ? ctx.text(article.title) : a.articleId,
      bars: [
        { key: 'overall' as const, label: s.overall, value: a.score, target: a.targetScore },
        ...INDICATOR_TYPES.map((t) => ({
          key: t,
          label: `${s.indicatorShort[t]} — ${s.indicators[t]}`,
          value: a.subScores[t],
          target: null,
        })),
      ],
    }
  })
  return {
    kind: 'bars',
    title: s.summary.barsTitle,
    description: s.summary.barsDescription,
    groups,
    legend: { target: s.target, noData: s.noData },
    grid: [...BAND_THRESHOLDS, MAX_SCORE],
    hasTargets: groups.some((g) => g.bars.some((b) => b.target !== null)),
  }
}

// ---------------------------------------------------------------------------------------------
// I. Introduction

function introductionSection(ctx: Context): ReportSection {
  const { s, assessment, questionnaire } = ctx
  const meta = assessment.meta
  const state = clean(meta.state)
  const source = questionnaire.source?.document ?? 'A/HRC/35/35'
  const blocks: ReportBlock[] = [
    heading(1, s.headings.introduction),
    numbered(ctx, s.intro.scope(state, source)),
    numbered(ctx, s.intro.alignment(ctx.annex.answers)),
    numbered(ctx, s.intro.period(s.formatDate(meta.period.from), s.formatDate(meta.period.to))),
    numbered(
      ctx,
      `${ctx.shadow ? s.intro.methodShadow : s.intro.methodSelf} ${s.intro.methodCommon(ctx.annex.method, EVIDENCE_CAP)}`,
    ),
  ]
  const who = ctx.organisation
    ? ctx.shadow
      ? s.intro.whoShadow(ctx.organisation)
      : s.intro.whoSelf(ctx.organisation)
    : ctx.shadow
      ? s.intro.whoAnonymousShadow
      : s.intro.whoAnonymousSelf
  const author = clean(meta.author)
  blocks.push(numbered(ctx, ctx.organisation && author ? `${who} ${s.intro.author(author)}` : who))

  const all = Object.values(assessment.answers).flatMap((a) => a.evidence)
  const count = (kind: EvidenceItem['kind']) => all.filter((e) => e.kind === kind).length
  if (all.length === 0) {
    blocks.push(numbered(ctx, s.intro.noSources(EVIDENCE_CAP)))
  } else {
    const withheld = ctx.options.omitConfidentialEvidence
      ? all.filter((e) => e.confidential).length
      : 0
    const sentence = s.intro.sources(
      all.length,
      count('citation'),
      count('link'),
      count('document'),
      ctx.annex.answers,
    )
    blocks.push(
      numbered(
        ctx,
        withheld > 0 ? `${sentence} ${s.intro.confidentialWithheld(withheld)}` : sentence,
      ),
    )
  }
  return { id: 'introduction', newPage: true, blocks }
}

// ---------------------------------------------------------------------------------------------
// II. Framework and III. Cooperation profile

function inScope(qs: QuestionScore | undefined): boolean {
  return qs !== undefined && qs.status !== 'excluded-role'
}

function scoreCell(ctx: Context, qs: QuestionScore | undefined): string {
  if (!qs || qs.score === undefined) return ctx.s.answers.none
  const flags: string[] = []
  if (qs.unevidenced) flags.push(ctx.s.answers.unevidenced(EVIDENCE_CAP))
  if (qs.redFlag) flags.push(ctx.s.answers.redFlag)
  return [formatScore(qs.score), ...flags].join('\n')
}

function frameworkSection(ctx: Context): ReportSection {
  const { s, score } = ctx
  const structural = allQuestionLocations(ctx.questionnaire).filter(
    ({ question }) => question.indicator === 'structural' && inScope(score.questions[question.id]),
  )
  const answered = structural.filter(
    ({ question }) => score.questions[question.id]?.status === 'scored',
  )
  const blocks: ReportBlock[] = [heading(1, s.headings.framework)]
  if (answered.length === 0) {
    blocks.push(numbered(ctx, s.framework.none))
  } else {
    blocks.push(
      numbered(ctx, s.framework.intro(scoreText(ctx, score.overall.subScores.structural))),
    )
  }
  if (structural.length > 0) {
    blocks.push({
      kind: 'table',
      caption: s.framework.tableCaption,
      header: [s.table.id, s.table.question, s.table.answer, s.table.score],
      rows: structural.map(({ question }) => [
        question.id,
        questionWording(ctx, question),
        formatAnswer(
          ctx,
          question,
          ctx.assessment.answers[question.id],
          score.questions[question.id],
        ),
        scoreCell(ctx, score.questions[question.id]),
      ]),
      widths: [12, 49, 26, 13],
    })
  }
  return { id: 'framework', newPage: true, blocks }
}

function profileSection(ctx: Context): ReportSection {
  const { s, score, assessment } = ctx
  const meta = assessment.meta
  const blocks: ReportBlock[] = [heading(1, s.headings.profile)]
  const roles = meta.roles.map((r) => s.roles[r]).join(' / ')
  const rolesText = s.profile.roles(clean(meta.state), roles)
  blocks.push(
    numbered(ctx, meta.roles.length > 1 ? `${rolesText} ${s.profile.bothRoles}` : rolesText),
  )
  const numbers = allQuestionLocations(ctx.questionnaire).filter(
    ({ question }) =>
      question.answer.type === 'number' && score.questions[question.id]?.status === 'scored',
  )
  if (numbers.length === 0) {
    blocks.push(numbered(ctx, s.profile.noNumbers))
    return { id: 'profile', newPage: true, blocks }
  }
  blocks.push(numbered(ctx, s.profile.numbersIntro))
  blocks.push({
    kind: 'table',
    caption: s.profile.tableCaption,
    header: [s.table.id, s.table.question, s.table.value, s.target, s.table.score],
    rows: numbers.map(({ question }) => {
      const spec = question.answer
      const answer = assessment.answers[question.id]
      let value = formatAnswer(ctx, question, answer, score.questions[question.id])
      if (question.perception) value = `${value} (${s.profile.perception})`
      const target =
        spec.type === 'number'
          ? `${s.answers.number(s.formatNumber(spec.target), ctx.text(spec.unit))} — ${ctx.text(spec.targetSource)}`
          : s.answers.none
      return [
        question.id,
        questionWording(ctx, question),
        value,
        target,
        scoreCell(ctx, score.questions[question.id]),
      ]
    }),
    widths: [11, 39, 18, 21, 11],
  })
  return { id: 'profile', newPage: true, blocks }
}

// ---------------------------------------------------------------------------------------------
// IV. Findings

function findingsSection(ctx: Context): ReportSection {
  const { s, score } = ctx
  const blocks: ReportBlock[] = [heading(1, s.headings.findings)]
  if (ctx.shadow)
    blocks.push(numbered(ctx, s.findings.shadowFindings(ctx.organisation ?? s.anonymousAssessor)))
  for (const article of ctx.questionnaire.articles) {
    const articleScore = score.articles.find((a) => a.articleId === article.id)
    const title = ctx.text(article.title)
    blocks.push(heading(2, title))
    blocks.push(
      numbered(
        ctx,
        articleScore && articleScore.score !== null && articleScore.band !== null
          ? s.findings.articleIntro(
              s.article(article.id),
              formatScore(articleScore.score),
              s.bands[articleScore.band],
              articleScore.assessedUnits.length,
            )
          : s.findings.articleNotAssessed(s.article(article.id)),
      ),
    )
    for (const unit of article.units) blocks.push(...unitFindings(ctx, unit))
  }
  return { id: 'findings', newPage: true, blocks }
}

function unitFindings(ctx: Context, unit: Unit): ReportBlock[] {
  const { s } = ctx
  const us = ctx.score.units.find((u) => u.unitId === unit.id)
  const blocks: ReportBlock[] = [
    heading(3, unitLabel(ctx, unit), true),
    plain(`${s.quote(ctx.text(unit.duty.text))} (${clean(unit.duty.citation)})`, 'quote'),
  ]
  const parts: string[] = []
  if (!us || !us.assessed || us.score === null || us.band === null) {
    parts.push(s.findings.unitNotAssessed[us?.notAssessedReason ?? 'no-answers'])
  } else {
    parts.push(s.findings.unitScore(formatScore(us.score), s.bands[us.band]))
    parts.push(s.findings.subScores(subScoreList(ctx, us.subScores)))
  }
  if (us) parts.push(coverageSentence(ctx, us.coverage, s.findings.coverage))
  if (us?.assessed && us.targetScore !== null)
    parts.push(s.findings.targetScore(formatScore(us.targetScore)))
  blocks.push(numbered(ctx, parts.join(' ')))

  const rows = unitQuestions(ctx, unit).filter(({ qs }) => inScope(qs))
  const evidence = rows.map(({ answer }) => evidenceOf(ctx, answer?.evidence ?? []))
  const listed = [...new Set(evidence.flatMap((e) => e.listed))]
  const withheld = evidence.reduce((n, e) => n + e.withheld, 0)
  let evidenceText =
    listed.length > 0
      ? s.findings.evidenceList(listed.join(s.seriesSeparator))
      : s.findings.noEvidence
  if (withheld > 0) evidenceText = `${evidenceText} (${s.answers.withheld(withheld)})`
  blocks.push(numbered(ctx, evidenceText, s.headings.evidence))

  const good = rows.filter(
    ({ qs }) =>
      qs?.status === 'scored' &&
      qs.score !== undefined &&
      qs.score >= GOOD_PRACTICE_THRESHOLD &&
      qs.hasEvidence,
  )
  if (good.length === 0) {
    blocks.push(plain(s.findings.noGoodPractice(GOOD_PRACTICE_THRESHOLD), 'note'))
  } else {
    for (const { q, qs, answer } of good) {
      blocks.push(
        numbered(
          ctx,
          s.findings.goodPractice(
            questionLabel(ctx, q),
            formatAnswer(ctx, q, answer, qs),
            formatScore(qs?.score),
          ),
          s.headings.goodPractice,
        ),
      )
    }
  }

  const concerns = unitConcerns(ctx, rows)
  if (concerns.length === 0) blocks.push(plain(s.findings.noConcerns, 'note'))
  for (const text of concerns) blocks.push(numbered(ctx, text, s.headings.concern))
  return blocks
}

type Row = ReturnType<typeof unitQuestions>[number]

/** Concerns in order of gravity: red flags, transparency findings, unevidenced caps, low scores. */
function unitConcerns(ctx: Context, rows: Row[]): string[] {
  const { s } = ctx
  const ranked: { rank: number; score: number; text: string }[] = []
  for (const { q, qs, answer } of rows) {
    if (!qs || qs.status !== 'scored' || qs.score === undefined) continue
    const label = questionLabel(ctx, q)
    const answerText = formatAnswer(ctx, q, answer, qs)
    if (qs.redFlag) {
      const body = qs.transparencyFinding
        ? s.findings.concernTransparency(label)
        : s.findings.concernLow(label, answerText, formatScore(qs.score))
      ranked.push({ rank: 0, score: qs.score, text: s.findings.concernRedFlag(body) })
    } else if (qs.transparencyFinding) {
      ranked.push({ rank: 1, score: qs.score, text: s.findings.concernTransparency(label) })
    } else if (qs.unevidenced) {
      ranked.push({
        rank: 2,
        score: qs.score,
        text: s.findings.concernUnevidenced(label, EVIDENCE_CAP),
      })
    } else if (qs.score <= RECOMMENDATION_THRESHOLD) {
      ranked.push({
        rank: 3,
        score: qs.score,
        text: s.findings.concernLow(label, answerText, formatScore(qs.score)),
      })
    }
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.score - b.score).map((c) => c.text)
}

// ---------------------------------------------------------------------------------------------
// V. Conclusions and recommendations

function conclusionsSection(ctx: Context): ReportSection {
  const { s, score } = ctx
  const state = clean(ctx.assessment.meta.state)
  const blocks: ReportBlock[] = [
    heading(1, s.headings.conclusions),
    heading(2, s.headings.conclusionsSub),
  ]
  const overall = score.overall
  blocks.push(
    numbered(
      ctx,
      overall.score === null || overall.band === null
        ? s.conclusions.overallNotAssessed(state)
        : s.conclusions.overall(state, formatScore(overall.score), s.bands[overall.band]),
    ),
  )
  // "Article 8: not assessed" once, not "not assessed (not assessed)".
  const articleList = score.articles
    .map((a) =>
      a.score === null
        ? `${s.article(a.articleId)}: ${s.notAssessed}`
        : `${s.article(a.articleId)}: ${scoreText(ctx, a.score)} (${bandText(ctx, a.band)})`,
    )
    .join(s.seriesSeparator)
  blocks.push(numbered(ctx, s.conclusions.articles(articleList)))
  if (overall.redFlags.length > 0)
    blocks.push(numbered(ctx, s.conclusions.redFlags(overall.redFlags.length)))
  if (!score.complete) {
    blocks.push(
      numbered(
        ctx,
        s.conclusions.incomplete(overall.coverage.answered, overall.coverage.applicable),
      ),
    )
  }
  if (ctx.shadow)
    blocks.push(
      numbered(ctx, s.conclusions.shadowOwnership(ctx.organisation ?? s.anonymousAssessor)),
    )

  blocks.push(heading(2, s.headings.recommendationsSub))
  let any = false
  for (const addressee of ADDRESSEES) {
    const ids = score.recommendationsByAddressee[addressee]
    if (ids.length === 0) continue
    any = true
    blocks.push(heading(3, s.headings.addressees[addressee], false))
    for (const id of ids) {
      const found = findQuestion(ctx.questionnaire, id)
      if (!found) continue
      const qs = score.questions[id]
      blocks.push(
        numbered(
          ctx,
          `${ctx.text(found.question.recommendation.text)} ${s.conclusions.recommendationSource(id, formatScore(qs?.score))}`,
        ),
      )
    }
  }
  if (!any) blocks.push(numbered(ctx, s.conclusions.noRecommendations(RECOMMENDATION_THRESHOLD)))
  return { id: 'conclusions', newPage: true, blocks }
}

// ---------------------------------------------------------------------------------------------
// Annexes

function methodAnnex(ctx: Context): ReportSection {
  const { s } = ctx
  const method = describeMethod(ctx.language)
  const blocks: ReportBlock[] = [
    heading(1, s.headings.annex(ctx.annex.method, s.headings.annexMethod)),
    plain(s.method.intro),
    heading(2, method.title, false),
    plain(method.intro),
  ]
  for (const step of method.steps) {
    blocks.push(heading(3, step.title, false))
    for (const p of step.paragraphs) blocks.push(plain(p))
  }
  const example = method.example
  blocks.push(heading(3, example.title, false), plain(example.intro))
  blocks.push({
    kind: 'table',
    header: [
      s.table.id,
      s.table.question,
      s.table.answer,
      s.table.evidence,
      s.table.score,
      s.table.comment,
    ],
    rows: example.rows.map((r) => [
      r.questionId,
      `${r.question} (${s.indicators[r.indicator]}${r.weight !== 1 ? `${s.listSeparator}×${r.weight}` : ''})`,
      r.answer,
      r.evidence ? s.answers.yes : s.answers.no,
      r.score === null ? s.answers.none : formatScore(r.score),
      r.note,
    ]),
    widths: [9, 31, 17, 13, 9, 21],
  })
  for (const line of example.calculation) blocks.push(plain(line, 'note'))
  blocks.push(plain(example.conclusion))
  return { id: 'annex-method', newPage: true, blocks }
}

function answersAnnex(ctx: Context): ReportSection {
  const { s } = ctx
  const blocks: ReportBlock[] = [
    heading(1, s.headings.annex(ctx.annex.answers ?? '', s.headings.annexAnswers)),
  ]
  for (const { unit } of allUnits(ctx.questionnaire)) {
    blocks.push(heading(3, unitLabel(ctx, unit), false))
    blocks.push({
      kind: 'table',
      header: [
        s.table.id,
        s.table.question,
        s.table.answer,
        s.table.score,
        `${s.table.evidence} / ${s.table.comment}`,
      ],
      rows: unitQuestions(ctx, unit).map(({ q, qs, answer }) => {
        const notes: string[] = []
        const ev = evidenceOf(ctx, answer?.evidence ?? [])
        notes.push(...ev.listed)
        if (ev.withheld > 0) notes.push(s.answers.withheld(ev.withheld))
        const comment = clean(answer?.comment)
        if (comment) notes.push(`${s.table.comment}: ${comment}`)
        if (answer?.confidence)
          notes.push(s.answers.confidence(s.answers.confidenceLevels[answer.confidence]))
        const answerText = [formatAnswer(ctx, q, answer, qs)]
        if (answer?.target !== undefined && qs?.status !== 'excluded-role') {
          answerText.push(s.answers.targetValue(formatValue(ctx, q, answer.target)))
        }
        const references = q.references.map((r) => clean(r.label)).join(s.seriesSeparator)
        return [
          q.id,
          `${questionWording(ctx, q)} (${s.indicators[q.indicator]}${references ? `${s.seriesSeparator}${references}` : ''})`,
          answerText.join('\n'),
          scoreCell(ctx, qs),
          notes.length > 0 ? notes.join('\n') : s.answers.none,
        ]
      }),
      widths: [10, 29, 20, 11, 30],
    })
  }
  return { id: 'annex-answers', newPage: true, blocks }
}

function gapsAnnex(ctx: Context): ReportSection {
  const { s, score } = ctx
  const blocks: ReportBlock[] = [
    heading(1, s.headings.annex(ctx.annex.gaps, s.headings.annexGaps)),
    plain(s.gaps.intro),
  ]
  const locations = allQuestionLocations(ctx.questionnaire)
  const list = (title: string, match: (qs: QuestionScore) => boolean) => {
    blocks.push(heading(3, title, false))
    const rows = locations
      .filter(({ question }) => {
        const qs = score.questions[question.id]
        return qs !== undefined && match(qs)
      })
      .map(({ question, unit }) => [question.id, unit.id, questionWording(ctx, question)])
    if (rows.length === 0) blocks.push(plain(s.gaps.none, 'note'))
    else
      blocks.push({
        kind: 'table',
        header: [s.table.id, s.table.unit, s.table.question],
        rows,
        widths: [12, 10, 78],
      })
  }
  list(s.headings.gapsUnanswered, (qs) => qs.status === 'unanswered')
  list(s.headings.gapsDontKnow, (qs) => qs.special === 'dont-know')
  if (ctx.shadow) {
    blocks.push(
      heading(3, s.headings.gapsNotPublic, false),
      plain(s.gaps.notPublicShadowNote, 'note'),
    )
  } else {
    list(s.headings.gapsNotPublic, (qs) => qs.special === 'not-public')
  }
  list(s.headings.gapsUnevidenced, (qs) => qs.unevidenced)
  return { id: 'annex-gaps', newPage: true, blocks }
}
