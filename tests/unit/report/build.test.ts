// The report builder: what a reader of the report finds in it, checked on the document data
// (no PDF), so each rule of methodology section 4 and each user option has a direct test.
import { describe, expect, it } from 'vitest'
import { buildReport, type ReportDocument, type ReportOptions, type ParagraphBlock, type TableBlock } from '@/domain/report'
import { scoreAssessment } from '@/domain/scoring'
import { allQuestions, type Questionnaire } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
import { ARABIC_COMMENT, fixtureAssessment, fixtureQuestionnaire } from './fixtures/assessment'

const OPTIONS: ReportOptions = {
  language: 'en',
  includeAnswersAnnex: true,
  omitConfidentialEvidence: false,
  omitAuthorAndOrganisation: false,
  generatedOn: '2025-03-01',
}

function build(assessment: Assessment = fixtureAssessment(), options: Partial<ReportOptions> = {}, q: Questionnaire = fixtureQuestionnaire()) {
  const score = scoreAssessment(q, assessment)
  return { doc: buildReport(q, assessment, score, { ...OPTIONS, ...options }), score, q }
}

function section(doc: ReportDocument, id: string) {
  const found = doc.sections.find((s) => s.id === id)
  if (!found) throw new Error(`no section ${id}`)
  return found
}

function paragraphs(doc: ReportDocument, id?: string): ParagraphBlock[] {
  return doc.sections
    .filter((s) => id === undefined || s.id === id)
    .flatMap((s) => s.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph'))
}

function tables(doc: ReportDocument, id: string): TableBlock[] {
  return section(doc, id).blocks.filter((b): b is TableBlock => b.kind === 'table')
}

function allText(doc: ReportDocument): string {
  return JSON.stringify(doc)
}

describe('buildReport', () => {
  it('puts the cover facts on the cover, with no UN emblem and the unofficial note', () => {
    const { doc } = build(fixtureAssessment({ meta: { example: true } }))
    const facts = Object.fromEntries(doc.cover.facts.map((f) => [f.label, f.value]))
    expect(doc.cover.state).toBe('Republic of Examplia')
    expect(doc.cover.assessmentType).toBe('Self-assessment')
    expect(facts['Assessed by']).toBe('Ministry of Foreign Affairs of Examplia')
    expect(facts['Author']).toBe('Jane Focal-Point')
    expect(facts['Period covered']).toBe('2023-01-01 to 2024-12-31')
    expect(facts['Questionnaire']).toBe('report-fixture, version 1.2.0')
    expect(facts['Date of report']).toBe('2025-03-01')
    expect(doc.cover.note).toMatch(/not a United Nations publication/)
    expect(doc.cover.warnings).toContain('Example — fictitious data for demonstration only')
    expect(doc.cover.warnings).toContain('Incomplete assessment: 18 of 20 applicable questions answered')
    expect(doc.meta.author).toBe('Jane Focal-Point, Ministry of Foreign Affairs of Examplia')
    expect(doc.meta.title).toContain('Republic of Examplia')
  })

  it('labels a shadow assessment as the findings of the organisation', () => {
    const { doc } = build(fixtureAssessment({ meta: { respondent: 'shadow', organisation: 'Examplia Watch' } }))
    expect(doc.cover.assessmentType).toBe('Shadow assessment')
    const text = paragraphs(doc).map((p) => p.text)
    expect(text.some((t) => t.includes('findings are those of Examplia Watch'))).toBe(true)
    expect(text.some((t) => t.includes('The findings below are those of Examplia Watch'))).toBe(true)
  })

  it('numbers the body paragraphs continuously from 1, as in UN reports', () => {
    const { doc } = build()
    const numbers = paragraphs(doc)
      .map((p) => p.number)
      .filter((n): n is number => n !== undefined)
    expect(numbers.length).toBeGreaterThan(30)
    expect(numbers).toEqual(numbers.map((_, i) => i + 1))
    // The summary and the annexes are not numbered.
    expect(paragraphs(doc, 'summary').every((p) => p.number === undefined)).toBe(true)
    expect(paragraphs(doc, 'annex-method').every((p) => p.number === undefined)).toBe(true)
  })

  it('has a findings heading for every unit, with its duty text and citation', () => {
    const { doc, q } = build()
    const findings = section(doc, 'findings')
    const headings = findings.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))
    for (const article of q.articles) {
      for (const unit of article.units) {
        expect(headings).toContain(`${unit.id} Unit ${unit.id} title`)
        expect(allText(doc)).toContain(`States shall do what paragraph ${unit.id} requires.`)
        expect(allText(doc)).toContain(unit.duty.citation)
      }
    }
  })

  it('marks a unit that is not assessed as such and never charts it as zero', () => {
    const { doc } = build()
    const findings = paragraphs(doc, 'findings').map((p) => p.text)
    expect(findings.some((t) => t.startsWith('Not assessed: more than half'))).toBe(true)
    const radar = section(doc, 'summary').blocks.find((b) => b.kind === 'chart' && b.chart.kind === 'radar')
    if (radar?.kind !== 'chart' || radar.chart.kind !== 'radar') throw new Error('no radar')
    const unit92 = radar.chart.axes.find((a) => a.id === '9.2')
    expect(unit92).toEqual({ id: '9.2', label: '9.2', current: null, target: null })
    expect(radar.chart.axes.find((a) => a.id === '7.1')?.current).toBeGreaterThan(80)
  })

  it('lists every question id in the answers annex, with the answer and the comment', () => {
    const { doc, q } = build()
    const ids = tables(doc, 'annex-answers').flatMap((t) => t.rows.map((r) => r[0]))
    expect(ids).toEqual(allQuestions(q).map((question) => question.id))
    const row = tables(doc, 'annex-answers')
      .flatMap((t) => t.rows)
      .find((r) => r[0] === '7.1-O1')
    expect(row?.[2]).toBe('0.52 % of GNI')
    expect(row?.[4]).toContain(ARABIC_COMMENT)
    const excluded = tables(doc, 'annex-answers')
      .flatMap((t) => t.rows)
      .find((r) => r[0] === '8.1-P3')
    expect(excluded?.[2]).toMatch(/^Outside the roles of the State/)
  })

  it('states the overall conclusion as a sentence in every band, and an article without a score once', () => {
    const q = fixtureQuestionnaire()
    const full = fixtureAssessment()
    // Only Article 7 answered: Articles 8 and 9 have no score.
    const a: Assessment = {
      ...full,
      answers: Object.fromEntries(Object.entries(full.answers).filter(([id]) => id.startsWith('7.'))),
    }
    const score = scoreAssessment(q, a)
    expect(score.articles.filter((x) => x.score === null).map((x) => x.articleId)).toEqual(['8', '9'])
    const overall = { ...score.overall, score: 10, band: 'not-aligned' as const }
    const doc = buildReport(q, a, { ...score, overall }, OPTIONS)
    const text = paragraphs(doc, 'conclusions').map((p) => p.text)
    expect(text).toContain(
      'Overall, the development-cooperation policy of Republic of Examplia shows no alignment with the duties of Articles 7 to 9 (10 out of 100).',
    )
    const byArticle = text.find((t) => t.startsWith('By article:'))
    expect(byArticle).toMatch(/Article 8: not assessed; Article 9: not assessed\.$/)
    expect(byArticle).not.toContain('(not assessed)')
    // In the summary's table, the narrow score column shows a dash and the band says why.
    const article8 = tables(doc, 'summary')
      .flatMap((t) => t.rows)
      .find((r) => r[0]?.startsWith('Article 8'))
    expect(article8?.slice(1, 3)).toEqual(['—', 'not assessed'])
  })

  it('gives every recommendation, numbered and grouped by addressee', () => {
    const { doc, score } = build()
    const blocks = section(doc, 'conclusions').blocks
    const groups = blocks.filter((b) => b.kind === 'heading' && b.level === 3).map((b) => (b.kind === 'heading' ? b.text : ''))
    expect(groups).toEqual(['To the Government', 'To development partners', 'To other stakeholders'])
    const text = paragraphs(doc, 'conclusions')
    for (const id of score.recommendationsByAddressee.government) {
      const p = text.find((t) => t.text.includes(`(question ${id},`))
      expect(p?.text).toContain(`Recommendation for ${id}: act on it.`)
      expect(p?.number).toBeGreaterThan(0)
    }
    for (const id of score.recommendationsByAddressee['development-partners']) {
      expect(text.some((t) => t.text.startsWith(`Partners should support ${id}.`))).toBe(true)
    }
    expect(score.recommendationsByAddressee.government.length).toBeGreaterThan(3)
  })

  it('reports good practices and concerns per unit', () => {
    const { doc } = build()
    const findings = paragraphs(doc, 'findings')
    const good = findings.filter((p) => p.lead === 'Good practice').map((p) => p.text)
    expect(good.some((t) => t.startsWith('7.1-S1 '))).toBe(true)
    const concerns = findings.filter((p) => p.lead === 'Concern').map((p) => p.text)
    expect(concerns.some((t) => t.startsWith('Red flag') && t.includes('8.2-S1'))).toBe(true)
    expect(concerns.some((t) => t.includes('capped at 50') && t.includes('7.2-P1'))).toBe(true)
  })

  it('leaves confidential evidence out everywhere when asked, and says how much was withheld', () => {
    const secret = 'Confidential cabinet minute 12/2023'
    expect(allText(build().doc)).toContain(secret)
    const { doc } = build(undefined, { omitConfidentialEvidence: true })
    expect(allText(doc)).not.toContain(secret)
    expect(allText(doc)).toContain('1 confidential source withheld')
    expect(allText(doc)).toContain('Development Cooperation Act 2021, art. 4')
  })

  it('leaves author and organisation out everywhere when asked', () => {
    const { doc } = build(undefined, { omitAuthorAndOrganisation: true })
    expect(allText(doc)).not.toContain('Jane Focal-Point')
    expect(allText(doc)).not.toContain('Ministry of Foreign Affairs of Examplia')
    expect(doc.meta.author).toBeUndefined()
    expect(doc.cover.facts.map((f) => f.label)).not.toContain('Assessed by')
  })

  it('reports "information not public" in a shadow assessment as a finding about the State, not a gap', () => {
    const shadow = fixtureAssessment({
      meta: { respondent: 'shadow', organisation: 'Examplia Watch' },
      answers: { '8.1-P1': { special: 'not-public', evidence: [] } },
    })
    const { doc } = build(shadow)
    const concerns = paragraphs(doc, 'findings').filter((p) => p.lead === 'Concern')
    expect(concerns.some((p) => p.text.startsWith('Transparency') && p.text.includes('8.1-P1'))).toBe(true)
    const gapIds = tables(doc, 'annex-gaps').flatMap((t) => t.rows.map((r) => r[0]))
    expect(gapIds).not.toContain('8.1-P1')
    expect(gapIds).toContain('7.2-P2') // don't know stays a gap
    expect(gapIds).toContain('7.2-O1') // unanswered
  })

  it('lists unanswered, don\'t know and unevidenced answers as data gaps', () => {
    const { doc } = build()
    const blocks = section(doc, 'annex-gaps').blocks
    const listUnder = (title: string) => {
      const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === title)
      const next = blocks[at + 1]
      return next?.kind === 'table' ? next.rows.map((r) => r[0]) : []
    }
    expect(listUnder('Questions not answered')).toEqual(['7.2-O1', '9.1(a)-P2'])
    expect(listUnder('Questions answered "don\'t know"')).toEqual(['7.2-P2'])
    expect(listUnder('Questions answered "information not public"')).toEqual([])
    expect(listUnder('Answers capped for lack of evidence')).toEqual(['7.2-P1'])
  })

  it('renumbers the annexes when the answers annex is left out', () => {
    const { doc } = build(undefined, { includeAnswersAnnex: false })
    expect(doc.sections.map((s) => s.id)).not.toContain('annex-answers')
    const gaps = section(doc, 'annex-gaps').blocks[0]
    expect(gaps?.kind === 'heading' && gaps.text).toBe('Annex II. Data gaps')
  })

  it('falls back to English wording for a language without a catalog, and says so', () => {
    const { doc } = build(undefined, { language: 'xx' })
    expect(doc.meta.language).toBe('en')
    expect(paragraphs(doc, 'summary').some((p) => p.text.includes('"xx"'))).toBe(true)
  })

  it('turns control characters in user text into spaces and keeps line breaks', () => {
    const { doc } = build(
      fixtureAssessment({
        meta: { state: 'Bad\u0000State\u0007' },
        answers: { '7.1-S1': { value: 'yes', evidence: [], comment: 'a\u0001b\r\nc' } },
      }),
    )
    expect(doc.cover.state).toBe('Bad State')
    expect(allText(doc)).toContain('a b\\nc')
  })
})
