import type { SerializedUploadNode } from '@payloadcms/richtext-lexical'
import type { HTMLConverterAsync } from '@payloadcms/richtext-lexical/html-async'
import escapeHTML from 'escape-html'
import { imageSrcset } from '@reform/shared'

type UploadDoc = {
  url?: string | null
  alt?: string | null
  filename?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, { url?: string | null; width?: number | null } | undefined>
}

/** An image in the body as a responsive `<figure>`; any other file as a download link. */
export const uploadToFigure: HTMLConverterAsync<SerializedUploadNode> = async ({ node, populate }) => {
  const doc: UploadDoc | undefined =
    typeof node.value === 'object' ? (node.value as UploadDoc) : await populate?.<UploadDoc & { id: number }>({ collectionSlug: node.relationTo, id: node.value })
  if (!doc?.url) return ''
  const url = escapeHTML(doc.url)
  if (!doc.mimeType?.startsWith('image/')) {
    return `<p><a href="${url}">${escapeHTML(doc.filename ?? doc.url)}</a></p>`
  }
  const alt = escapeHTML(String(node.fields?.alt ?? doc.alt ?? ''))
  const dimensions = doc.width && doc.height ? ` width="${doc.width}" height="${doc.height}"` : ''
  const srcset = imageSrcset(doc)
  const responsive = srcset ? ` srcset="${escapeHTML(srcset)}" sizes="(max-width: 48rem) 100vw, 48rem"` : ''
  return `<figure><img src="${url}" alt="${alt}"${dimensions}${responsive} loading="lazy" decoding="async"></figure>`
}
