// The merge screen's file steps apart from React: which chosen files are encrypted, opening them
// each with its own passphrase (right, wrong, altered, too large), and parsing the opened text in
// the order the files were chosen.
import { beforeAll, describe, expect, it } from 'vitest'
import { ENCRYPTED_TOO_LARGE, encryptFile, MAX_ENCRYPTED_BYTES } from '@/domain/files'
import {
  parseChosenFiles,
  readChosenFiles,
  unlockFiles,
  type ChosenFile,
} from '@/features/merge/merge-model'
import { ans, fixtureQuestionnaire, makeAssessment } from '../fixtures/scoring/factory'

const q = fixtureQuestionnaire()
const plain = makeAssessment({ '7.1-S1': ans({ value: 'yes' }) }, {}, { id: 'plain' })
const secret = makeAssessment({ '7.2-P1': ans({ value: 4 }) }, {}, { id: 'secret' })
const PASSPHRASE = 'river stones at dusk'
const bytes = (text: string) => new TextEncoder().encode(text)
const readable = (name: string, text: string) => ({
  name,
  arrayBuffer: async () => bytes(text).buffer as ArrayBuffer,
})

let encrypted = ''
beforeAll(async () => {
  encrypted = await encryptFile(JSON.stringify(secret), PASSPHRASE)
})

describe('readChosenFiles', () => {
  it('reads every file once and marks the encrypted ones; a file that cannot be read is a problem', async () => {
    const { chosen, problems } = await readChosenFiles([
      readable('a.json', JSON.stringify(plain)),
      readable('c.isa', encrypted),
      {
        name: 'gone.json',
        arrayBuffer: () => Promise.reject(new Error('The file was moved')),
      },
    ])
    expect(chosen.map((f) => [f.fileName, f.encrypted])).toEqual([
      ['a.json', false],
      ['c.isa', true],
    ])
    expect(problems).toEqual([{ fileName: 'gone.json', message: 'The file was moved' }])
  })
})

describe('unlockFiles and parseChosenFiles', () => {
  const chosenOf = (text: string): ChosenFile[] => [
    { fileName: 'a.json', bytes: bytes(JSON.stringify(plain)), encrypted: false },
    { fileName: 'c.isa', bytes: bytes(text), encrypted: true },
  ]

  it('opens a file with its passphrase and parses it in the order chosen', async () => {
    const chosen = chosenOf(encrypted)
    const results = await unlockFiles(chosen, new Map([[1, PASSPHRASE]]))
    expect([...results.keys()]).toEqual([1])
    const opened = results.get(1)
    if (!opened?.ok) throw new Error('the right passphrase did not open the file')
    const { sources, problems } = parseChosenFiles(chosen, { 1: opened.plaintext }, q)
    expect(problems).toEqual([])
    expect(sources.map((s) => [s.fileName, s.assessment.id])).toEqual([
      ['a.json', 'plain'],
      ['c.isa', 'secret'],
    ])
    expect(sources[1]?.assessment.answers).toEqual(secret.answers)
  })

  it('a wrong passphrase and an altered file are both "wrong"; an oversized file says why', async () => {
    const altered = encrypted.replace('"iterations":600000', '"iterations":600001')
    const huge = new Uint8Array(MAX_ENCRYPTED_BYTES + 1).fill(0x41)
    huge.set(bytes(encrypted.slice(0, 80)))
    const chosen: ChosenFile[] = [
      { fileName: 'c.isa', bytes: bytes(encrypted), encrypted: true },
      { fileName: 'altered.isa', bytes: bytes(altered), encrypted: true },
      { fileName: 'huge.isa', bytes: huge, encrypted: true },
    ]
    const results = await unlockFiles(
      chosen,
      new Map([
        [0, 'river stones at dawn'],
        [1, PASSPHRASE],
        [2, PASSPHRASE],
      ]),
    )
    expect(results.get(0)).toEqual({ ok: false, reason: 'wrong' })
    expect(results.get(1)).toEqual({ ok: false, reason: 'wrong' })
    expect(results.get(2)).toEqual({
      ok: false,
      reason: 'unreadable',
      message: ENCRYPTED_TOO_LARGE,
    })
  })

  it('an encrypted file that was not opened is a problem, named by its file', () => {
    const { sources, problems } = parseChosenFiles(chosenOf(encrypted), {}, q)
    expect(sources.map((s) => s.fileName)).toEqual(['a.json'])
    expect(problems.map((p) => p.fileName)).toEqual(['c.isa'])
  })
})
