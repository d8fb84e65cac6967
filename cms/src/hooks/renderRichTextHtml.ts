import type { CollectionBeforeChangeHook } from 'payload'
import { bodyToHtml } from '../richText/bodyToHtml'

/**
 * Keeps `target` holding the public HTML of the rich-text field `source`. A partial update (e.g.
 * only `_status`) still carries the stored text, so the HTML stays in step.
 */
export function renderRichTextHtml(source: string, target: string): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => ({
    ...data,
    [target]: await bodyToHtml(data[source] ?? originalDoc?.[source], req),
  })
}
