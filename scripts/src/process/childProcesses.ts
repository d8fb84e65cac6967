import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

type SpawnOptions = { cwd: string; env: NodeJS.ProcessEnv }

/**
 * The long-running programs `npm start` owns. Each runs in its own process group so that stopping
 * it also stops what it spawned (next dev leaves a next-server child behind otherwise).
 */
export class ChildProcesses {
  private readonly running = new Set<ChildProcess>()

  spawn(name: string, command: string, args: string[], { cwd, env }: SpawnOptions): ChildProcess {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`))
    }
    this.running.add(child)
    child.once('exit', () => this.running.delete(child))
    return child
  }

  /** SIGTERM to every group, SIGKILL to what is still there after `graceMs`. */
  async stopAll(graceMs = 10_000): Promise<void> {
    await Promise.all(
      [...this.running].map(async (child) => {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
        signalGroup(child, 'SIGTERM')
        const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs)
        await exited
        clearTimeout(timer)
        // The leader may exit before its children; make sure the whole group is gone.
        signalGroup(child, 'SIGKILL')
      }),
    )
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

/** Resolves with the exit code; a signal counts as failure. */
export function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)))
}
