import { isMailable, type MailableCollection } from '../alerts/mailableCollections'
import type { SubscriptionFrequency } from '@reform/shared'

// What each kind of mailing keeps in its `message`, and each delivery in its `content`: enough to
// make the same message again when a sending resumes.

export type AlertMailing = { item: { collection: MailableCollection; id: number } }
export type AlertDelivery = { matched: string[] }

export type DigestMailing = { frequency: Exclude<SubscriptionFrequency, 'immediate'>; periodStart: string; periodEnd: string }
export type DigestDelivery = { items: Array<[MailableCollection, number]> }

export const isDigestItem = (value: unknown): value is [MailableCollection, number] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && isMailable(value[0]) && typeof value[1] === 'number'

/** A bulletin is made once for everyone; each recipient's message differs only in their links. */
export type BulletinMailing = {
  subject: string
  html: string
  text: string
  reason: { subscriber: string; member: string }
  /** The PDF, attached when it is small (it is always linked). */
  attachment?: { filename: string; path: string }
}
