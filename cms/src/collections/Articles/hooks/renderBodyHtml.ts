import type { CollectionBeforeChangeHook } from 'payload'
import { bodyToHtml } from '../../../richText/bodyToHtml'

/** A partial update (e.g. only `_status`) still carries the stored body, so the HTML stays in step. */
export const renderBodyHtml: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => ({
  ...data,
  bodyHtml: await bodyToHtml(data.body ?? originalDoc?.body, req),
})
