import { closePayload } from '@reform/cms/closePayload'
import { runMigrations } from '@reform/cms/runMigrations'
import { loadPayload } from './cms/loadPayload'
import { readStartConfig } from './config'
import { setScriptEnvironment } from './cms/scriptEnvironment'
import { corpusCounts, describeCounts } from './corpus/corpusCounts'
import { readCorpusOptions } from './corpus/corpusOptions'
import { generateCorpus } from './corpus/generateCorpus'
import { openDatabase } from './database/openDatabase'

/**
 * `npm run corpus [-- --scale 0.1 --lanes 4]`: migrates, then fills an empty database with the
 * large generated corpus for benchmarks (`--scale` above 0 and up to 4, four times the full corpus's content).
 * A database that holds any content is left untouched.
 */
async function main(): Promise<number> {
  const options = readCorpusOptions(process.argv.slice(2))
  const config = readStartConfig()
  const database = await openDatabase(config, () => {})
  setScriptEnvironment(config, database.url)
  const where = database.embedded ? `the embedded database in ${config.postgresDir}` : 'the database at DATABASE_URL'
  try {
    const payload = await loadPayload()
    try {
      await runMigrations(payload)
      const existing = describeCounts(await corpusCounts(payload))
      if (existing) {
        console.error(
          `corpus: ${where} already holds content (${existing}), so nothing was written: the corpus only goes into an empty database.\n` +
            'Point DATA_DIR (or DATABASE_URL) at an empty one, e.g. DATA_DIR=/tmp/corpus-data EMBEDDED_DB_PORT=55432 npm run corpus. ' +
            'If an earlier corpus run was interrupted, that folder holds part of a corpus: remove it and run again.',
        )
        return 1
      }
      try {
        await generateCorpus(payload, options, console.log)
      } catch (error) {
        // The whole error: Payload's validation errors carry the failing fields in `data`.
        console.error(error)
        throw new Error(`the corpus failed half-way; ${where} may now hold part of one.`, { cause: error })
      }
      if (database.embedded) console.log(`Reuse it (stopped now): DATA_DIR=${config.dataDir} EMBEDDED_DB_PORT=${config.embeddedDbPort} npm start`)
      return 0
    } finally {
      await closePayload(payload)
    }
  } finally {
    await database.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm run corpus stopped: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
