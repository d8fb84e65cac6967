import { mkdir } from 'node:fs/promises'
import { closePayload } from '@reform/cms/closePayload'
import { localUrl } from '@reform/shared'
import { loadPayload } from './cms/loadPayload'
import { readStartConfig } from './config'
import { setScriptEnvironment } from './cms/scriptEnvironment'
import { publishSiteWithRenderer } from './site/builder/publishSite'
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
// Scheduled publishing stays the CMS's job; this process runs only the `site` queue.
setScriptEnvironment(config, process.env.DATABASE_URL)

let stopped = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (stopped = true))

await mkdir(config.releasesDir, { recursive: true })
const publishSite = publishSiteWithRenderer({
  cmsUrl: process.env.CMS_URL ?? localUrl(config.cmsPort),
  siteUrl: config.siteUrl,
  releasesDir: config.releasesDir,
  echo: (line) => console.log(`[site build] ${line}`),
})
const payload = await loadPayload({ publishSite })
console.log(`builder: serving site-build jobs; releases in ${config.releasesDir}`)
await runSiteBuilder({ payload, releasesDir: config.releasesDir, stopped: () => stopped, log: (line) => console.log(`builder: ${line}`) })
await publishSite.stop()
await closePayload(payload)
process.exit(0)
