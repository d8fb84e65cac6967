import type { CollectionConfig, Config, Plugin } from 'payload'
import { PUBLIC_COLLECTIONS } from '@reform/shared'
import { appendHooks } from '../plugins/appendHooks'
import { buildSiteTask } from './buildSiteTask'
import { queueSiteBuildOnChange, queueSiteBuildOnDelete } from './queueSiteBuildOnChange'
import type { PublishSite } from './runSiteBuild'
import { SiteBuilds } from './SiteBuilds'

const PUBLIC_SLUGS = new Set<string>(Object.values(PUBLIC_COLLECTIONS).map((collection) => collection.slug))

function withBuildTriggers(collection: CollectionConfig): CollectionConfig {
  if (!PUBLIC_SLUGS.has(collection.slug)) return collection
  return appendHooks(collection, {
    afterChange: [queueSiteBuildOnChange],
    afterDelete: [queueSiteBuildOnDelete],
  })
}

/**
 * The publishing pipeline's CMS side: every public change queues a `buildSite` job, and builds are
 * listed in the admin. `publishSite` is given only in the builder process, which runs the jobs.
 */
export const siteBuildsPlugin =
  (publishSite?: PublishSite): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []).map(withBuildTriggers), SiteBuilds],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), buildSiteTask(publishSite)] },
  })
