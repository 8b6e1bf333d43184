// `npm run cli -- validate <file>`: checks a questionnaire file with the same validator the app
// uses when a user loads a custom questionnaire, so authors can check their work before sharing it.
import { readFile } from 'node:fs/promises'
import type { Command } from '@/cli/commands'
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
    let raw: string
    try {
      raw = await readFile(file, 'utf8')
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      const why =
        code === 'ENOENT'
          ? 'there is no such file'
          : code === 'EISDIR'
            ? 'it is a folder'
            : 'it cannot be read'
      write(process.stderr, `Cannot read ${file}: ${why}.`)
      return 1
    }
    let data: unknown
    try {
      data = JSON.parse(raw)
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err)
      write(process.stderr, `${file} is not valid JSON (${detail}).`)
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
