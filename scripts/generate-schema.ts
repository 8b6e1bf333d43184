// `npm run schema` writes questionnaires/questionnaire.schema.json from the zod schema;
// `npm run schema -- --check` exits 1 when the committed file differs (for CI).
import { readFile, writeFile } from 'node:fs/promises'
import {
  QUESTIONNAIRE_SCHEMA_PATH,
  questionnaireJsonSchemaText,
} from '@/domain/questionnaire/json-schema'

async function main(args: string[]): Promise<number> {
  const text = questionnaireJsonSchemaText()
  if (args.includes('--check')) {
    const committed = await readFile(QUESTIONNAIRE_SCHEMA_PATH, 'utf8').catch(() => null)
    if (committed === text) {
      process.stdout.write(`${QUESTIONNAIRE_SCHEMA_PATH} is up to date.\n`)
      return 0
    }
    process.stderr.write(
      committed === null
        ? `${QUESTIONNAIRE_SCHEMA_PATH} is missing: run \`npm run schema\`.\n`
        : `${QUESTIONNAIRE_SCHEMA_PATH} differs from the zod schema: run \`npm run schema\` and commit it.\n`,
    )
    return 1
  }
  await writeFile(QUESTIONNAIRE_SCHEMA_PATH, text)
  process.stdout.write(`Wrote ${QUESTIONNAIRE_SCHEMA_PATH}.\n`)
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 1
  },
)
