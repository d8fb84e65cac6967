import type { Loader } from 'astro/loaders'
import type { ZodType } from 'zod'
import { listAll } from './payloadRest'

type Options = {
  cms: string
  /** Payload collection slug, e.g. "articles". */
  collection: string
  /** The shared zod schema of the collection's public JSON. */
  schema: ZodType
}

type Identified = { id: number | string; updatedAt?: string; slug?: string; title?: string; name?: string }

function describe(collection: string, raw: unknown): string {
  const doc = (raw ?? {}) as Partial<Identified>
  const label = doc.slug ?? doc.title ?? doc.name
  return `${collection} document id ${doc.id ?? '?'}${label ? ` ("${label}")` : ''}`
}

/**
 * Content-layer loader for one Payload collection: first a full read, then on each build only the
 * documents updated since the last sync, plus an id-only listing that drops what was deleted or
 * unpublished. Every document is validated; a bad one fails the build naming it.
 */
export function payloadCollectionLoader({ cms, collection, schema }: Options): Loader {
  return {
    name: `payload-${collection}`,
    load: async ({ store, meta, logger, generateDigest }) => {
      const since = meta.get('syncedUpTo')
      let newest = since
      let changed = 0
      const where = since ? { updatedAt: { greater_than_equal: since } } : undefined
      for await (const raw of listAll(cms, collection, { where, sort: 'updatedAt' })) {
        const parsed = schema.safeParse(raw)
        if (!parsed.success) {
          const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`)
          throw new Error(
            `The CMS returned an invalid ${describe(collection, raw)}; fix it in the CMS admin and build again.\n  ${problems.join('\n  ')}`,
          )
        }
        const data = parsed.data as Identified & Record<string, unknown>
        store.set({ id: String(data.id), data, digest: generateDigest(data) })
        if (data.updatedAt && (!newest || data.updatedAt > newest)) newest = data.updatedAt
        changed++
      }

      const live = new Set<string>()
      for await (const raw of listAll(cms, collection, { select: { id: true }, limit: 1000 })) {
        live.add(String((raw as Identified).id))
      }
      let removed = 0
      for (const id of store.keys()) {
        if (!live.has(id)) {
          store.delete(id)
          removed++
        }
      }
      if (newest) meta.set('syncedUpTo', newest)
      logger.info(`${collection}: ${since ? 'incremental' : 'full'} sync, ${changed} updated, ${removed} removed, ${live.size} in total`)
    },
  }
}
