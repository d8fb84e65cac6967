import type { LinkHTMLConverterAsync } from '@payloadcms/richtext-lexical/html-async'
import { publicPaths } from '@reform/shared'

type InternalDocToHref = NonNullable<Parameters<typeof LinkHTMLConverterAsync>[0]['internalDocToHref']>
type Linked = { slug?: string | null }

const pathBuilders: Record<string, (slug: string) => string> = {
  articles: publicPaths.article,
  'reform-areas': (slug) => publicPaths.reformArea(slug),
  units: publicPaths.unit,
}

/** Internal links become the linked document's public path, via the shared URL builders. */
export const internalDocToHref: InternalDocToHref = async ({ linkNode, populate }) => {
  const doc = linkNode.fields.doc
  if (!doc) return '#'
  const build = pathBuilders[doc.relationTo]
  if (!build) return '#'
  const linked: Linked | undefined =
    typeof doc.value === 'object'
      ? (doc.value as Linked)
      : await populate?.<Linked & { id: number }>({ collectionSlug: doc.relationTo, id: doc.value, select: { slug: true } })
  return linked?.slug ? build(linked.slug) : '#'
}
