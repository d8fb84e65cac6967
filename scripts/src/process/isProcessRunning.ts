import { readFileSync } from 'node:fs'

/**
 * Whether a process with this id runs: it exists (EPERM: under another user, as PostgreSQL does) and
 * is not a zombie (in a container nobody may reap a killed orphan, which still answers signal 0).
 */
export function isProcessRunning(pid: number | null | undefined): boolean {
  if (!pid) return false
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'
  } catch {
    // No /proc (not Linux): signal 0 is all there is to go by.
    return true
  }
}
