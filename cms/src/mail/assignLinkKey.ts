import { randomBytes } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

/** Every recipient gets the random key of their personal links when first saved (recipientLinks). */
export const assignLinkKey: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'create' && !data.linkKey) data.linkKey = randomBytes(24).toString('base64url')
  return data
}
