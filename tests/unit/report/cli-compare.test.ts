// `npm run cli -- report --compare`: the PDF gains the comparison chapter, read back with
// pdftotext, and a comparison file that cannot be read stops the command before anything is written.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { reportCommand } from '@/cli/commands/report'
import { fixtureAssessmentInput, fixtureQuestionnaireInput } from './fixtures/assessment'
import { flat, pdftotext } from './pdf-tools'

const dir = mkdtempSync(join(tmpdir(), 'report-compare-'))
const questionnaireFile = join(dir, 'questionnaire.json')
const ownFile = join(dir, 'state.json')
const shadowFile = join(dir, 'shadow.json')
writeFileSync(questionnaireFile, JSON.stringify(fixtureQuestionnaireInput))
writeFileSync(ownFile, JSON.stringify(fixtureAssessmentInput))
writeFileSync(
  shadowFile,
  JSON.stringify({
    ...fixtureAssessmentInput,
    id: 'fixture-shadow',
    meta: { ...fixtureAssessmentInput.meta, respondent: 'shadow', organisation: 'Examplia Watch' },
    answers: { ...fixtureAssessmentInput.answers, '7.1-S1': { value: 'no', evidence: [] } },
  }),
)

function quiet() {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  return {
    stderr: () => err.mock.calls.map((c) => String(c[0])).join(''),
    restore: () => {
      out.mockRestore()
      err.mockRestore()
    },
  }
}

describe('report --compare', () => {
  it('adds the comparison chapter with the divergent question to the PDF', async () => {
    const output = join(dir, 'compared.pdf')
    const io = quiet()
    const code = await reportCommand.run([
      ownFile,
      '-o',
      output,
      '--questionnaire',
      questionnaireFile,
      '--compare',
      shadowFile,
      '--no-annex',
      '--date',
      '2025-04-02',
    ])
    io.restore()
    expect(code).toBe(0)
    const text = flat(pdftotext(output))
    const heading =
      'VI. Comparison with the NGO shadow assessment by Examplia Watch, 2023-01-01 to 2024-12-31'
    // Once in the table of contents, once as the chapter heading.
    expect(text.split(heading).length - 1).toBe(2)
    const chapter = text.slice(text.lastIndexOf(heading))
    expect(chapter).toContain('Divergent questions')
    expect(chapter).toMatch(/7\.1-S1 100 0 Scores 100 points apart/)
    expect(chapter).toContain('Scores by unit of assessment, side by side')
  }, 30_000)

  it('stops with a message when the comparison file cannot be read', async () => {
    const output = join(dir, 'never.pdf')
    const io = quiet()
    const code = await reportCommand.run([
      ownFile,
      '-o',
      output,
      '--questionnaire',
      questionnaireFile,
      '--compare',
      join(dir, 'missing.json'),
    ])
    const stderr = io.stderr()
    io.restore()
    expect(code).toBe(1)
    expect(stderr).toContain('missing.json')
    expect(existsSync(output)).toBe(false)
  })
})
