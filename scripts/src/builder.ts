import { mkdir } from 'node:fs/promises'
import { closePayload } from '@reform/cms/closePayload'
import { localUrl } from '@reform/shared'
import { loadPayload } from './cms/loadPayload'
import { payloadSecret, readStartConfig } from './config'
import { publishSiteWithAstro } from './site/builder/publishSite'
import { runSiteBuilder } from './site/builder/siteBuilder'

/**
 * `npm run builder`: the one process that builds the public site. It takes site-build jobs from
 * the Payload jobs queue in PostgreSQL (queued by every public change), builds each into a fresh
 * release folder and switches `live` to it only when the build and its checks pass.
 */
const config = readStartConfig()
if (!process.env.DATABASE_URL) {
  console.error('builder: DATABASE_URL is not set (npm start sets it; in production point it at the CMS database).')
  process.exit(1)
}
process.env.PAYLOAD_SECRET = payloadSecret(config.dataDir)
process.env.CMS_PUBLIC_URL ??= config.cmsPublicUrl
process.env.SITE_URL ??= config.siteUrl
process.env.MEDIA_DIR ??= config.mediaDir
// Scheduled publishing is the CMS's job; this process runs only the `site` queue.
process.env.JOBS_AUTORUN = 'false'

let stopped = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (stopped = true))

await mkdir(config.releasesDir, { recursive: true })
const payload = await loadPayload({
  publishSite: publishSiteWithAstro({
    cmsUrl: process.env.CMS_URL ?? localUrl(config.cmsPort),
    siteUrl: config.siteUrl,
    releasesDir: config.releasesDir,
    echo: (line) => console.log(`[site build] ${line}`),
  }),
})
console.log(`builder: serving site-build jobs; releases in ${config.releasesDir}`)
await runSiteBuilder({ payload, releasesDir: config.releasesDir, stopped: () => stopped, log: (line) => console.log(`builder: ${line}`) })
await closePayload(payload)
process.exit(0)
