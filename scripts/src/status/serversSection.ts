import type { CmsHealth } from './cmsHealth'
import type { Probe } from './httpProbe'
import type { Section } from './statusRows'

function cmsDetail(cms: CmsHealth): string {
  if (!cms.reachable) return `${cms.url}: not reachable`
  if (!cms.report) return `${cms.url}: HTTP ${cms.status}, no health report`
  const { database, migrations } = cms.report
  const parts = [database.reachable ? `database ${database.ms} ms` : 'database not reachable']
  if (migrations) parts.push(`migrations ${migrations.applied}/${migrations.committed}`)
  if (migrations?.pending.length) parts.push(`pending: ${migrations.pending.join(', ')}`)
  return `${cms.url}: ${parts.join(', ')}`
}

/** What answers on its port: the CMS by its health report, the other servers by their front page. */
export function serversSection(cms: CmsHealth, servers: Probe[]): Section {
  const cmsUp = cms.reachable && cms.status === 200
  const rows = [['CMS', cmsUp ? 'up' : 'down', cmsDetail(cms)], ...servers.map((server) => [server.name, server.up ? 'up' : 'down', `${server.url}: ${server.detail}`])]
  const down = [...(cmsUp ? [] : ['CMS']), ...servers.filter((server) => !server.up).map((server) => server.name)]
  return { rows, down }
}
