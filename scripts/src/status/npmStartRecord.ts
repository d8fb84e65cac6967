import path from 'node:path'
import { isProcessRunning } from '../process/isProcessRunning'
import { readStoredJson } from '../site/storedJson'

export type ChildRecord = {
  pid: number | null
  state: 'starting' | 'running' | 'restarting' | 'stopped' | 'gave-up'
  restarts: number
  since: string
  lastExit?: { code: number | null; signal: string | null; at: string }
}

/** What `npm start`'s supervisor writes to `$DATA_DIR/run/processes.json` whenever a child changes. */
export type ProcessesRecord = { pid: number; startedAt: string; mode: 'production' | 'dev'; children: Record<string, ChildRecord> }

export type NpmStart =
  | { state: 'no-record' }
  /** The file outlived the `npm start` that wrote it (killed, or the machine restarted). */
  | { state: 'ended'; record: ProcessesRecord }
  | { state: 'running'; record: ProcessesRecord }


/** Whether `npm start` runs, by the file its supervisor keeps and whether its pid is still alive. */
export async function readNpmStart(dataDir: string): Promise<NpmStart> {
  const record = (await readStoredJson(path.join(dataDir, 'run', 'processes.json'))) as ProcessesRecord | undefined
  if (!record || typeof record.pid !== 'number' || typeof record.children !== 'object') return { state: 'no-record' }
  return { state: isProcessRunning(record.pid) ? 'running' : 'ended', record }
}
