import type { CollectionConfig } from 'payload'

/** How a collection whose admin title must not travel (feedback: a tracking code) names its documents in logs. */
export type LogTitle = (doc: Record<string, unknown>) => string

/**
 * What the admin, the audit log and build reasons call a document: the collection's own `custom.logTitle`,
 * else its `useAsTitle` field, else a title, name, email or id.
 */
export function documentTitle(doc: Record<string, unknown>, collection: Pick<CollectionConfig, 'admin' | 'custom'>): string {
  const logTitle = collection.custom?.logTitle as LogTitle | undefined
  if (logTitle) return logTitle(doc)
  const field = collection.admin?.useAsTitle ?? 'id'
  return String(doc[field] ?? doc.title ?? doc.name ?? doc.email ?? doc.id ?? '')
}
