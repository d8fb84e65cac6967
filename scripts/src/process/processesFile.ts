import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ServiceStatus } from './supervisor'

export type ChildRecord = {
  pid: number | null
  state: ServiceStatus['state']
  restarts: number
  since: string
  lastExit?: { code: number | null; signal: string | null; at: string }
}

/** What `npm start`'s supervisor writes to `$DATA_DIR/run/processes.json` whenever a child changes. */
export type ProcessesRecord = { pid: number; startedAt: string; mode: 'production' | 'dev'; children: Record<string, ChildRecord> }

/** Where `npm start` says what it runs, for `npm run status`. */
export function processesFilePath(dataDir: string): string {
  return path.join(dataDir, 'run', 'processes.json')
}

/** Writes the file whole under another name first, so a reader never sees half of it. */
export function writeProcessesFile(dataDir: string, mode: ProcessesRecord['mode'], startedAt: Date, statuses: Record<string, ServiceStatus>): void {
  const file = processesFilePath(dataDir)
  mkdirSync(path.dirname(file), { recursive: true })
  const children: Record<string, ChildRecord> = Object.fromEntries(
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
  const record: ProcessesRecord = { pid: process.pid, startedAt: startedAt.toISOString(), mode, children }
  writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`)
  renameSync(`${file}.tmp`, file)
}
