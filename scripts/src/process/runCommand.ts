import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

/** Runs a command to its end, its output prefixed with `[name]`; rejects unless it exits with 0. */
export async function runCommand(
  name: string,
  command: string,
  args: string[],
  { cwd, env }: { cwd: string; env: NodeJS.ProcessEnv },
  log: (line: string) => void = console.log,
): Promise<void> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (line) => log(`[${name}] ${line}`))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (exitCode) => resolve(exitCode))
  })
  if (code !== 0) throw new Error(`${name} failed (exit code ${code}); see its [${name}] lines above.`)
}
