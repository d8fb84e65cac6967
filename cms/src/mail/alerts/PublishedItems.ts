import type { CollectionConfig } from 'payload'
import { isPublisher } from '../../access/isPublisher'
import { label } from '../../i18n/label'
import { MAILABLE_COLLECTIONS } from './mailableCollections'

/**
 * When each article, good practice, document or bulletin was first published: what "at once"
 * alerts and the digests are made from, one row per item (it is mailed about once, however often
 * it is edited and published again). Written by the publish hook only.
 */
export const PublishedItems: CollectionConfig = {
  slug: 'published-items',
  labels: { singular: label('Tin đã đăng (để gửi thư)', 'Published item (for mail)'), plural: label('Tin đã đăng (để gửi thư)', 'Published items (for mail)') },
  admin: { hidden: true },
  access: { read: isPublisher, create: () => false, update: () => false, delete: () => false },
  custom: { audited: false },
  indexes: [{ fields: ['itemCollection', 'itemId'], unique: true }],
  fields: [
    { name: 'itemCollection', type: 'select', required: true, options: MAILABLE_COLLECTIONS.map((value) => ({ value, label: value })) },
    { name: 'itemId', type: 'number', required: true },
    { name: 'firstPublishedAt', type: 'date', required: true, index: true },
  ],
}
