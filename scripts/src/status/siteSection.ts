import type { CmsHealth, HealthReport } from './cmsHealth'
import type { LiveReleaseInfo } from './liveReleaseInfo'
import type { Section } from './statusRows'
import { moment } from './timeText'

type Build = NonNullable<NonNullable<HealthReport['site']>['lastBuild']>
type Jobs = NonNullable<HealthReport['jobs']>

function reason(build: Build): string {
  const more = build.changes - 1
  return `${build.reason ?? 'no reason recorded'}${more > 0 ? ` (+${more} more change${more === 1 ? '' : 's'})` : ''}`
}

function endedBuild(build: Build | null, now: Date): string {
  if (!build) return 'none yet'
  const took = build.durationSeconds === null ? '' : ` after ${build.durationSeconds} s`
  return `#${build.id} ${build.status}${build.finishedAt ? ` at ${moment(build.finishedAt, now)}` : ''}${took}: ${reason(build)}`
}

function jobsText(jobs: Jobs | null): string {
  if (!jobs) return 'not known (the CMS could not read its jobs)'
  const queues = Object.entries(jobs.queues).sort(([, a], [, b]) => b.oldestSeconds - a.oldestSeconds)
  if (queues.length === 0) return 'none due'
  return queues.map(([queue, { waiting, oldestSeconds }]) => `${queue}: oldest due ${oldestSeconds} s ago (${waiting} waiting)`).join('; ')
}

/** The live release on disk, and the builds and jobs as the CMS reports them. */
export function siteSection(cms: CmsHealth, live: LiveReleaseInfo | undefined, now: Date): Section {
  const site = cms.reachable ? cms.report?.site : undefined
  const liveBuild = site?.live?.release === live?.name ? site?.live : undefined
  const rows = [
    [
      'Live release',
      live
        ? `${live.name}, live since ${moment(live.since, now)}${live.present ? '' : ', its folder is missing'}${liveBuild ? `, build #${liveBuild.id}` : ''}`
        : 'none (no live link)',
    ],
  ]
  const down = live?.present ? [] : ['live release']
  if (!cms.reachable || !cms.report) {
    rows.push(['Last build', cms.reachable ? 'not known (the CMS gave no health report)' : 'CMS not reachable'])
    return { rows, down }
  }
  if (!site) rows.push(['Last build', 'not known (the CMS could not read its builds)'])
  else {
    rows.push(['Last build', endedBuild(site.lastBuild, now)])
    if (site.live && site.live.id !== site.lastBuild?.id) rows.push(['Last success', endedBuild(site.live, now)])
    if (site.next) rows.push(['Next build', `#${site.next.id} ${site.next.status}${site.next.startedAt ? ` since ${moment(site.next.startedAt, now)}` : ''}: ${reason(site.next)}`])
  }
  rows.push(['Jobs', jobsText(cms.report.jobs)])
  return { rows, down }
}
