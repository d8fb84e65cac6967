import type { CollectionConfig, Config, Plugin } from 'payload'
import { PUBLIC_COLLECTIONS } from '@reform/shared'
import { SiteBuilds } from '../collections/SiteBuilds'
import { queueSiteBuildOnChange, queueSiteBuildOnDelete } from '../hooks/queueSiteBuildOnChange'
import { buildSiteTask } from '../siteBuilds/buildSiteTask'
import type { PublishSite } from '../siteBuilds/runSiteBuild'
import { appendHooks } from './appendHooks'

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
