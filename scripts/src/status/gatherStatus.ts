import { fetchCmsHealth, type CmsHealth } from './cmsHealth'
import { probe, type Probe } from './httpProbe'
import { readLastBackup, type LastBackup } from './lastBackup'
import { readLiveRelease, type LiveReleaseInfo } from './liveReleaseInfo'
import { readNpmStart, type NpmStart } from './npmStartRecord'

export type StatusSources = {
  dataDir: string
  releasesDir: string
  backupDir: string
  cmsUrl: string
  /** Local servers to ask for their front page: the site, the preview, the mail catcher's inbox. */
  servers: Array<{ name: string; url: string }>
}

export type StatusFacts = {
  npmStart: NpmStart
  cms: CmsHealth
  servers: Probe[]
  live: LiveReleaseInfo | undefined
  backup: LastBackup | undefined
}

/** Everything `npm run status` shows, read at once: files, the CMS's health and the local ports. */
export async function gatherStatus({ dataDir, releasesDir, backupDir, cmsUrl, servers }: StatusSources): Promise<StatusFacts> {
  const [npmStart, cms, probes, live, backup] = await Promise.all([
    readNpmStart(dataDir),
    fetchCmsHealth(cmsUrl),
    Promise.all(servers.map((server) => probe(server.name, server.url))),
    readLiveRelease(releasesDir),
    readLastBackup(backupDir),
  ])
  return { npmStart, cms, servers: probes, live, backup }
}
