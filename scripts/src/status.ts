import { localUrl } from '@reform/shared'
import { readStartConfig } from './config'
import { formatStatus } from './status/formatStatus'
import { gatherStatus } from './status/gatherStatus'

/**
 * `npm run status`: what of the local product runs, the live release, the last build, the oldest
 * due job and the last backup. Exit code 0 when everything is up, 1 when something is down.
 */
const config = readStartConfig()
const facts = await gatherStatus({
  dataDir: config.dataDir,
  releasesDir: config.releasesDir,
  backupDir: config.backupDir,
  cmsUrl: (process.env.CMS_URL ?? localUrl(config.cmsPort)).replace(/\/$/, ''),
  servers: [
    { name: 'site', url: `${localUrl(config.sitePort)}/` },
    { name: 'preview', url: `${localUrl(config.previewPort)}/` },
    // npm start runs its mail catcher only when no relay is set.
    ...(config.smtpUrl ? [] : [{ name: 'mail catcher', url: `${localUrl(config.mailCatcherWebPort)}/` }]),
  ],
})
const { text, down } = formatStatus(facts)
console.log(text)
process.exitCode = down.length === 0 ? 0 : 1
