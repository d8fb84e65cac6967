import type { Loader } from 'astro/loaders'
import { toJSONSchema } from 'zod'
import { liveContent } from '../lib/liveContent'
import { fileMirrorDir } from './mirrorFile'
import { syncCollection, type SyncOptions } from './syncCollection'

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
        meta.set('schema', schemaDigest)
      }
      const { fetched, removed, total } = await syncCollection(store as never, { ...options, mirrorDir: fileMirrorDir(config.cacheDir), digest: generateDigest })
      liveContent()?.adopt(collection, store.values().map((entry) => entry.data))
      logger.info(`${collection}: ${fetched} fetched, ${removed} removed, ${total} in total`)
    },
  }
}
