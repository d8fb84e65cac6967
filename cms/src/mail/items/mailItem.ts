import type { Payload } from 'payload'
import { absoluteUrl, publicPaths, siteFilePath } from '@reform/shared'
import type { MailableCollection } from '../alerts/mailableCollections'

/** A published item as every message shows it. */
export type MailItem = {
  collection: MailableCollection
  id: number
  title: string
  summary: string
  /** When it was published or issued. */
  date: string
  url: string
  /** The raw document, for what only one kind of message needs (a bulletin's sections). */
  doc: Record<string, unknown>
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

function publicUrl(collection: MailableCollection, doc: Record<string, unknown>, siteUrl: string): string {
  const path =
    collection === 'articles'
      ? publicPaths.article(text(doc.slug))
      : collection === 'practices'
        ? publicPaths.practice(text(doc.slug))
        : collection === 'documents'
          ? publicPaths.document(text(doc.slug))
          : publicPaths.bulletinIssue(Number(doc.year), Number(doc.number))
  return absoluteUrl(path, siteUrl)
}

/** When an item was published or issued, by its own fields. */
export const itemDate = (collection: MailableCollection, doc: Record<string, unknown>) =>
  text(collection === 'bulletins' ? doc.issueDate : collection === 'documents' ? doc.issuedAt : doc.publishedAt) || text(doc.createdAt)

/**
 * The items, as long as they are published now: an item unpublished after it was queued never
 * goes out. Read as the public reads them (the published version, not a newer draft).
 */
export async function publishedMailItems(payload: Payload, collection: MailableCollection, ids: number[], depth = 0): Promise<MailItem[]> {
  if (ids.length === 0) return []
  const siteUrl = String(payload.config.custom?.siteUrl)
  const { docs } = await payload.find({
    collection,
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    pagination: false,
    depth,
    overrideAccess: true,
  })
  return docs.map((doc) => {
    const record = doc as unknown as Record<string, unknown>
    return {
      collection,
      id: doc.id,
      title: text(record.title) || `${text(record.number)}`,
      summary: text(record.summary),
      date: itemDate(collection, record),
      url: publicUrl(collection, record, siteUrl),
      doc: record,
    }
  })
}

/** Where the site serves a CMS file (the build copies it), absolute; undefined when the file is not one of the CMS's. */
export function siteFileUrl(cmsFileUrl: unknown, siteUrl: string): string | undefined {
  const path = typeof cmsFileUrl === 'string' ? siteFilePath(cmsFileUrl) : undefined
  return path ? absoluteUrl(path, siteUrl) : undefined
}
