import { readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { isProcessRunning } from '../process/isProcessRunning'

export type RunningPostgres = { pid: number; port: number }

/**
 * The PostgreSQL serving `dataDir` right now (npm start's, or another script's), if any: its lock
 * file postmaster.pid names the server's process and port (lines 1 and 4). A file left by a crash
 * names a dead process or a closed port, so both are checked.
 */
export async function runningEmbeddedPostgres(dataDir: string): Promise<RunningPostgres | undefined> {
  let lines: string[]
  try {
    lines = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isProcessRunning(pid)) return undefined
  return (await portAcceptsConnections(port)) ? { pid, port } : undefined
}

/** Whether something listens on 127.0.0.1:`port`. */
export function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', timeout: 1000 })
    const done = (open: boolean) => {
      socket.destroy()
      resolve(open)
    }
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
    socket.once('timeout', () => done(false))
  })
}
