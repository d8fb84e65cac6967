import type { Loader } from 'astro/loaders'
import { toJSONSchema } from 'zod'
import { liveContent } from '../lib/liveContent'
import { fileMirrorDir } from './mirrorFile'
import { syncCollection, syncRecentChanges, type SyncOptions } from './syncCollection'

/**
 * How often a build compares every document with the CMS (syncCollection) rather than asking only
 * for what changed since the last sync (syncRecentChanges): the full comparison also catches what
 * the quick one cannot see, such as a database restored to an older state.
 */
const COMPARE_EVERY_MS = 24 * 60 * 60 * 1000

/**
 * Content-layer loader for one Payload collection (see syncCollection). A change of the shared
 * schema empties the store, so no entry keeps a shape the pages no longer expect. In the live
 * renderer, the synced documents are handed to it: it keeps them up to date between builds.
 */
export function payloadCollectionLoader(options: Omit<SyncOptions, 'mirrorDir' | 'digest'>): Loader {
  const { slug: collection, schema } = options
  return {
    name: `payload-${collection}`,
    load: async ({ store, meta, logger, generateDigest, config }) => {
      const schemaDigest = generateDigest(JSON.stringify(toJSONSchema(schema, { unrepresentable: 'any' })))
      if (meta.get('schema') !== schemaDigest) {
        store.clear()
        meta.delete('syncedAt')
        meta.set('schema', schemaDigest)
      }
      const started = Date.now()
      const syncedAt = Number(meta.get('syncedAt') ?? 0)
      const comparedAt = Number(meta.get('comparedAt') ?? 0)
      const sync = { ...options, mirrorDir: fileMirrorDir(config.cacheDir), digest: generateDigest }
      const quick = syncedAt > 0 && started - comparedAt < COMPARE_EVERY_MS
      const { fetched, removed, total, withheld } = quick ? await syncRecentChanges(store as never, sync, syncedAt) : await syncCollection(store as never, sync)
      // Only a sync without error moves the time the next one looks back from.
      meta.set('syncedAt', String(started))
      if (!quick) meta.set('comparedAt', String(started))
      liveContent()?.adopt(
        collection,
        store.values().map((entry) => entry.data),
      )
      liveContent()?.withhold(collection, withheld)
      for (const { id, title, problems } of withheld) {
        logger.warn(
          `${collection} ${id}${title ? ` ("${title}")` : ''} left out of the site, invalid: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`,
        )
      }
      logger.info(`${collection}: ${fetched} fetched, ${removed} removed, ${total} in total${quick ? '' : ', every document compared'}`)
    },
  }
}
