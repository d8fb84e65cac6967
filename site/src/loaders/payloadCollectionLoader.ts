import type { Loader } from 'astro/loaders'
import { toJSONSchema, type ZodType } from 'zod'
import { fileMirrorDir, mirrorFile } from './mirrorFile'
import { listAll } from './payloadRest'

type Options = {
  cms: string
  /** Payload collection slug, e.g. "articles". */
  slug: string
  /** The shared zod schema of the collection's public JSON. */
  schema: ZodType
  /** For upload collections: the URLs of a document's files, copied next to the content store. */
  files?: (doc: any) => Array<string | null | undefined>
}

type Stamped = { id: number | string; updatedAt: string }
type Identified = Partial<Stamped> & { slug?: string; title?: string; name?: string }

/** Documents fetched in full per request once we know which ones changed. */
const FETCH_CHUNK = 100

function describe(collection: string, raw: unknown): string {
  const doc = (raw ?? {}) as Identified
  const label = doc.slug ?? doc.title ?? doc.name
  return `${collection} document id ${doc.id ?? '?'}${label ? ` ("${label}")` : ''}`
}

/**
 * Content-layer loader for one Payload collection. Each build lists every public document's id and
 * updatedAt (cheap), drops entries the CMS no longer serves (deleted or unpublished), and fetches
 * in full only documents that are new or whose updatedAt changed. Comparing per document, rather
 * than keeping a "synced up to" time, stays right after a database restore or a clock change.
 * Every fetched document is validated; a bad one fails the build naming it. A change of the shared
 * schema empties the store, so no entry keeps a shape the pages no longer expect.
 */
export function payloadCollectionLoader({ cms, slug: collection, schema, files }: Options): Loader {
  return {
    name: `payload-${collection}`,
    load: async ({ store, meta, logger, generateDigest, config }) => {
      const mirrorDir = fileMirrorDir(config.cacheDir)
      // Entries are kept in their parsed shape: when the shared schema changes, start afresh.
      const schemaDigest = generateDigest(JSON.stringify(toJSONSchema(schema, { unrepresentable: 'any' })))
      if (meta.get('schema') !== schemaDigest) {
        store.clear()
        meta.set('schema', schemaDigest)
      }

      const live = new Map<string, string>()
      for await (const raw of listAll(cms, collection, { select: { updatedAt: true }, limit: 1000 })) {
        const doc = raw as Stamped
        live.set(String(doc.id), doc.updatedAt)
      }

      let removed = 0
      for (const id of store.keys()) {
        if (!live.has(id)) {
          store.delete(id)
          removed++
        }
      }

      const changed = [...live]
        .filter(([id, updatedAt]) => (store.get(id)?.data as Identified | undefined)?.updatedAt !== updatedAt)
        .map(([id]) => id)
      for (let start = 0; start < changed.length; start += FETCH_CHUNK) {
        const ids = changed.slice(start, start + FETCH_CHUNK)
        for await (const raw of listAll(cms, collection, { where: { id: { in: ids } }, limit: FETCH_CHUNK })) {
          const parsed = schema.safeParse(raw)
          if (!parsed.success) {
            const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`)
            throw new Error(
              `The CMS returned an invalid ${describe(collection, raw)}; fix it in the CMS admin and build again.\n  ${problems.join('\n  ')}`,
            )
          }
          const data = parsed.data as Stamped & Record<string, unknown>
          for (const url of files?.(data) ?? []) if (url) await mirrorFile(url, mirrorDir, cms)
          store.set({ id: String(data.id), data, digest: generateDigest(data) })
        }
      }
      logger.info(`${collection}: ${changed.length} fetched, ${removed} removed, ${live.size} in total`)
    },
  }
}
