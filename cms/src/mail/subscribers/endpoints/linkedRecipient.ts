import type { PayloadRequest } from 'payload'
import type { ListMember, Subscriber } from '../../../payload-types'
import { poolOf } from '../../sending/deliveryStore'
import { keyMatches, readManageToken } from '../recipientLinks'

export type LinkedRecipient = { kind: 'subscriber'; doc: Subscriber } | { kind: 'member'; doc: ListMember }

/** The subscriber or list member a personal link names, if its key is theirs. */
export async function linkedRecipient(req: PayloadRequest, token: unknown): Promise<LinkedRecipient | undefined> {
  const named = readManageToken(token)
  if (!named) return undefined
  const collection = named.kind === 'subscriber' ? 'subscribers' : 'list-members'
  const doc = await req.payload.findByID({ collection, id: named.id, depth: 1, overrideAccess: true, disableErrors: true, req })
  if (!doc || !keyMatches(doc.linkKey, named.key)) return undefined
  return named.kind === 'subscriber' ? { kind: 'subscriber', doc: doc as Subscriber } : { kind: 'member', doc: doc as ListMember }
}

/**
 * The delivery a link came from (`&d=`), when it was this recipient's: marked, and counted in its
 * mailing's report as unsubscribed since (once, however often the link is used).
 */
async function markDelivery(req: PayloadRequest, recipient: LinkedRecipient, delivery: unknown) {
  const id = typeof delivery === 'string' && /^\d{1,10}$/.test(delivery) ? Number(delivery) : undefined
  if (id === undefined) return
  await poolOf(req.payload).query(
    `WITH marked AS (
       UPDATE mail_deliveries SET unsubscribed = true, updated_at = now()
       WHERE id = $1 AND ${recipient.kind === 'subscriber' ? 'subscriber_id' : 'member_id'} = $2 AND NOT unsubscribed
       RETURNING sending_id)
     UPDATE mail_sendings SET unsubscribed = COALESCE(unsubscribed, 0) + 1 WHERE id IN (SELECT sending_id FROM marked)`,
    [id, recipient.doc.id],
  )
}

/**
 * Stops all mail to the recipient: a subscriber is deleted with their address (they asked the site,
 * the site forgets them); a list member stays on the list the editor-in-chief keeps, marked as
 * having stopped, so a later import does not add them again.
 */
export async function cancelRecipient(req: PayloadRequest, recipient: LinkedRecipient, delivery: unknown): Promise<void> {
  await markDelivery(req, recipient, delivery)
  if (recipient.kind === 'subscriber') await req.payload.delete({ collection: 'subscribers', id: recipient.doc.id, overrideAccess: true, req })
  // The same person on several lists gets one copy of a bulletin: stopping it stops it on every list.
  else
    await req.payload.update({
      collection: 'list-members',
      where: { email: { equals: recipient.doc.email } },
      data: { status: 'unsubscribed' },
      overrideAccess: true,
      depth: 0,
      req,
    })
}
