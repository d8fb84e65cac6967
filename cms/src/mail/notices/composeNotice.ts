import type { Payload } from 'payload'
import { siteIdentity } from '@reform/shared'
import { confirmSubscriptionMessage } from '../messages/confirmSubscriptionMessage'
import { feedbackSettledMessage } from '../messages/feedbackSettledMessage'
import { manageSubscriptionMessage } from '../messages/manageSubscriptionMessage'
import { confirmToken, confirmUrl, manageToken, recipientUrls } from '../subscribers/recipientLinks'
import { relationNames } from '../subscribers/relationNames'

export type NoticeInput =
  | { notice: 'confirm-subscription' | 'manage-subscription'; subscriber: number }
  | { notice: 'feedback-settled'; feedback: number }
  | { notice: 'site-build-withheld'; siteBuild: number }

export type Notice = { to: string; subject: string; html: string; text: string }

/** What a subscriber chose, by name, for the mails about their subscription. */
const choiceNames = (subscriber: { bulletins?: boolean | null; documents?: boolean | null; reformAreas?: unknown; units?: unknown }) => [
  ...(subscriber.bulletins ? ['Bản tin điện tử cải cách hành chính'] : []),
  ...(subscriber.documents ? ['Văn bản chỉ đạo, điều hành'] : []),
  ...relationNames(subscriber.reformAreas).map((name) => `Tin lĩnh vực ${name}`),
  ...relationNames(subscriber.units).map((name) => `Tin của ${name} và các đơn vị trực thuộc`),
]

/**
 * The message of one notice, made when it is sent (so a link in it is fresh), or undefined when
 * there is nobody to write to any more.
 */
export async function composeNotice(payload: Payload, input: NoticeInput): Promise<Notice | undefined> {
  const siteUrl = String(payload.config.custom?.siteUrl)
  const site = siteIdentity()
  if (input.notice === 'site-build-withheld') {
    const { withheldNotice } = await import('./withheldNotice')
    return withheldNotice(payload, input.siteBuild)
  }
  if (input.notice === 'feedback-settled') {
    const item = await payload.findByID({ collection: 'feedback', id: input.feedback, depth: 0, overrideAccess: true, disableErrors: true })
    if (!item?.email || !item.trackingCode) return undefined
    return {
      to: item.email,
      ...(await feedbackSettledMessage({
        site,
        siteUrl,
        trackingCode: item.trackingCode,
        status: item.status === 'declined' ? 'declined' : 'answered',
        subject: item.subject ?? '',
      })),
    }
  }
  const subscriber = await payload.findByID({ collection: 'subscribers', id: input.subscriber, depth: 1, overrideAccess: true, disableErrors: true })
  if (!subscriber?.linkKey) return undefined
  const { frequency } = subscriber
  const choices = choiceNames(subscriber)
  if (input.notice === 'confirm-subscription') {
    if (subscriber.status !== 'pending') return undefined
    const url = confirmUrl(siteUrl, confirmToken(payload.secret, subscriber.id, subscriber.linkKey))
    return { to: subscriber.email, ...(await confirmSubscriptionMessage({ site, siteUrl, choices, frequency, confirmUrl: url })) }
  }
  // A suspended address (its mail kept coming back) is not written to, not even its link.
  if (subscriber.status !== 'confirmed') return undefined
  const links = recipientUrls(siteUrl, manageToken({ kind: 'subscriber', id: subscriber.id }, subscriber.linkKey))
  return { to: subscriber.email, ...(await manageSubscriptionMessage({ site, siteUrl, choices, frequency, manageUrl: links.manage })) }
}
