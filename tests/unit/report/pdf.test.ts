// The rendered PDF, read back with poppler like a reader's tools would: every unit, question and
// recommendation is in the text, the cover facts are there, the font is embedded, Arabic comes
// out shaped and in reading order, metadata follows the user's choices, and the file carries no
// script or automatic action.
import { beforeAll, describe, expect, it } from 'vitest'
import { buildReport, type ReportOptions } from '@/domain/report'
import { scoreAssessment } from '@/domain/scoring'
import { allQuestions, findQuestion, localize, type Questionnaire } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
import { renderReportPdf } from '@/lib/pdf/render'
import { ARABIC_COMMENT, fixtureAssessment, fixtureQuestionnaire } from './fixtures/assessment'
import { flat, loadBuiltInQuestionnaire, loadExample, pdffonts, pdfinfo, pdfSyntax, pdftotext, writeTemp } from './pdf-tools'

const OPTIONS: ReportOptions = {
  language: 'en',
  includeAnswersAnnex: true,
  omitConfidentialEvidence: false,
  omitAuthorAndOrganisation: false,
  generatedOn: '2025-03-01',
}

// Rendering takes well under a second on an idle machine; the shared test machines are not idle.
const RENDER_TIMEOUT = 30_000

async function render(q: Questionnaire, a: Assessment, options: Partial<ReportOptions> = {}) {
  const score = scoreAssessment(q, a)
  const doc = buildReport(q, a, score, { ...OPTIONS, ...options })
  const bytes = await renderReportPdf(doc)
  const path = writeTemp(bytes)
  return { bytes, path, score, doc }
}

describe('PDF of the built-in example (provider, shadow)', () => {
  let q: Questionnaire
  let a: Assessment
  let rendered: Awaited<ReturnType<typeof render>>
  let text: string

  beforeAll(async () => {
    q = loadBuiltInQuestionnaire()
    a = loadExample('example-provider-shadow')
    rendered = await render(q, a)
    text = flat(pdftotext(rendered.path))
  }, RENDER_TIMEOUT)

  it('contains every unit and every question id', () => {
    for (const article of q.articles) {
      for (const unit of article.units) expect(text).toContain(`${unit.id} ${localize(unit.title, 'en')}`)
    }
    const missing = allQuestions(q)
      .map((question) => question.id)
      .filter((id) => !text.includes(id))
    expect(missing).toEqual([])
  })

  it('contains every recommendation', () => {
    const ids = Object.values(rendered.score.recommendationsByAddressee).flat()
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) {
      const found = findQuestion(q, id)
      expect(text).toContain(flat(localize(found?.question.recommendation.text ?? {}, 'en')))
    }
  })

  it('shows the cover facts and the unofficial note', () => {
    const meta = a.meta
    expect(text).toContain(meta.state)
    expect(text).toContain('Shadow assessment')
    expect(text).toContain(flat(meta.organisation))
    expect(text).toContain(`${meta.period.from} to ${meta.period.to}`)
    expect(text).toContain(`${q.id}, version ${q.version}`)
    expect(text).toContain('2025-03-01')
    expect(text).toContain('not a United Nations publication')
    expect(text).toContain('Example — fictitious data')
  })

  it('embeds its font, sets the metadata and has a table of contents with page numbers', () => {
    const fonts = pdffonts(rendered.path)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((f) => f.embedded && f.name.includes('DejaVuSans'))).toBe(true)
    const info = pdfinfo(rendered.path)
    expect(info.Title).toBe(`International solidarity assessment report: ${a.meta.state}`)
    expect(info.Author).toContain(a.meta.organisation)
    expect(Number(info.Pages)).toBeGreaterThan(20)
    expect(info['Page size']).toMatch(/595\.2\d* x 841\.8\d* pts \(A4\)/)
    expect(text).toMatch(/Contents Summary \d+ I\. Introduction \d+/)
    expect(text).toContain(`Page 2 of ${info.Pages}`)
    expect(text).toContain(`Page ${info.Pages} of ${info.Pages}`)
  })

  it('holds no script and no automatic action', () => {
    const syntax = pdfSyntax(rendered.bytes)
    expect(syntax).toContain('/Type /Catalog')
    expect(syntax).not.toContain('/JavaScript')
    expect(syntax).not.toContain('/JS')
    expect(syntax).not.toContain('/OpenAction')
    expect(syntax).not.toContain('/AA')
    expect(syntax).not.toContain('/Launch')
    expect(syntax).not.toContain('/AcroForm')
  })

  it('stays within the size budget', () => {
    expect(rendered.bytes.length).toBeLessThan(500 * 1024)
  })
})

describe('PDF options and scripts', () => {
  let fixturePath: string
  beforeAll(async () => {
    fixturePath = (await render(fixtureQuestionnaire(), fixtureAssessment())).path
  }, RENDER_TIMEOUT)

  it('writes Arabic shaped and in reading order', () => {
    const raw = pdftotext(fixturePath)
    // Shaped: jsPDF draws the contextual presentation forms (U+FE70–U+FEFF) ...
    expect(raw).toMatch(/[\uFE70-\uFEFF]{3}/)
    // ... in visual order, so a reader extracting the text gets the words back in logical order.
    expect(flat(raw.normalize('NFKC'))).toContain(ARABIC_COMMENT)
  })

  it('leaves the author and organisation out of the text and the metadata when asked', async () => {
    const { path } = await render(fixtureQuestionnaire(), fixtureAssessment(), {
      omitAuthorAndOrganisation: true,
      omitConfidentialEvidence: true,
    })
    const text = flat(pdftotext(path))
    expect(text).not.toContain('Jane Focal-Point')
    expect(text).not.toContain('Ministry of Foreign Affairs of Examplia')
    expect(text).not.toContain('Confidential cabinet minute')
    expect(pdfinfo(path).Author ?? '').toBe('')
  }, RENDER_TIMEOUT)

  it('says on the cover that an incomplete assessment is incomplete', () => {
    expect(flat(pdftotext(fixturePath))).toContain('Incomplete assessment: 18 of 20 applicable questions answered')
  })

  it('prints a negative difference in an Arabic comparison table with its sign first, as the screens do', async () => {
    const q = loadBuiltInQuestionnaire()
    const { path } = await render(q, loadExample('example-partner'), {
      language: 'ar',
      comparison: { questionnaire: q, assessment: loadExample('example-partner-shadow') },
    })
    const raw = pdftotext(path)
    // Article 8: 42 beside 30. The bidi engine alone drew "12-"; the mark before the sign keeps
    // it in front of its number, as the app's number formatter does for Arabic.
    const article8 = raw.split('\n').find((line) => /\u200E-12\u200E/.test(line))
    expect(article8).toBeDefined()
    expect(raw).not.toMatch(/(^|\s)\d+-(\s|$)/m)
  }, RENDER_TIMEOUT)
})
