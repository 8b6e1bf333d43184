// The report in each of its four languages, read back from the PDF with poppler the way a reader's
// tools would: the headings, cover wording and dates are in the report's language, the duty texts
// come from the questionnaire's translation, Arabic comes out in reading order with its Latin
// fragments intact, and the Arabic pages are laid out from the right. Each language is rendered
// once and shared by the assertions.
import { spawnSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildReport, reportStrings, type ReportDocument } from '@/domain/report'
import {
  BAND_THRESHOLDS,
  DIVERGENCE_THRESHOLD,
  EVIDENCE_CAP,
  describeMethod,
  scoreAssessment,
} from '@/domain/scoring'
import { findQuestion, localize, type Questionnaire } from '@/domain/questionnaire'
import type { Assessment } from '@/domain/assessment/schema'
import { renderReportPdf } from '@/lib/pdf/render'
import {
  flat,
  loadBuiltInQuestionnaire,
  loadExample,
  pdfSyntax,
  pdftotext,
  writeTemp,
} from './pdf-tools'

const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const
type Language = (typeof LANGUAGES)[number]

// Four full reports on a machine shared by several test runs.
const RENDER_TIMEOUT = 240_000

interface Rendered {
  doc: ReportDocument
  bytes: Uint8Array
  path: string
  /** Extracted text, presentation forms folded back to letters, whitespace collapsed. */
  text: string
}

/** Extracted text as a reader would search it: Arabic presentation forms folded, bidi marks dropped. */
function readable(raw: string): string {
  return flat(raw.normalize('NFKC').replace(/\u200C/g, ''))
}

/**
 * Words only, in order. pdftotext places punctuation between right-to-left words by guesswork,
 * so prose is compared on its words; vowel marks go too, since they are optional in Arabic.
 */
function words(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * Letters and digits only, in order. pdftotext also drops or moves the space where a number meets
 * an Arabic word ("1كانون"), so Arabic prose is compared without spaces: the letters still have
 * to come out in reading order.
 */
function letters(text: string): string {
  return words(text).replace(/ /g, '')
}

/** The comparable form of prose in a language. */
function prose(language: Language, text: string): string {
  return language === 'ar' ? letters(text) : words(text)
}

interface Word {
  text: string
  xMin: number
  xMax: number
  yMin: number
}

/** The words of one page with their horizontal position, in points from the left edge. */
function pageWords(path: string, page: number): Word[] {
  const result = spawnSync(
    'pdftotext',
    ['-enc', 'UTF-8', '-bbox', '-f', String(page), '-l', String(page), path, '-'],
    {
      encoding: 'utf8',
    },
  )
  if (result.status !== 0) throw new Error(`pdftotext -bbox failed: ${result.stderr}`)
  const pattern =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g
  return [...result.stdout.matchAll(pattern)].map((m) => {
    // Words are listed as drawn; a right-to-left word's letters are drawn last letter first.
    const drawn = (m[4] ?? '').replace(/[\u200E\u200F]/g, '')
    const logical = /[\uFB50-\uFEFF]/.test(drawn) ? [...drawn].reverse().join('') : drawn
    return {
      text: logical.normalize('NFKC'),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
    }
  })
}

/** The first page after the cover and contents on which a text appears (compared on its letters). */
function pageOf(path: string, text: string): number {
  const pages = pdftotext(path).split('\f').map(letters)
  const index = pages.findIndex((p, i) => i > 1 && p.includes(letters(text)))
  if (index < 0) throw new Error(`"${text}" is on no page`)
  return index + 1
}

function find(list: Word[], text: string, onLineOf?: Word): Word {
  const found = list.find(
    (w) => w.text === text && (!onLineOf || Math.abs(w.yMin - onLineOf.yMin) < 2),
  )
  if (!found) throw new Error(`no word "${text}" in ${list.map((w) => w.text).join(' ')}`)
  return found
}

const PAGE_WIDTH = 595.28
const MARGIN = 62

describe('the report in English, French, Spanish and Arabic', () => {
  let questionnaire: Questionnaire
  let assessment: Assessment
  const rendered = {} as Record<Language, Rendered>

  beforeAll(async () => {
    questionnaire = loadBuiltInQuestionnaire()
    assessment = loadExample('example-partner')
    const score = scoreAssessment(questionnaire, assessment)
    for (const language of LANGUAGES) {
      const doc = buildReport(questionnaire, assessment, score, {
        language,
        includeAnswersAnnex: true,
        omitConfidentialEvidence: false,
        omitAuthorAndOrganisation: false,
        generatedOn: '2025-03-01',
      })
      const bytes = await renderReportPdf(doc)
      const path = writeTemp(bytes, `report-${language}`)
      rendered[language] = { doc, bytes, path, text: readable(pdftotext(path)) }
    }
  }, RENDER_TIMEOUT)

  it.each(LANGUAGES)(
    '%s: headings, cover wording and the unofficial note are in the language',
    (language) => {
      const { strings: s, language: used } = reportStrings(language)
      expect(used).toBe(language)
      const { text, doc } = rendered[language]
      const headings = [
        s.headings.summary,
        s.headings.introduction,
        s.headings.framework,
        s.headings.findings,
        s.headings.conclusions,
        s.headings.recommendationsSub,
        s.headings.addressees.government,
        s.headings.annex('I', s.headings.annexMethod),
        s.headings.annex('III', s.headings.annexGaps),
        s.contents,
      ]
      for (const heading of headings)
        expect(prose(language, text)).toContain(prose(language, heading))
      expect(prose(language, text)).toContain(prose(language, s.selfAssessment))
      expect(prose(language, text)).toContain(prose(language, s.unofficialNote))
      expect(prose(language, text)).toContain(
        prose(language, s.pageOf.replace('{page}', '1').replace('{total}', '')),
      )
      expect(doc.meta.language).toBe(language)
      expect(pdfSyntax(rendered[language].bytes)).toContain(`/Lang (${language})`)
    },
  )

  it.each(LANGUAGES)(
    '%s: duty texts and recommendations come from the questionnaire in the language',
    (language) => {
      const { text } = rendered[language]
      const unit = questionnaire.articles[0]?.units[0]
      expect(unit).toBeDefined()
      const duty = localize(unit?.duty.text ?? {}, language)
      expect(duty).not.toBe('')
      if (language !== 'en') expect(duty).not.toBe(localize(unit?.duty.text ?? {}, 'en'))
      expect(prose(language, text)).toContain(prose(language, duty))
      const ids = Object.values(
        scoreAssessment(questionnaire, assessment).recommendationsByAddressee,
      ).flat()
      const first = findQuestion(questionnaire, ids[0] ?? '')
      expect(prose(language, text)).toContain(
        prose(language, localize(first?.question.recommendation.text ?? {}, language)),
      )
    },
  )

  it.each(['fr', 'es', 'ar'] as const)(
    '%s: leaves no English report wording behind',
    (language) => {
      const { text } = rendered[language]
      for (const english of [
        'Conclusions and recommendations',
        'Self-assessment',
        'Scoring method',
        'How scores are calculated',
        'not a United Nations publication',
      ]) {
        expect(text).not.toContain(english)
      }
    },
  )

  it('writes dates and numbers as each language does', () => {
    expect(rendered.en.text).toContain('2023-01-01 to 2025-12-31')
    expect(rendered.fr.text).toContain('du 1er janvier 2023 au 31 décembre 2025')
    expect(rendered.es.text).toContain('del 1 de enero de 2023 al 31 de diciembre de 2025')
    expect(letters(rendered.ar.text)).toContain(
      letters('من 1 كانون الثاني/يناير 2023 إلى 31 كانون الأول/ديسمبر 2025'),
    )
    // A percentage: English sets the sign against the number, French and Spanish put a space
    // before it, Arabic writes it out.
    expect(rendered.en.text).toMatch(/\(\d+%\)/)
    expect(rendered.fr.text).toMatch(/\(\d+ %\)/)
    expect(rendered.es.text).toMatch(/\(\d+ %\)/)
    expect(rendered.ar.text).toMatch(/\d+ في المائة/)
  })

  it.each(LANGUAGES)(
    '%s: the method annex is the method in the language, with its constants',
    (language) => {
      const method = describeMethod(language)
      expect(method.language).toBe(language)
      const { strings: s } = reportStrings(language)
      const { text } = rendered[language]
      // The annex runs from its own heading to the heading of the next annex.
      const start = prose(language, text).lastIndexOf(
        prose(language, s.headings.annex('I', s.headings.annexMethod)),
      )
      const end = prose(language, text).lastIndexOf(
        prose(language, s.headings.annex('II', s.headings.annexAnswers)),
      )
      expect(start).toBeGreaterThan(0)
      expect(end).toBeGreaterThan(start)
      const annex = prose(language, text).slice(start, end)
      expect(annex).toContain(prose(language, method.title))
      const evidence = method.steps.find((step) => step.id === 'evidence')?.paragraphs[0] ?? ''
      expect(evidence).toContain(String(EVIDENCE_CAP))
      expect(annex).toContain(prose(language, evidence))
      // The constants themselves: the evidence cap, the divergence threshold and the band limits.
      // (Number lists between Arabic words are checked one by one: pdftotext does not restore the
      // reading order of a run of numbers.)
      const annexText = text.slice(
        text.indexOf(method.title),
        text.lastIndexOf(s.headings.annexAnswers),
      )
      expect(annexText.length).toBeGreaterThan(1000)
      const numbers = new Set(annexText.match(/\d+/g) ?? [])
      for (const constant of [EVIDENCE_CAP, DIVERGENCE_THRESHOLD, ...BAND_THRESHOLDS])
        expect(numbers).toContain(String(constant))
      if (language !== 'ar') {
        const bands = method.steps.find((step) => step.id === 'bands')?.paragraphs[0] ?? ''
        expect(bands).toMatch(/20\D+40\D+60\D+80/)
        expect(annex).toContain(prose(language, bands))
      }
    },
  )

  it('gives Arabic back in reading order, with its Latin fragments intact', () => {
    const { text } = rendered.ar
    // A heading and a sentence, as a reader copying them would get them.
    expect(text).toContain('الاستنتاجات والتوصيات')
    expect(text).toContain('تقرير تقييم التضامن الدولي')
    expect(text).toContain('تقييم ذاتي')
    // Document symbols, question ids and the State's name keep their own left-to-right order.
    expect(text).toContain('A/HRC/35/35')
    expect(text).toContain('7.1-S1')
    expect(text).toContain('9.1(a)')
    expect(text).toContain(assessment.meta.state)
    expect(text).toContain('international-solidarity-7-9')
  })

  it('lays the Arabic pages out from the right and keeps the English layout', () => {
    const summary = (language: Language) =>
      pageWords(
        rendered[language].path,
        pageOf(rendered[language].path, reportStrings(language).strings.headings.summary),
      )

    // Headings start at the right margin in Arabic, at the left margin in English.
    const arWords = summary('ar')
    const enWords = summary('en')
    expect(find(arWords, 'موجز').xMax).toBeGreaterThan(PAGE_WIDTH - MARGIN - 2)
    expect(find(enWords, 'Summary').xMin).toBeLessThan(MARGIN + 2)

    // Tables read from the right: the first column (article) is the rightmost in Arabic.
    const arEvidence = find(arWords, 'الأدلة')
    expect(find(arWords, 'المادة', arEvidence).xMin).toBeGreaterThan(arEvidence.xMax)
    const enEvidence = find(enWords, 'Evidence')
    expect(find(enWords, 'Article', enEvidence).xMax).toBeLessThan(enEvidence.xMin)

    // Paragraph numbers stand in the right margin in Arabic, the left in English.
    const intro = (language: Language) =>
      pageWords(
        rendered[language].path,
        pageOf(rendered[language].path, reportStrings(language).strings.headings.introduction),
      )
    const numbers = (list: Word[]) => list.filter((w) => /^\d+\.$/.test(w.text))
    const arNumbers = numbers(intro('ar'))
    const enNumbers = numbers(intro('en'))
    expect(arNumbers.length).toBeGreaterThan(3)
    expect(enNumbers.length).toBeGreaterThan(3)
    for (const n of arNumbers) expect(n.xMin).toBeGreaterThan(PAGE_WIDTH / 2)
    for (const n of enNumbers) expect(n.xMax).toBeLessThan(PAGE_WIDTH / 2)
  })
})
