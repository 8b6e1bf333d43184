// Command line entry: `npm run cli -- <command> [args]`, run with tsx (Node 20 cannot run .ts
// files itself). Every command uses the same domain code as the app.
import { commands } from '@/cli/commands'

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  const command = name ? commands[name] : undefined
  if (!command) {
    const list = Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`)
      .join('\n')
    const intro =
      name && name !== 'help' && name !== '--help' ? `Unknown command "${name}".\n\n` : ''
    process.stdout.write(
      `${intro}Usage: npm run cli -- <command> [options]\n\nCommands:\n${list}\n`,
    )
    return name && name !== 'help' && name !== '--help' ? 2 : 0
  }
  return command.run(args)
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
