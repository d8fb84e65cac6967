import type { LinkHTMLConverterAsync } from '@payloadcms/richtext-lexical/html-async'
import { publicPaths } from '@reform/shared'

type InternalDocToHref = NonNullable<Parameters<typeof LinkHTMLConverterAsync>[0]['internalDocToHref']>
type Linked = { id: number; slug?: string | null; _status?: 'draft' | 'published' | null }

/** Collections whose documents have public pages, and where those pages are. */
const pathBuilders: Record<string, (slug: string) => string> = {
  articles: publicPaths.article,
  'reform-areas': (slug) => publicPaths.reformArea(slug),
}

/**
 * Internal links become the linked document's public path. The document is read again (never
 * taken from the editor's copy) and only as published: a link to a draft renders as "#" so an
 * unpublished slug, which may spell out an unpublished title, never reaches a page or a feed.
 */
export const internalDocToHref: InternalDocToHref = async ({ linkNode, populate }) => {
  const doc = linkNode.fields.doc
  const build = doc && pathBuilders[doc.relationTo]
  if (!doc || !build || !populate) return '#'
  const id = typeof doc.value === 'object' ? (doc.value as { id: number }).id : doc.value
  const linked = await populate<Linked>({ collectionSlug: doc.relationTo, id, select: { slug: true, _status: true } })
  if (!linked?.slug || linked._status === 'draft') return '#'
  return build(linked.slug)
}
