import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ServiceStatus } from './supervisor'

/** Where `npm start` says what it runs, for `npm run status`. */
export function processesFilePath(dataDir: string): string {
  return path.join(dataDir, 'run', 'processes.json')
}

/** Writes the file whole under another name first, so a reader never sees half of it. */
export function writeProcessesFile(dataDir: string, mode: string, startedAt: Date, statuses: Record<string, ServiceStatus>): void {
  const file = processesFilePath(dataDir)
  mkdirSync(path.dirname(file), { recursive: true })
  const children = Object.fromEntries(
    Object.entries(statuses).map(([name, status]) => [
      name,
      {
        pid: status.pid,
        state: status.state,
        restarts: status.restarts,
        since: status.since.toISOString(),
        ...(status.lastExit ? { lastExit: { code: status.lastExit.code, signal: status.lastExit.signal, at: status.lastExit.at.toISOString() } } : {}),
      },
    ]),
  )
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ pid: process.pid, startedAt: startedAt.toISOString(), mode, children }, null, 2)}\n`)
  renameSync(`${file}.tmp`, file)
}
