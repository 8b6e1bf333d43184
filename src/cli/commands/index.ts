// The command table. Each command lives in its own file and returns its exit status.
import { validateCommand } from './validate'
import { scoreCommand } from './score'
import { compareCommand } from './compare'
import { mergeCommand } from './merge'
import { reportCommand } from './report'

export interface Command {
  summary: string
  run(args: string[]): Promise<number>
}

export const commands: Record<string, Command> = {
  validate: validateCommand,
  score: scoreCommand,
  compare: compareCommand,
  merge: mergeCommand,
  report: reportCommand,
}
