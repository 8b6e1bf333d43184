// Builds the JSON Schema of the questionnaire format from the zod schema, so editors can complete
// and check questionnaire files. scripts/generate-schema.ts writes it to
// questionnaires/questionnaire.schema.json and a unit test fails when the committed file is stale.
import { z } from 'zod'
import { QUESTIONNAIRE_FORMAT_VERSION, Questionnaire } from './schema'

export const QUESTIONNAIRE_SCHEMA_PATH = 'questionnaires/questionnaire.schema.json'

/** The JSON Schema text exactly as committed (two-space indentation, final newline). */
export function questionnaireJsonSchemaText(): string {
  // "input" describes what authors write: fields with defaults (weight, critical) are optional.
  const generated = z.toJSONSchema(Questionnaire, { io: 'input' })
  const { $schema, ...rest } = generated
  const schema = {
    $schema,
    $id: `urn:international-solidarity-assessment:questionnaire-format:${QUESTIONNAIRE_FORMAT_VERSION}`,
    title: 'International Solidarity Assessment questionnaire',
    description:
      'A questionnaire for assessing policy against the duties of Articles 7–9 of the draft declaration ' +
      'on the right to international solidarity (A/HRC/35/35, annex). Generated from ' +
      'src/domain/questionnaire/schema.ts by `npm run schema`; the validator (`npm run cli -- validate ' +
      '<file>`) adds checks this schema cannot express: unique ids, every declared language present, ' +
      'number settings consistent, a structural and a process question in every unit.',
    ...rest,
  }
  return `${JSON.stringify(schema, null, 2)}\n`
}
