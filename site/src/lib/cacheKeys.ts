import { createHash } from 'node:crypto'
import { siteInfo } from './siteInfo'

type Doc = { id: number; updatedAt: string }

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && 'id' in value && 'updatedAt' in value

const hash = (text: string) => createHash('sha1').update(text).digest('base64url')

// A document is shared by many pages (an article is in its page, listings, feeds): digest it once.
const digests = new WeakMap<object, string>()

function replacer(key: string, value: unknown): unknown {
  return key !== '' && isDoc(value) ? digestOf(value) : value
}

function digestOf(doc: Doc): string {
  let digest = digests.get(doc)
  if (digest === undefined) {
    digest = hash(JSON.stringify(doc, replacer))
    digests.set(doc, digest)
  }
  return digest
}

/**
 * Gives each static path a `cacheKey` of everything it renders from: its params and props (the
 * documents in them with their resolved relations) and the site's settings. The builder's renderer
 * (site/renderer) renders a page again only when that key or the site's code changes,
 * so a page must get all its data through props.
 */
export function withCacheKeys<T extends { params: unknown; props?: unknown }>(paths: T[]): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: hash(JSON.stringify([siteInfo, path.params, path.props ?? null], replacer)) }))
}
