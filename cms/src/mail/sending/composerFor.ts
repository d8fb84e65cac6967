import type { Payload } from 'payload'
import { siteIdentity } from '@reform/shared'
import type { MailSending } from '../../payload-types'
import { publishedMailItems, type MailItem } from '../items/mailItem'
import { alertMessage } from '../messages/alertMessage'
import { digestMessage } from '../messages/digestMessage'
import { personalise, type PersonalLinks } from '../messages/personalise'
import { isDigestItem, type AlertDelivery, type AlertMailing, type BulletinMailing, type DigestDelivery, type DigestMailing } from './mailingContent'
import type { QueuedDelivery } from './deliveryStore'

export type ComposedMessage = { subject: string; html: string; text: string; attachments?: Array<{ filename: string; path: string }> }

/** Makes one recipient's message, or undefined when nothing is left to send them. */
export type Composer = (delivery: QueuedDelivery, links: PersonalLinks) => Promise<ComposedMessage | undefined>

/** At most this many different messages are kept made: most recipients of a digest share theirs. */
const CACHE_LIMIT = 500

function cached(make: (key: string) => Promise<ComposedMessage | undefined>) {
  const made = new Map<string, Promise<ComposedMessage | undefined>>()
  return (key: string) => {
    let message = made.get(key)
    if (!message) {
      if (made.size >= CACHE_LIMIT) made.clear()
      message = make(key)
      made.set(key, message)
    }
    return message
  }
}

/**
 * How a mailing's messages are made: a bulletin once for everyone; an alert once per set of matched
 * choices; a digest once per set of items. Each is then personalised with the recipient's links.
 */
export async function composerFor(payload: Payload, sending: MailSending): Promise<Composer> {
  const site = siteIdentity()
  const siteUrl = String(payload.config.custom?.siteUrl)
  if (sending.kind === 'bulletin') {
    const bulletin = sending.message as BulletinMailing
    // An issue unpublished after it was sent off goes no further.
    const [stillPublished] = typeof sending.bulletin === 'number' ? await publishedMailItems(payload, 'bulletins', [sending.bulletin]) : []
    if (!stillPublished) return async () => undefined
    const attachments = bulletin.attachment ? [bulletin.attachment] : undefined
    return async (delivery, links) => ({
      ...personalise(bulletin, { ...links, reason: delivery.subscriberId !== null ? bulletin.reason.subscriber : bulletin.reason.member }),
      attachments,
    })
  }
  if (sending.kind === 'alert') {
    const { item: ref } = sending.message as AlertMailing
    const make = cached(async (key) => {
      // Read when the first message is made: an item unpublished since is sent to nobody.
      const [item] = await publishedMailItems(payload, ref.collection, [ref.id])
      return item ? alertMessage({ site, siteUrl, item, matched: JSON.parse(key) as string[] }) : undefined
    })
    return async (delivery, links) => {
      const message = await make(JSON.stringify((delivery.content as AlertDelivery | null)?.matched ?? []))
      return message && personalise(message, { ...links, reason: 'Bạn nhận thư này vì đã đăng ký nhận tin ngay khi đăng.' })
    }
  }
  const digest = sending.message as DigestMailing
  const items = new Map<string, MailItem | undefined>()
  const make = cached(async (key) => {
    const refs = (JSON.parse(key) as unknown[]).filter(isDigestItem)
    const missing = refs.filter(([collection, id]) => !items.has(`${collection}:${id}`))
    for (const collection of new Set(missing.map(([collection]) => collection))) {
      const ids = missing.filter(([one]) => one === collection).map(([, id]) => id)
      const found = new Map((await publishedMailItems(payload, collection, ids)).map((item) => [item.id, item]))
      for (const id of ids) items.set(`${collection}:${id}`, found.get(id))
    }
    const theirs = refs.flatMap(([collection, id]) => items.get(`${collection}:${id}`) ?? [])
    return theirs.length ? digestMessage({ site, siteUrl, frequency: digest.frequency, periodStart: digest.periodStart, periodEnd: digest.periodEnd, items: theirs }) : undefined
  })
  return async (delivery, links) => {
    const message = await make(JSON.stringify((delivery.content as DigestDelivery | null)?.items ?? []))
    return message && personalise(message, { ...links, reason: `Bạn nhận thư này vì đã đăng ký nhận bản tổng hợp ${digest.frequency === 'daily' ? 'hằng ngày' : 'hằng tuần'}.` })
  }
}
