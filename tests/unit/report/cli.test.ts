// `npm run cli -- report`: the command wires options through to the builder and writes a PDF.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { reportCommand } from '@/cli/commands/report'
import { fixtureAssessmentInput, fixtureQuestionnaireInput } from './fixtures/assessment'
import { flat, pdfinfo, pdftotext } from './pdf-tools'

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'))
const questionnaireFile = join(dir, 'questionnaire.json')
const assessmentFile = join(dir, 'assessment.json')
writeFileSync(questionnaireFile, JSON.stringify(fixtureQuestionnaireInput))
writeFileSync(assessmentFile, JSON.stringify(fixtureAssessmentInput))

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

describe('report command', () => {
  it('writes an anonymous report without the answers annex', async () => {
    const output = join(dir, 'anonymous.pdf')
    const io = quiet()
    const code = await reportCommand.run([
      assessmentFile,
      '-o',
      output,
      '--questionnaire',
      questionnaireFile,
      '--anonymous',
      '--no-annex',
      '--omit-confidential',
      '--date',
      '2025-04-02',
    ])
    io.restore()
    expect(code).toBe(0)
    const text = flat(pdftotext(output))
    expect(text).toContain('2025-04-02')
    expect(text).not.toContain('Jane Focal-Point')
    expect(text).not.toContain('Questions, answers and evidence')
    expect(text).toContain('Annex II. Data gaps')
    expect(pdfinfo(output).Author ?? '').toBe('')
    expect(readFileSync(output).subarray(0, 5).toString()).toBe('%PDF-')
  }, 30_000)

  it('refuses to run without an output file or with a malformed date', async () => {
    const io = quiet()
    expect(await reportCommand.run([assessmentFile])).toBe(1)
    const output = join(dir, 'never.pdf')
    expect(await reportCommand.run([assessmentFile, '-o', output, '--date', '1 April'])).toBe(1)
    const stderr = io.stderr()
    io.restore()
    expect(stderr).toContain('Usage: npm run cli -- report')
    expect(stderr).toContain('--date must be a date as YYYY-MM-DD')
    expect(existsSync(output)).toBe(false)
  })
})
