import { closePayload } from '@reform/cms/closePayload'
import { runMigrations } from '@reform/cms/runMigrations'
import { loadPayload } from './cms/loadPayload'
import { readStartConfig } from './config'
import { setScriptEnvironment } from './cms/scriptEnvironment'
import { openDatabase } from './database/openDatabase'
import { hasContent, seedSampleContent } from './seed/seedSampleContent'

/**
 * `npm run seed`: brings the schema up to date with the committed migrations, then fills an empty
 * database with the sample content. Safe to run again: a database with content is left alone.
 */
const config = readStartConfig()
const database = await openDatabase(config, () => {})
setScriptEnvironment(config, database.url)
try {
  const payload = await loadPayload()
  await runMigrations(payload)
  if (await hasContent(payload)) {
    console.log('seed: the database already has content; nothing seeded.')
  } else {
    const summary = await seedSampleContent(payload)
    console.log(
      `seed: created ${Object.entries(summary)
        .map(([what, count]) => `${count} ${what}`)
        .join(', ')}.`,
    )
  }
  await closePayload(payload)
} finally {
  await database.stop()
}
process.exit(0)
