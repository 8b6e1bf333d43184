// The import pipeline's answers to particular files, the size limit checked before parsing, and
// the preview/apply contract: what is applied is exactly what was previewed.
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Assessment } from '@/domain/assessment/schema'
import { encryptFile } from '@/domain/files/crypto'
import { serializeFile } from '@/domain/files/envelope'
import {
  MAX_DEPTH,
  MAX_FILE_BYTES,
  applyImport,
  parseAssessmentFile,
  previewImport,
  type ImportPreview,
} from '@/domain/files/import'
import { assessment as assessmentArb } from './arbitraries'
import { expectOneSentence, readFixture } from './helpers'
import { testQuestionnaire } from './questionnaire'

const SEED = 20_260_227

function sample(): Assessment[] {
  const result = parseAssessmentFile(readFixture('v2.json'))
  if (!result.ok) throw new Error(result.message)
  return result.assessments
}

function first(): Assessment {
  const a = sample()[0]
  if (!a) throw new Error('sample is empty')
  return a
}

function rejection(
  input: string | Uint8Array,
  options?: Parameters<typeof parseAssessmentFile>[1],
) {
  const result = parseAssessmentFile(input, options)
  if (result.ok) throw new Error('expected a rejection')
  expect(result.code).not.toBe('unexpected')
  expectOneSentence(result.message)
  return result
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('size limit, checked before parsing', () => {
  it('refuses text over 20 MB without calling JSON.parse', () => {
    const parse = vi.spyOn(JSON, 'parse')
    const big = `{"format":"international-solidarity-assessment-file","pad":"${'x'.repeat(MAX_FILE_BYTES)}"}`
    const result = rejection(big)
    expect(result.code).toBe('too-large')
    expect(result.message).toBe(
      'This file is larger than 20 MB, so it was not opened; check that you chose an assessment file exported from the app.',
    )
    expect(parse).not.toHaveBeenCalled()
  })

  it('refuses bytes over the limit without decoding or parsing them', () => {
    const parse = vi.spyOn(JSON, 'parse')
    const decode = vi.spyOn(TextDecoder.prototype, 'decode')
    const result = rejection(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20))
    expect(result.code).toBe('too-large')
    expect(parse).not.toHaveBeenCalled()
    expect(decode).not.toHaveBeenCalled()
  })

  it('counts UTF-8 bytes, not characters, so multi-byte text cannot slip past the limit', () => {
    const parse = vi.spyOn(JSON, 'parse')
    // 400 characters of Arabic are 800 bytes of UTF-8.
    const text = JSON.stringify({ note: 'م'.repeat(400) })
    expect(rejection(text, { maxBytes: 500 }).code).toBe('too-large')
    expect(parse).not.toHaveBeenCalled()
    expect(parseAssessmentFile(text, { maxBytes: 900 })).toMatchObject({
      code: 'not-assessment-file',
    })
  })

  it('accepts a file exactly at the limit', () => {
    const text = serializeFile([first()], '2026-01-01T00:00:00.000Z')
    const bytes = new TextEncoder().encode(text).length
    expect(parseAssessmentFile(text, { maxBytes: bytes }).ok).toBe(true)
    expect(parseAssessmentFile(text, { maxBytes: bytes - 1 }).ok).toBe(false)
  })
})

describe('rejections, each one sentence that says what to do', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['blank lines', ' \n\t\n', 'empty'],
    ['plain text', 'Minutes of the meeting', 'not-json'],
    ['a truncated file', readFixture('v2.json').slice(0, 500), 'not-json'],
    ['a JSON array', '[1,2,3]', 'not-assessment-file'],
    ['a JSON string', '"hello"', 'not-assessment-file'],
    [
      'another app’s JSON',
      '{"type":"excalidraw","version":2,"elements":[]}',
      'not-assessment-file',
    ],
    ['a questionnaire file', JSON.stringify(testQuestionnaire), 'not-assessment-file'],
    [
      'an overflowing number',
      '{"format":"international-solidarity-assessment-file","version":1e400}',
      'unsafe',
    ],
    ['a __proto__ key', '{"a":{"b":{"__proto__":{"polluted":true}}}}', 'unsafe'],
    ['a constructor key', '{"constructor":{"prototype":{"polluted":true}}}', 'unsafe'],
    ['deep nesting', `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`, 'unsafe'],
    ['very deep nesting', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, 'unsafe'],
    [
      'an envelope without assessments',
      '{"format":"international-solidarity-assessment-file","version":2}',
      'damaged-envelope',
    ],
    [
      'an empty library',
      '{"format":"international-solidarity-assessment-file","version":2,"exportedAt":"x","app":{"name":"a","version":"1"},"assessments":[]}',
      'no-assessments',
    ],
  ])('%s', (_label, text, code) => {
    expect(rejection(text).code).toBe(code)
  })

  it('tells a questionnaire file apart from an assessment file', () => {
    expect(rejection(JSON.stringify(testQuestionnaire)).message).toBe(
      'This is a questionnaire file, not an assessment file; load it as a questionnaire instead.',
    )
  })

  it('refuses bytes that are not UTF-8', () => {
    expect(rejection(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])).code).toBe('not-text')
  })

  it('reads UTF-8 bytes with or without a byte-order mark', () => {
    const text = serializeFile([first()], '2026-01-01T00:00:00.000Z')
    const bytes = new TextEncoder().encode(`\uFEFF${text}`)
    expect(parseAssessmentFile(bytes)).toMatchObject({ ok: true })
    expect(parseAssessmentFile(`\uFEFF${text}`)).toMatchObject({ ok: true })
  })

  it('names the assessment and the place of the problem', () => {
    const [a, b] = sample()
    const broken = { ...b, meta: { ...b?.meta, period: { from: '2024-12-31', to: '2024-01-01' } } }
    const text = JSON.stringify({ ...JSON.parse(readFixture('v2.json')), assessments: [a, broken] })
    const result = rejection(text)
    expect(result.code).toBe('invalid-assessment')
    expect(result.message).toBe(
      'Assessment 2 of 2 (“Morocco”) is not valid (at meta.period.to: the end of the period must not be before its start); correct it or export it again from the app or choose another file.',
    )
  })

  it('recognises an encrypted file and asks for its passphrase', async () => {
    const encrypted = await encryptFile(readFixture('v2.json'), 'pass phrase', { iterations: 1 })
    const result = rejection(encrypted)
    expect(result.code).toBe('encrypted')
    expect(result.message).toBe('This file is encrypted; open it with its passphrase.')
  })

  it('turns even a failure inside the app into a sentence instead of a crash', () => {
    const broken = [testQuestionnaire]
    broken.find = () => {
      throw new Error('boom')
    }
    const result = parseAssessmentFile(readFixture('v2.json'), { questionnaires: broken })
    expect(result).toMatchObject({ ok: false, code: 'unexpected' })
    if (!result.ok) expectOneSentence(result.message)
  })

  it('keeps messages on one line and short whatever the file holds', () => {
    const a = first()
    const name = `Line one.\nLine two. ${'Very long '.repeat(1000)}`
    const broken = { ...a, meta: { ...a.meta, state: name, respondent: 'robot' } }
    const result = rejection(JSON.stringify(broken))
    expect(result.message.length).toBeLessThan(400)
  })
})

describe('checks against the questionnaire', () => {
  const options = { questionnaires: [testQuestionnaire] }
  const withAnswer = (answer: object) => {
    const a = first()
    return JSON.stringify({ ...a, answers: { ...a.answers, '7.4-P1': answer } })
  }

  it('accepts the samples', () => {
    expect(parseAssessmentFile(readFixture('v2.json'), options)).toMatchObject({ ok: true })
  })

  it.each([
    ['a maturity level of 1e308', { value: 1e308 }],
    ['a maturity level of 2.5', { value: 2.5 }],
    ['a yes/no answer to a maturity question', { value: 'yes' }],
  ])('refuses %s', (_label, answer) => {
    const result = rejection(withAnswer({ evidence: [], ...answer }), options)
    expect(result.code).toBe('invalid-assessment')
    expect(result.message).toContain('answers["7.4-P1"].value')
  })

  it('refuses answers to questions the questionnaire does not have', () => {
    const a = first()
    const text = JSON.stringify({
      ...a,
      answers: { ...a.answers, '99.9-X': { value: 'yes', evidence: [] } },
    })
    expect(rejection(text, options).message).toContain('no such question')
  })

  it('refuses an assessment whose questionnaire is not loaded', () => {
    const a = first()
    const text = JSON.stringify({
      ...a,
      questionnaire: { id: 'other-questionnaire', version: '1.0.0' },
    })
    expect(rejection(text, options).message).toBe(
      'The assessment (“Norway”) answers the questionnaire “other-questionnaire”, which is not loaded in the app; load that questionnaire first.',
    )
  })
})

describe('a bare assessment (not in an envelope)', () => {
  it('is accepted as a convenience', () => {
    const a = first()
    const result = parseAssessmentFile(JSON.stringify(a))
    expect(result).toMatchObject({ ok: true, kind: 'assessment', assessments: [a] })
  })
})

describe('previewImport and applyImport', () => {
  const [norway, morocco, kenya] = sample()
  if (!norway || !morocco || !kenya) throw new Error('sample needs three assessments')
  const edited = (a: Assessment, updatedAt: string): Assessment => ({
    ...a,
    name: `${a.name ?? ''} (edited)`,
    updatedAt,
  })

  it('marks each assessment new, replaces or skipped, with reasons', () => {
    const library = [norway, edited(morocco, '2030-01-01T00:00:00.000Z')]
    const newerInFile = edited(norway, '2031-01-01T00:00:00.000Z')
    const preview = previewImport(library, [newerInFile, morocco, kenya, kenya])
    expect(preview.items.map((i) => [i.id, i.state, i.action])).toEqual([
      [norway.id, 'Norway', 'replaces'],
      [morocco.id, 'Morocco', 'skipped'],
      [kenya.id, 'Kenya', 'new'],
      [kenya.id, 'Kenya', 'skipped'],
    ])
    expect(preview.items[1]?.reason).toBe(
      'your library holds a more recent version (changed 2030-01-01T00:00:00.000Z)',
    )
    expect(preview.items[3]?.reason).toBe(
      'the file holds this assessment more than once and only its first copy is used',
    )
    expect(preview.items[0]?.previous).toBe(norway)
  })

  it('skips an assessment the library already holds unchanged', () => {
    const preview = previewImport([norway], [norway])
    expect(preview.items).toMatchObject([
      { action: 'skipped', reason: 'your library already holds this exact version' },
    ])
  })

  it('replaces a more recent library copy only when asked to', () => {
    const library = [edited(norway, '2030-01-01T00:00:00.000Z')]
    expect(previewImport(library, [norway]).items[0]?.action).toBe('skipped')
    expect(previewImport(library, [norway], { replaceNewer: true }).items[0]?.action).toBe(
      'replaces',
    )
  })

  it('applies exactly the preview and hands back what it replaced', () => {
    const library = [norway, morocco]
    const newer = edited(norway, '2031-01-01T00:00:00.000Z')
    const result = applyImport(library, previewImport(library, [kenya, newer]))
    expect(result).toEqual({
      ok: true,
      library: [newer, morocco, kenya],
      added: [kenya],
      replaced: [norway],
    })
    expect(library).toEqual([norway, morocco])
  })

  it('hands back replaced copies intact, so the undo snapshot restores them exactly (reliability 9)', () => {
    const library = [norway, morocco, kenya]
    const before = serializeFile(library, 'x')
    const incoming = [
      edited(norway, '2031-01-01T00:00:00.000Z'),
      edited(kenya, '2031-01-01T00:00:00.000Z'),
    ]
    const applied = applyImport(library, previewImport(library, incoming))
    if (!applied.ok) throw new Error(applied.message)
    expect(applied.replaced).toEqual([norway, kenya])
    // Undo: put the snapshot back over the newer copies.
    const undo = applyImport(
      applied.library,
      previewImport(applied.library, applied.replaced, { replaceNewer: true }),
    )
    if (!undo.ok) throw new Error(undo.message)
    expect(serializeFile(undo.library, 'x')).toBe(before)
  })

  it('refuses a preview made against a library that has changed since', () => {
    const preview = previewImport([norway], [kenya, edited(norway, '2031-01-01T00:00:00.000Z')])
    const changed = [edited(norway, '2030-06-01T00:00:00.000Z')]
    const result = applyImport(changed, preview)
    expect(result).toEqual({
      ok: false,
      message:
        'Your library changed since this import was previewed; review the import again before applying it.',
    })
    expect(applyImport([norway, kenya], preview).ok).toBe(false)
  })

  it('for any library and file, the library after applying matches the preview item by item', () => {
    const pool = fc.uniqueArray(assessmentArb, {
      minLength: 1,
      maxLength: 6,
      selector: (a) => a.id,
    })
    fc.assert(
      fc.property(
        pool,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.integer({ min: -1, max: 1 })), {
          maxLength: 8,
        }),
        (assessments, libraryPicks, filePicks) => {
          const pick = (n: number) => assessments[n % assessments.length] as Assessment
          const library = [...new Map(libraryPicks.map((n) => [pick(n).id, pick(n)])).values()]
          const imported = filePicks.map(([n, edit, shift]) => {
            const a = pick(n)
            if (!edit) return a
            const when = new Date(Date.parse(a.updatedAt) + shift * 86_400_000).toISOString()
            return { ...a, name: `edited ${n}`, updatedAt: when }
          })
          const before = JSON.stringify(library)
          const preview: ImportPreview = previewImport(library, imported)
          const result = applyImport(library, preview)
          expect(JSON.stringify(library)).toBe(before)
          if (!result.ok) throw new Error(result.message)
          const applied = preview.items.filter((i) => i.action !== 'skipped')
          expect(result.library).toHaveLength(
            library.length + preview.items.filter((i) => i.action === 'new').length,
          )
          for (const item of preview.items) {
            const now = result.library.find((a) => a.id === item.id)
            if (item.action === 'skipped') {
              if (!applied.some((i) => i.id === item.id))
                expect(now).toBe(library.find((a) => a.id === item.id))
            } else {
              expect(now).toBe(item.assessment)
            }
          }
          library.forEach((a, i) => {
            const item = applied.find((x) => x.id === a.id)
            expect(result.library[i]).toBe(item ? item.assessment : a)
          })
        },
      ),
      { seed: SEED, numRuns: 300 },
    )
  })
})
