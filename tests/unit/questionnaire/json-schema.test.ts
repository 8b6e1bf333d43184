// The committed JSON Schema must match the zod schema it is generated from, or editors would
// accept files the app rejects (and the reverse).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  QUESTIONNAIRE_SCHEMA_PATH,
  questionnaireJsonSchemaText,
} from '@/domain/questionnaire/json-schema'

describe('questionnaire.schema.json', () => {
  it('is what `npm run schema` generates from the zod schema today', () => {
    expect(readFileSync(QUESTIONNAIRE_SCHEMA_PATH, 'utf8')).toBe(questionnaireJsonSchemaText())
  })

  it('describes what authors write: defaulted fields optional, unknown fields refused', () => {
    const schema = JSON.parse(questionnaireJsonSchemaText()) as {
      $id: string
      required: string[]
      additionalProperties: boolean
    }
    expect(schema.$id).toMatch(/questionnaire-format:1$/)
    expect(schema.required).toEqual(['id', 'version', 'title', 'languages', 'articles'])
    expect(schema.additionalProperties).toBe(false)
  })
})
