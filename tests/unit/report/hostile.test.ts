// Answer text comes from files anyone can hand over, so the report must survive whatever is in
// them (reliability.md item 13): brackets and backslashes that PDF strings escape, line breaks,
// emoji the font lacks, right-to-left text, 100 KB strings and a thousand generated answers.
// Each case must render without throwing, parse with pdfinfo, keep the text to its end and hold
// no script or automatic action.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildReport } from '@/domain/report'
import { scoreAssessment } from '@/domain/scoring'
import { Questionnaire, type QuestionnaireInput } from '@/domain/questionnaire'
import { Assessment, type AnswerInput } from '@/domain/assessment/schema'
import { renderReportPdf } from '@/lib/pdf/render'
import { fixtureAssessment, fixtureAssessmentInput, fixtureQuestionnaire, fixtureQuestionnaireInput } from './fixtures/assessment'
import { flat, pdfinfo, pdfSyntax, pdftotext, writeTemp } from './pdf-tools'

// Rendering takes well under a second on an idle machine; the shared test machines are not idle.
const RENDER_TIMEOUT = 30_000

async function renderChecked(q: Questionnaire, a: Assessment) {
  const doc = buildReport(q, a, scoreAssessment(q, a), {
    language: 'en',
    includeAnswersAnnex: true,
    omitConfidentialEvidence: false,
    omitAuthorAndOrganisation: false,
    generatedOn: '2025-03-01',
  })
  const bytes = await renderReportPdf(doc)
  const path = writeTemp(bytes, 'hostile')
  const info = pdfinfo(path)
  const syntax = pdfSyntax(bytes)
  for (const token of ['/JavaScript', '/OpenAction', '/AA', '/Launch']) expect(syntax).not.toContain(token)
  return { path, pages: Number(info.Pages) }
}

describe('hostile answer text', () => {
  it('keeps brackets, backslashes, line breaks and PDF syntax as plain text, and marks emoji the font lacks', async () => {
    const nasty = 'a) (b \\ c\\) ) endstream endobj /JavaScript (app.alert(1)) << /S /Launch >>\nnext line\r\nthird'
    const a = fixtureAssessment({
      meta: { state: 'State (with) \\ brackets' },
      answers: {
        '7.1-S1': { value: 'yes', evidence: [{ id: 'x', kind: 'link', text: nasty, url: 'javascript:alert(1)', confidential: false }], comment: nasty },
        '7.1-P1': { value: 4, evidence: [], comment: 'before 🎉👩🏽‍🌾 after' },
      },
    })
    const { path } = await renderChecked(fixtureQuestionnaire(), a)
    const text = flat(pdftotext(path))
    expect(text).toContain('a) (b \\ c\\) ) endstream endobj /JavaScript (app.alert(1))')
    expect(text).toContain('State (with) \\ brackets')
    expect(text).toContain('next line third')
    // DejaVu Sans has no emoji: each becomes U+FFFD so the reader sees something was there.
    expect(text).toMatch(/before \uFFFD+\u200D?\uFFFD* after/u)
  }, RENDER_TIMEOUT)

  it('breaks a 100 KB comment and a 20 KB unbroken string across pages without losing their ends', async () => {
    const words = Array.from({ length: 16_000 }, (_, i) => `word${i % 97}`).join(' ')
    const long = `${words.slice(0, 100_000)} END-OF-LONG-COMMENT`
    const unbroken = `${'x'.repeat(20_000)}END-OF-UNBROKEN`
    const a = fixtureAssessment({
      answers: {
        '7.1-S1': { value: 'yes', evidence: [{ id: 'u', kind: 'document', text: unbroken, confidential: false }], comment: long },
      },
    })
    const { path, pages } = await renderChecked(fixtureQuestionnaire(), a)
    const text = flat(pdftotext(path))
    expect(text).toContain('END-OF-LONG-COMMENT')
    expect(text.replace(/ /g, '')).toContain('xxxxEND-OF-UNBROKEN')
    expect(pages).toBeGreaterThan(30)
  }, 60_000)

  it('renders a thousand generated answers (fixed seed) into a PDF that parses', async () => {
    // 1,000 questions: ten units of 100, each answered with generated comment and evidence text.
    const base = fixtureQuestionnaireInput.articles[0]?.units[0]?.questions[0]
    if (!base) throw new Error('fixture questionnaire has no question')
    const units = Array.from({ length: 10 }, (_, u) => ({
      id: `7.${u + 1}`,
      title: { en: `Generated unit ${u + 1}` },
      duty: { text: { en: 'States shall cooperate.' }, citation: 'A/HRC/35/35, annex, art. 7' },
      questions: Array.from({ length: 100 }, (_, i) => ({
        ...base,
        id: `G${u + 1}-${i + 1}`,
        indicator: (['structural', 'process', 'outcome'] as const)[i % 3] ?? 'process',
      })),
    }))
    const input: QuestionnaireInput = {
      ...fixtureQuestionnaireInput,
      articles: [{ id: '7', title: { en: 'Article 7: generated' }, units }],
    }
    const q = Questionnaire.parse(input)
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom('()\\', 'سطر عربي (مع أقواس) و123', '\n\n\n', '😀🙈', 'שלום עולם', ' ', 'Ελληνικά Кириллица'),
    )
    const samples = fc.sample(
      fc.record({ value: fc.constantFrom<'yes' | 'partly' | 'no'>('yes', 'partly', 'no'), comment: text, evidence: text }),
      { seed: 20250301, numRuns: 1000 },
    )
    const answers: Record<string, AnswerInput> = {}
    q.articles[0]?.units.forEach((unit, u) =>
      unit.questions.forEach((question, i) => {
        const sample = samples[u * 100 + i]
        if (!sample) return
        answers[question.id] = {
          value: sample.value,
          comment: sample.comment,
          evidence: sample.evidence.trim() ? [{ id: 'e', kind: 'citation', text: sample.evidence, confidential: false }] : [],
        }
      }),
    )
    const a = Assessment.parse({ ...fixtureAssessmentInput, answers })
    const { pages } = await renderChecked(q, a)
    expect(pages).toBeGreaterThan(50)
  }, 120_000)
})
