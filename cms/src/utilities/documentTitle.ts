import type { CollectionConfig } from 'payload'

/** What the admin calls a document: its `useAsTitle` field, else a title, name, email or id. */
export function documentTitle(doc: Record<string, unknown>, collection: Pick<CollectionConfig, 'admin'>): string {
  const field = collection.admin?.useAsTitle ?? 'id'
  return String(doc[field] ?? doc.title ?? doc.name ?? doc.email ?? doc.id ?? '')
}
