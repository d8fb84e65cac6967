import { createHmac, timingSafeEqual } from 'node:crypto'
import { absoluteUrl, CONFIRM_LINK_HOURS, SUBSCRIPTION_API, SUBSCRIPTION_FIELDS } from '@reform/shared'

/** A person's personal links name them as a subscriber or a list member, by id and random key. */
export type Recipient = { kind: 'subscriber' | 'member'; id: number }

const PREFIX = { subscriber: 's', member: 'm' } as const

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** The token of a recipient's change-or-cancel and one-click unsubscribe links: `s12.<key>`. */
export const manageToken = (recipient: Recipient, linkKey: string) => `${PREFIX[recipient.kind]}${recipient.id}.${linkKey}`

/** Who a manage token names, to be checked against their stored key with `keyMatches`. */
export function readManageToken(token: unknown): (Recipient & { key: string }) | undefined {
  const match = typeof token === 'string' ? /^([sm])(\d{1,10})\.([A-Za-z0-9_-]{16,64})$/.exec(token) : null
  if (!match) return undefined
  return { kind: match[1] === 's' ? 'subscriber' : 'member', id: Number(match[2]), key: match[3]! }
}

export const keyMatches = (stored: string | null | undefined, given: string) => typeof stored === 'string' && sameText(stored, given)

// Signed with Payload's secret and the subscriber's own key under a purpose of its own: a
// confirmation link is good for that subscriber's confirmation only, and for 48 hours.
const signConfirm = (secret: string, id: number, issuedAt: number, linkKey: string) =>
  createHmac('sha256', secret).update(`subscription-confirm\n${id}\n${issuedAt}\n${linkKey}`).digest('base64url')

export const confirmToken = (secret: string, id: number, linkKey: string, now = Date.now()) => `${id}.${now}.${signConfirm(secret, id, now, linkKey)}`

export type ConfirmCheck = { status: 'ok' | 'expired'; id: number } | { status: 'invalid' }

/** The subscriber a confirmation token names; its signature is checked by `checkConfirmToken`. */
export function readConfirmToken(token: unknown): { id: number; issuedAt: number; signature: string } | undefined {
  const match = typeof token === 'string' ? /^(\d{1,10})\.(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token) : null
  return match ? { id: Number(match[1]), issuedAt: Number(match[2]), signature: match[3]! } : undefined
}

export function checkConfirmToken(secret: string, token: { id: number; issuedAt: number; signature: string }, linkKey: string, now = Date.now()): ConfirmCheck {
  if (!sameText(signConfirm(secret, token.id, token.issuedAt, linkKey), token.signature)) return { status: 'invalid' }
  return { status: now - token.issuedAt > CONFIRM_LINK_HOURS * 3600_000 ? 'expired' : 'ok', id: token.id }
}

const linkOn = (siteUrl: string, path: string, token: string, delivery?: number) =>
  `${absoluteUrl(path, siteUrl)}?${SUBSCRIPTION_FIELDS.token}=${encodeURIComponent(token)}${delivery === undefined ? '' : `&d=${delivery}`}`

/** A recipient's personal links, on the site's origin (the web server passes them on to the CMS). */
export const recipientUrls = (siteUrl: string, token: string, delivery?: number) => ({
  manage: linkOn(siteUrl, SUBSCRIPTION_API.manage, token, delivery),
  unsubscribe: linkOn(siteUrl, SUBSCRIPTION_API.unsubscribe, token, delivery),
})

export const confirmUrl = (siteUrl: string, token: string) => linkOn(siteUrl, SUBSCRIPTION_API.confirm, token)
