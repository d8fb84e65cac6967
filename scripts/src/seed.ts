import { closePayload } from '@reform/cms/closePayload'
import { runMigrations } from '@reform/cms/runMigrations'
import { loadPayload } from './cms/loadPayload'
import { payloadSecret, readStartConfig } from './config'
import { openDatabase } from './database/openDatabase'
import { hasContent, seedSampleContent } from './seed/seedSampleContent'

/**
 * `npm run seed`: brings the schema up to date with the committed migrations, then fills an empty
 * database with the sample content. Safe to run again: a database with content is left alone.
 */
const config = readStartConfig()
const database = await openDatabase(config, () => {})
process.env.DATABASE_URL = database.url
process.env.PAYLOAD_SECRET = payloadSecret(config.dataDir)
process.env.CMS_PUBLIC_URL ??= config.cmsPublicUrl
process.env.SITE_URL ??= config.siteUrl
process.env.MEDIA_DIR ??= config.mediaDir
// A one-off script: scheduled jobs are the running CMS's business.
process.env.JOBS_AUTORUN = 'false'
try {
  const payload = await loadPayload()
  await runMigrations(payload)
  if (await hasContent(payload)) {
    console.log('seed: the database already has content; nothing seeded.')
  } else {
    const summary = await seedSampleContent(payload)
    console.log(`seed: created ${Object.entries(summary).map(([what, count]) => `${count} ${what}`).join(', ')}.`)
  }
  await closePayload(payload)
} finally {
  await database.stop()
}
process.exit(0)
