import path from 'node:path'
import pg from 'pg'
import { closePayload } from '@reform/cms/closePayload'
import { runMigrations } from '@reform/cms/runMigrations'
import { loadPayload } from './cms/loadPayload'
import { setScriptEnvironment } from './cms/scriptEnvironment'
import { readStartConfig } from './config'
import { openDatabase } from './database/openDatabase'
import { readCommandLine } from './import/importOptions'
import { OLD_LINKS_DIR, writeRedirects } from '@reform/builder/oldLinks'
import { runImport } from './import/runImport'

/** One import at a time per database: two runs of one source would make its items twice. */
const IMPORT_LOCK = 2026_0020

/**
 * `npm run import -- <wordpress|feed|documents> <file> [options]`: an old portal's content into the
 * CMS through the Local API (every hook runs), a dry run unless --apply; then the old links'
 * redirects. `npm run import -- redirects` writes only those. Uses the database as `npm run seed`
 * does: DATABASE_URL, or the embedded one (npm start's while it runs).
 */
async function main(): Promise<number> {
  const commandLine = readCommandLine(process.argv.slice(2))
  const config = readStartConfig()
  const database = await openDatabase(config, () => {})
  setScriptEnvironment(config, database.url)
  const lock = new pg.Client({ connectionString: database.url })
  try {
    await lock.connect()
    const { rows } = await lock.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [IMPORT_LOCK])
    if (!rows[0]?.locked) throw new Error('another import is running on this database; wait for it to end.')
    const payload = await loadPayload()
    try {
      await runMigrations(payload)
      let failed = false
      if (commandLine.command === 'import') {
        const summary = await runImport(payload, { ...commandLine, stateDir: path.join(config.dataDir, 'import') })
        failed = summary.failed + summary.error > 0
        if (!commandLine.apply) return failed ? 2 : 0
      }
      const dir = commandLine.redirects ?? path.join(config.releasesDir, OLD_LINKS_DIR)
      const written = await writeRedirects(payload, dir)
      console.log(
        `Old links: ${written.paths} path(s) and ${written.requests} address(es) with a query redirect to their new pages, in ${dir} (nginx maps; the site's next build carries them as redirect pages).`,
      )
      return failed ? 2 : 0
    } finally {
      await closePayload(payload)
    }
  } finally {
    await lock.end().catch(() => {})
    await database.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm run import stopped: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
