// `npm run cli -- validate <file>`: checks a questionnaire file with the same validator the app
// uses when a user loads a custom questionnaire, so authors can check their work before sharing it.
import type { Command } from '@/cli/commands'
import { CliError, readJsonFile } from '@/cli/io'
import { allQuestions, formatProblems, validateQuestionnaire } from '@/domain/questionnaire'

function write(stream: NodeJS.WriteStream, text: string): void {
  stream.write(`${text}\n`)
}

export const validateCommand: Command = {
  summary: 'check a questionnaire file and list every problem: validate <file>',
  async run(args) {
    const [file, ...rest] = args
    if (!file || rest.length > 0) {
      write(process.stderr, 'Usage: npm run cli -- validate <questionnaire.json>')
      return 1
    }
    let data: unknown
    try {
      data = await readJsonFile(file)
    } catch (err) {
      if (!(err instanceof CliError)) throw err
      write(process.stderr, err.message)
      return 1
    }
    const result = validateQuestionnaire(data)
    if (!result.ok) {
      write(process.stdout, formatProblems(result.problems))
      const n = result.problems.length
      write(process.stderr, `${file}: ${n} ${n === 1 ? 'problem' : 'problems'} found.`)
      return 1
    }
    const q = result.questionnaire
    const units = q.articles.reduce((sum, a) => sum + a.units.length, 0)
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
    write(
      process.stdout,
      `${file}: valid — ${q.id} ${q.version}, ${count(q.articles.length, 'article')}, ` +
        `${count(units, 'unit')}, ${count(allQuestions(q).length, 'question')}, ` +
        `languages: ${q.languages.join(', ')}.`,
    )
    return 0
  },
}
