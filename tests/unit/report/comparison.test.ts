// The report's comparison chapter: present only when the user chooses another assessment, placed
// after the conclusions and before the annexes, with its paragraphs continuing the numbering, and
// listing exactly the questions the comparison engine calls divergent, before the score tables.
import { describe, expect, it } from 'vitest'
import {
  buildReport,
  REPORT_LANGUAGES,
  type ParagraphBlock,
  type ReportDocument,
  type ReportOptions,
  type TableBlock,
} from '@/domain/report'
import { compareAssessments } from '@/domain/compare'
import { DIVERGENCE_THRESHOLD, scoreAssessment } from '@/domain/scoring'
import type { Assessment } from '@/domain/assessment/schema'
import { fixtureAssessment, fixtureQuestionnaire } from './fixtures/assessment'
import { loadBuiltInQuestionnaire, loadExample } from './pdf-tools'

const OPTIONS: ReportOptions = {
  language: 'en',
  includeAnswersAnnex: true,
  omitConfidentialEvidence: false,
  omitAuthorAndOrganisation: false,
  generatedOn: '2025-03-01',
}

const questionnaire = fixtureQuestionnaire()
const own = fixtureAssessment()
// An NGO's shadow view of the same State: one answer far apart, one "don't know" where the
// ministry answered, one answer the same but without the ministry's evidence, the rest the same.
const shadow: Assessment = fixtureAssessment({
  meta: { respondent: 'shadow', organisation: 'Examplia Watch', author: 'A. Monitor' },
  answers: {
    '7.1-S1': { value: 'no', evidence: [] },
    '7.2-S1': { special: 'dont-know', evidence: [] },
    '8.1-P1': { value: 1, evidence: [] },
  },
})

function build(options: Partial<ReportOptions> = {}): ReportDocument {
  return buildReport(questionnaire, own, scoreAssessment(questionnaire, own), {
    ...OPTIONS,
    ...options,
  })
}

function withComparison(options: Partial<ReportOptions> = {}): ReportDocument {
  return build({ comparison: { questionnaire, assessment: shadow }, ...options })
}

function comparisonSection(doc: ReportDocument) {
  const found = doc.sections.find((s) => s.id === 'comparison')
  if (!found) throw new Error('no comparison section')
  return found
}

function tables(doc: ReportDocument): TableBlock[] {
  return comparisonSection(doc).blocks.filter((b): b is TableBlock => b.kind === 'table')
}

describe('comparison chapter of the report', () => {
  it('appears only when a comparison is chosen, after the conclusions and before the annexes', () => {
    expect(build().sections.map((s) => s.id)).not.toContain('comparison')
    const ids = withComparison().sections.map((s) => s.id)
    expect(ids.indexOf('comparison')).toBe(ids.indexOf('conclusions') + 1)
    expect(ids.indexOf('annex-method')).toBe(ids.indexOf('comparison') + 1)
  })

  it('names the other assessment and its period in the heading, which is in the contents', () => {
    const heading = comparisonSection(withComparison()).blocks[0]
    expect(heading).toEqual({
      kind: 'heading',
      level: 1,
      toc: true,
      text: 'VI. Comparison with the NGO shadow assessment by Examplia Watch, 2023-01-01 to 2024-12-31',
    })
    // Leaving organisations out covers the NGO on the other side too.
    const anonymous = comparisonSection(withComparison({ omitAuthorAndOrganisation: true }))
    expect(JSON.stringify(anonymous)).not.toContain('Examplia Watch')
    expect(anonymous.blocks[0]).toMatchObject({
      text: 'VI. Comparison with the NGO shadow assessment (organisation not named), 2023-01-01 to 2024-12-31',
    })
  })

  it('states the divergence rule from the scoring constant', () => {
    const intro = comparisonSection(withComparison()).blocks[1] as ParagraphBlock
    expect(intro.text).toContain(`${DIVERGENCE_THRESHOLD} points or more apart`)
    expect(intro.text).toMatch(/special answer/)
  })

  it('lists exactly the divergent questions of compareAssessments, before the score tables', () => {
    const expected = compareAssessments(questionnaire, own, questionnaire, shadow)
    expect(expected.divergentQuestions.length).toBeGreaterThan(0)
    const [divergent, articles, units] = tables(withComparison())
    expect(divergent?.caption).toBe('Divergent questions')
    expect(divergent?.rows.map((r) => r[0])).toEqual(expected.divergentQuestions)
    expect(expected.divergentQuestions).toEqual(expect.arrayContaining(['7.1-S1', '7.2-S1']))
    // Same answer, no evidence: a low score is not capped, so the two agree and it is not listed.
    expect(expected.divergentQuestions).not.toContain('8.1-P1')
    const row = (id: string) => divergent?.rows.find((r) => r[0] === id)
    expect(row('7.1-S1')).toEqual(['7.1-S1', '100', '0', 'Scores 100 points apart'])
    expect(row('7.2-S1')?.[2]).toMatch(/^Don't know/)
    expect(row('7.2-S1')?.[3]).toBe('Special answer on one side only')

    expect(articles?.rows.map((r) => r[0])).toEqual([
      ...expected.articles.map((a) => `Article ${a.articleId}`),
      'Overall',
    ])
    const article7 = expected.articles.find((a) => a.articleId === '7')
    expect(articles?.rows[0]?.[3]).toBe(
      String(Math.round(article7?.b ?? NaN) - Math.round(article7?.a ?? NaN)),
    )
    expect(units?.rows.map((r) => r[0]?.split(' ')[0])).toEqual(expected.units.map((u) => u.unitId))
  })

  it('says so when no question diverges, and lists no question table', () => {
    const doc = build({ comparison: { questionnaire, assessment: own } })
    const text = comparisonSection(doc)
      .blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph')
      .map((p) => p.text)
    expect(text.some((t) => t.startsWith('No question is divergent'))).toBe(true)
    expect(tables(doc).map((t) => t.caption)).not.toContain('Divergent questions')
  })

  it('continues the paragraph numbering of the body without a gap', () => {
    const plain = build()
    const compared = withComparison()
    const numbers = (doc: ReportDocument) =>
      doc.sections
        .flatMap((s) => s.blocks)
        .filter((b): b is ParagraphBlock => b.kind === 'paragraph' && b.number !== undefined)
        .map((p) => p.number)
    const before = numbers(plain)
    const after = numbers(compared)
    expect(after).toEqual(after.map((_, i) => i + 1))
    const chapter = comparisonSection(compared)
      .blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph')
      .map((p) => p.number)
    expect(chapter[0]).toBe(before.length + 1)
    expect(after.length).toBe(before.length + chapter.length)
  })

  it('is written in each report language, with its chapter numeral', () => {
    const numerals: Record<string, string> = { en: 'VI.', fr: 'VI.', es: 'VI.', ar: 'سادساً-' }
    for (const language of REPORT_LANGUAGES) {
      const section = comparisonSection(withComparison({ language }))
      expect(section.blocks[0]).toMatchObject({ kind: 'heading' })
      const heading = section.blocks[0]?.kind === 'heading' ? section.blocks[0].text : ''
      expect(heading.startsWith(numerals[language] ?? '?')).toBe(true)
      expect(heading).toContain('Examplia Watch')
      if (language !== 'en') expect(JSON.stringify(section)).not.toContain('Divergent questions')
    }
  })

  // 41.5 and 30.4 print as 42 and 30: the difference beside them is −12, not the −11 of the
  // unrounded scores, so a reader's own subtraction agrees with the table (as on the screens).
  it('prints each difference from the rounded scores it stands beside', () => {
    const q = loadBuiltInQuestionnaire()
    const a = loadExample('example-partner')
    const b = loadExample('example-partner-shadow')
    const doc = buildReport(q, a, scoreAssessment(q, a), {
      ...OPTIONS,
      comparison: { questionnaire: q, assessment: b },
    })
    const [, articles, units] = tables(doc).slice(-3)
    const rows = [...(articles?.rows ?? []), ...(units?.rows ?? [])]
    expect(rows.length).toBeGreaterThan(10)
    for (const [, shownA, shownB, difference] of rows) {
      if (shownA === '–' || shownB === '–') continue
      expect(Number(difference)).toBe(Number(shownB) - Number(shownA))
    }
    // The case that tells the two rules apart is in the examples.
    const raw = compareAssessments(q, a, q, b).articles.find((x) => x.articleId === '8')
    expect(Math.round(raw?.difference ?? NaN)).toBe(-11)
    expect(articles?.rows.find((r) => r[0] === 'Article 8')?.slice(1)).toEqual(['42', '30', '-12'])
  })
})
