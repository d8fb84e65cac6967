import type { PayloadRequest } from 'payload'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { getPayloadPopulateFn } from '@payloadcms/richtext-lexical'
import { convertLexicalToHTMLAsync, LinkHTMLConverterAsync, type HTMLConvertersFunctionAsync } from '@payloadcms/richtext-lexical/html-async'
import { sanitizeArticleHtml } from '@reform/shared'
import { internalDocToHref } from './internalDocToHref'
import { uploadToFigure } from './uploadToFigure'

const converters: HTMLConvertersFunctionAsync = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkHTMLConverterAsync({ internalDocToHref }),
  upload: uploadToFigure,
})

/**
 * The body's public HTML, made once here so pages and feeds show the same thing: sanitised,
 * media at absolute URLs, internal links as public site paths.
 */
export async function bodyToHtml(body: SerializedEditorState | null | undefined, req: PayloadRequest): Promise<string> {
  if (!body?.root) return ''
  const html = await convertLexicalToHTMLAsync({
    data: body,
    converters,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
    populate: await getPayloadPopulateFn({ currentDepth: 0, depth: 1, req }),
  })
  return sanitizeArticleHtml(html)
}
