import { isProcessRunning } from '../process/isProcessRunning'
import { processesFilePath, type ProcessesRecord } from '../process/processesFile'
import { readStoredJson } from '@reform/site/storedJson'

export type { ChildRecord, ProcessesRecord } from '../process/processesFile'

export type NpmStart =
  | { state: 'no-record' }
  /** The file outlived the `npm start` that wrote it (killed, or the machine restarted). */
  | { state: 'ended'; record: ProcessesRecord }
  | { state: 'running'; record: ProcessesRecord }

/** Whether `npm start` runs, by the file its supervisor keeps and whether its pid is still alive. */
export async function readNpmStart(dataDir: string): Promise<NpmStart> {
  const record = (await readStoredJson(processesFilePath(dataDir))) as ProcessesRecord | undefined
  if (!record || typeof record.pid !== 'number' || typeof record.children !== 'object') return { state: 'no-record' }
  return { state: isProcessRunning(record.pid) ? 'running' : 'ended', record }
}
