// CSV of answers: what a spreadsheet user sees — one row per question in order, readable
// answers, text that survives commas, quotes and line breaks, formulas defused, UTF-8 with BOM.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '@/domain/assessment/schema'
import { CSV_COLUMNS, answersToCsv, csvCell } from '@/domain/files/csv'
import { parseAssessmentFile } from '@/domain/files/import'
import { scoreAssessment } from '@/domain/scoring'
import { anyText } from './arbitraries'
import { readFixture } from './helpers'
import { testQuestionnaire } from './questionnaire'

const SEED = 20_260_227

/** A strict RFC 4180 reader, to check the text reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  let quoted = false
  while (i < text.length) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 2
        continue
      }
      if (ch === '"') quoted = false
      else cell += ch
      i += 1
      continue
    }
    if (ch === '"' && cell === '') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i += 1
    } else if (ch === '"' || ch === '\n' || ch === '\r')
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`)
    else cell += ch
    i += 1
  }
  if (quoted) throw new Error('unterminated quote')
  if (cell !== '' || row.length > 0) throw new Error('last row without CRLF')
  return rows
}

function samples(): Assessment[] {
  const result = parseAssessmentFile(readFixture('v2.json'))
  if (!result.ok) throw new Error(result.message)
  return result.assessments
}

function table(assessment: Assessment, withScore = true, includeConfidential = false) {
  const score = withScore ? scoreAssessment(testQuestionnaire, assessment) : undefined
  const text = answersToCsv(testQuestionnaire, assessment, score, { includeConfidential })
  expect(text.startsWith('\uFEFF')).toBe(true)
  const [header, ...rows] = readCsv(text.slice(1))
  return {
    header,
    rows,
    byId: new Map(
      rows.map((r) => [r[1], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]),
    ),
  }
}

describe('answersToCsv', () => {
  it('has a header and one row per question, in questionnaire order', () => {
    const { header, rows } = table(samples()[0] as Assessment)
    expect(header).toEqual([...CSV_COLUMNS])
    expect(rows.map((r) => r[1])).toEqual(['7.4-S1', '7.4-P1', '7.4-P2', '7.4-O1'])
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true)
  })

  it('writes answers, special answers, evidence and scores in words a reader understands', () => {
    const [state, shadow, kenya] = samples()
    const s = table(state as Assessment).byId
    expect(s.get('7.4-S1')).toMatchObject({
      Unit: '7.4',
      Indicator: 'structural',
      'Question text':
        'Does a binding rule oblige your ministry to consult the public on its cooperation strategy?',
      Answer: 'Partly',
      Evidence: 'Consultation guideline, section 3',
      Comment: 'Binding only for strategies above a budget threshold.',
      Confidence: 'high',
      Target: 'Yes',
      Score: '50',
    })
    expect(s.get('7.4-P1')).toMatchObject({
      Answer: 'Level 3: Response to comments published.',
      Target: 'Level 4: Changes made because of comments are shown.',
      Evidence:
        'Summary of comments received (https://example.org/consultation-summary) | Internal memo 2024/17',
    })
    expect(s.get('7.4-P2')?.Answer).toBe(
      "Civil society organisations; Women's rights organisations",
    )
    expect(s.get('7.4-O1')).toMatchObject({
      Answer: '',
      'Special answer':
        'not applicable: No consultation closed during the period, so no comments were answered.',
      Score: '',
    })

    const m = table(shadow as Assessment).byId
    // A shadow assessment reads the NGO wording of each question.
    expect(m.get('7.4-S1')?.['Question text']).toBe(
      'Does a published binding rule oblige the State to consult the public on its cooperation strategy?',
    )
    expect(m.get('7.4-S1')?.['Special answer']).toBe('information not public')
    expect(m.get('7.4-P2')?.Answer).toBe('None of the items')
    expect(m.get('7.4-O1')?.Answer).toBe('12.5 % of comments')

    const k = table(kenya as Assessment).byId
    expect(k.get('7.4-P1')?.Evidence).toBe('1 confidential source withheld')
    expect(table(kenya as Assessment, true, true).byId.get('7.4-P1')?.Evidence).toBe(
      'Interview notes with invited organisations [confidential]',
    )
  })

  it('leaves the score column empty without a score', () => {
    const { rows } = table(samples()[0] as Assessment, false)
    expect(rows.every((r) => r[6] === '')).toBe(true)
  })

  it('reads back exactly, for any comment text, except that formulas are shown as text', () => {
    const base = samples()[0] as Assessment
    fc.assert(
      fc.property(anyText, (comment) => {
        const withComment = {
          ...base,
          answers: {
            ...base.answers,
            '7.4-S1': { ...base.answers['7.4-S1'], evidence: [], comment },
          },
        }
        const cell = table(withComment as Assessment).byId.get('7.4-S1')?.Comment
        const expected =
          /^[=+\-@\t\r]/.test(comment) && !/^-?\d+(\.\d+)?$/.test(comment) ? `'${comment}` : comment
        expect(cell).toBe(expected)
      }),
      { seed: SEED, numRuns: 500 },
    )
  })
})

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 555', "'+1 555"],
    ['-A1', "'-A1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['-12.5', '-12.5'],
    ['a,b', '"a,b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['plain', 'plain'],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output)
  })
})
