// Custom questionnaires kept on the device: re-validated at every start, registered so the
// screens of assessments that use them find them, and the ones that no longer pass kept and
// reported with their problems instead of being dropped or used.
import { readFileSync } from 'node:fs'
import { beforeEach, expect, test } from 'vitest'
import { createMemoryBackend } from '@/lib/storage'
import { customQuestionnaires, resetQuestionnaireSource } from '@/lib/questionnaire-source'
import {
  createCustomQuestionnaireStore,
  storedQuestionnaireKey,
} from '@/lib/storage/questionnaires'
import { validateQuestionnaire, type Questionnaire } from '@/domain/questionnaire'
import { assessmentsUsing, checkQuestionnaireFile } from '@/features/questionnaires/check-file'
import { makeAssessment } from '../../component/fixtures/assessment'

const RAW: unknown = JSON.parse(
  readFileSync('questionnaires/examples/minimal-questionnaire.json', 'utf8'),
)
const record = (questionnaire: unknown) => ({
  savedAt: '2025-03-01T10:00:00.000Z',
  fileName: 'q.json',
  questionnaire,
})

function minimal(version = '0.1.0'): Questionnaire {
  const result = validateQuestionnaire({ ...(RAW as object), version })
  if (!result.ok) throw new Error('the minimal example does not validate')
  return result.questionnaire
}

beforeEach(() => resetQuestionnaireSource())

test('stored questionnaires are validated again on load: valid ones registered, broken ones reported', async () => {
  const broken = structuredClone(RAW) as {
    articles: { units: { questions: { id: string }[] }[] }[]
  }
  const qs = broken.articles[0]?.units[0]?.questions ?? []
  if (qs[2] && qs[1]) qs[2].id = qs[1].id
  const backend = createMemoryBackend({
    [storedQuestionnaireKey('minimal-example', '0.1.0')]: record(RAW),
    [storedQuestionnaireKey('minimal-example', '0.2.0')]: record({ ...broken, version: '0.2.0' }),
    'isa:assessment:x': { unrelated: true },
  })
  const store = createCustomQuestionnaireStore(backend)
  await store.load()
  const state = store.getState()
  if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`)
  expect(state.entries.map((e) => `${e.questionnaire.id}@${e.questionnaire.version}`)).toEqual([
    'minimal-example@0.1.0',
  ])
  expect(state.unreadable).toHaveLength(1)
  expect(state.unreadable[0]?.key).toBe('isa:questionnaire:minimal-example@0.2.0')
  expect(state.unreadable[0]?.problems.map((p) => p.path)).toEqual([
    'articles[0].units[0].questions[2].id',
  ])
  expect(customQuestionnaires().map((q) => q.version)).toEqual(['0.1.0'])
  // Nothing was deleted: the broken file is kept until the user removes it.
  expect(Object.keys(backend.dump())).toHaveLength(3)
})

test('a record kept under another id or version than its content is not used', async () => {
  const backend = createMemoryBackend({ [storedQuestionnaireKey('other', '1.0.0')]: record(RAW) })
  const store = createCustomQuestionnaireStore(backend)
  await store.load()
  const state = store.getState()
  expect(state.status === 'ready' && state.unreadable.map((u) => u.key)).toEqual([
    'isa:questionnaire:other@1.0.0',
  ])
  expect(customQuestionnaires()).toEqual([])
})

test('save writes under id@version and registers; removeKey deletes and unregisters', async () => {
  const backend = createMemoryBackend()
  const store = createCustomQuestionnaireStore(backend)
  await store.load()
  await store.save(minimal(), 'mine.json', new Date('2025-04-02T08:00:00.000Z'))
  expect(backend.dump()).toEqual({
    'isa:questionnaire:minimal-example@0.1.0': {
      savedAt: '2025-04-02T08:00:00.000Z',
      fileName: 'mine.json',
      questionnaire: minimal(),
    },
  })
  expect(customQuestionnaires()).toHaveLength(1)
  await store.removeKey(storedQuestionnaireKey('minimal-example', '0.1.0'))
  expect(backend.dump()).toEqual({})
  expect(customQuestionnaires()).toEqual([])
})

test('file check: size before reading, JSON, validation, built-in clash, replace', async () => {
  const file = (text: string, size = text.length) => ({ size, text: () => Promise.resolve(text) })
  const context = { builtIn: undefined, custom: [] }
  let read = false
  const huge = { size: 6 * 1024 * 1024, text: () => ((read = true), Promise.resolve('{}')) }
  expect(await checkQuestionnaireFile(huge, context)).toEqual({ kind: 'too-large' })
  expect(read).toBe(false)
  expect(await checkQuestionnaireFile(file('not json'), context)).toEqual({ kind: 'not-json' })
  const invalid = await checkQuestionnaireFile(file('{"id": "x"}'), context)
  expect(invalid.kind).toBe('invalid')
  // A byte-order mark from a Windows editor is not a reason to refuse the file.
  const text = `\uFEFF${JSON.stringify(RAW)}`
  expect((await checkQuestionnaireFile(file(text), context)).kind).toBe('new')
  expect((await checkQuestionnaireFile(file(text), { builtIn: minimal(), custom: [] })).kind).toBe(
    'built-in',
  )
  expect(
    (await checkQuestionnaireFile(file(text), { builtIn: minimal('9.0.0'), custom: [] })).kind,
  ).toBe('new')
  const entry = { questionnaire: minimal(), savedAt: '', fileName: 'old.json' }
  const replace = await checkQuestionnaireFile(file(text), { builtIn: undefined, custom: [entry] })
  expect(replace.kind === 'replace' && replace.previous).toBe(entry)
})

test('an assessment needs its exact version, or any version when no other version of the id remains', () => {
  const v1 = makeAssessment({ id: 'a', questionnaire: { id: 'minimal-example', version: '0.1.0' } })
  const v2 = makeAssessment({ id: 'b', questionnaire: { id: 'minimal-example', version: '0.2.0' } })
  const other = makeAssessment({ id: 'c', questionnaire: { id: 'fixture', version: '0.1.0' } })
  const target = { id: 'minimal-example', version: '0.1.0' }
  expect(
    assessmentsUsing(target, [v1, v2, other], [{ id: 'minimal-example', version: '0.2.0' }]).map(
      (a) => a.id,
    ),
  ).toEqual(['a'])
  expect(assessmentsUsing(target, [v1, v2, other], []).map((a) => a.id)).toEqual(['a', 'b'])
  expect(
    assessmentsUsing(target, [v2, other], [{ id: 'minimal-example', version: '0.2.0' }]),
  ).toEqual([])
})
