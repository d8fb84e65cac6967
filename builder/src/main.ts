import { mkdir } from 'node:fs/promises'
import { closePayload } from '@reform/cms/closePayload'
import { payloadSecret } from '@reform/shared/environment'
import { readBuilderConfig } from './config'
import { runSiteBuilder } from './jobLoop'
import { publishSiteWithRenderer } from './publishSite'

/**
 * `npm run builder`: the one process that builds the public site. It takes site-build jobs from
 * the Payload jobs queue in PostgreSQL (queued by every public change), builds each into a fresh
 * release folder and switches `live` to it only when the build and its checks pass.
 */
const config = readBuilderConfig()
if (!config.databaseUrl) {
  console.error('builder: DATABASE_URL is not set (npm start sets it; in production point it at the CMS database).')
  process.exit(1)
}
// What the CMS config reads. Scheduled publishing stays the CMS's job; this process runs only the `site` queue.
process.env.PAYLOAD_SECRET = payloadSecret(config.dataDir)
process.env.CMS_PUBLIC_URL ??= config.cmsPublicUrl
process.env.SITE_URL ??= config.siteUrl
process.env.MEDIA_DIR ??= config.mediaDir
process.env.JOBS_AUTORUN = 'false'

let stopped = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (stopped = true))

await mkdir(config.releasesDir, { recursive: true })
const publishSite = publishSiteWithRenderer({
  cmsUrl: config.cmsUrl,
  siteUrl: config.siteUrl,
  releasesDir: config.releasesDir,
  echo: (line) => console.log(`[site build] ${line}`),
})
// Imported only now: the CMS config reads the environment set above.
const [{ createConfig }, { getPayload }] = await Promise.all([import('@reform/cms/config'), import('payload')])
const payload = await getPayload({ config: createConfig({ publishSite }) })
console.log(`builder: serving site-build jobs; releases in ${config.releasesDir}`)
await runSiteBuilder({ payload, releasesDir: config.releasesDir, stopped: () => stopped, log: (line) => console.log(`builder: ${line}`) })
await publishSite.stop()
await closePayload(payload)
process.exit(0)
