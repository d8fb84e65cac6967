import type { GeneratePreviewURL } from 'payload'
import { PREVIEW_PATH, type PreviewableCollection } from '@reform/shared'
import { roleOf } from '../access/roles'
import { signPreview } from './previewSignature'

/**
 * The admin's "Preview" link of a draft: the preview server's page for it, signed for a short
 * while and for the member of staff who opened it (the draft is read with their access), so it
 * also opens where the CMS session cookie does not reach (another host).
 */
export const previewUrl =
  (collection: PreviewableCollection): GeneratePreviewURL =>
  (doc, { req }) => {
    if (roleOf(req.user) === undefined || doc.id === undefined) return null
    const base = (req.payload.config.custom as { previewUrl: string }).previewUrl
    const user = (req.user as { id: number }).id
    return `${base}${PREVIEW_PATH(collection, doc.id as number)}?${signPreview(req.payload.secret, collection, doc.id as number, user)}`
  }
