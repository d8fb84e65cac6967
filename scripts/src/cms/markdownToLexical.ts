import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'
import { editorFeatures } from '@reform/cms/editorFeatures'

/** Turns Markdown into the rich-text value of the CMS's editor (its own features), for scripts that write content. */
export async function markdownToLexical(payload: Payload) {
  const editorConfig = await editorConfigFactory.fromFeatures({ config: payload.config, features: editorFeatures })
  return (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
}
