import type { PayloadRequest } from 'payload'
import { poolOf, type NewDelivery } from '../sending/deliveryStore'
import { BULLETIN_SUBSCRIBER, RECEIVING_MEMBER } from './audienceCriteria'

export type BulletinSendingChoice = { bulletin: number; lists: number[]; subscribers: boolean; resend: boolean }

export type BulletinAudience = {
  recipients: NewDelivery[]
  /** Chosen lists (and the subscribers) this issue already went to: sending again needs `resend`. */
  alreadySentTo: string[]
  /** Addresses left out because they already have this issue (through another list, or before). */
  alreadyReceived: number
}

/**
 * Who would get a bulletin issue: the active members of the chosen lists and the confirmed
 * subscribers who asked for bulletins, each address once. Whoever already has the issue (or has it
 * on its way) is left out; with `resend`, that is all that is left out, so only those whose message
 * failed, bounced or was cut off, and people added since, get it.
 */
export async function bulletinAudience(req: PayloadRequest, choice: BulletinSendingChoice): Promise<BulletinAudience> {
  const pool = poolOf(req.payload)
  const [members, subscribers, received, earlier] = await Promise.all([
    choice.lists.length
      ? pool.query<{ id: number; email: string }>(`SELECT id, email FROM list_members WHERE list_id = ANY($1) AND ${RECEIVING_MEMBER} ORDER BY list_id, id`, [choice.lists])
      : { rows: [] },
    choice.subscribers ? pool.query<{ id: number; email: string }>(`SELECT id, email FROM subscribers WHERE ${BULLETIN_SUBSCRIBER} ORDER BY id`) : { rows: [] },
    pool.query<{ address: string }>(
      `SELECT DISTINCT d.address FROM mail_deliveries d JOIN mail_sendings s ON s.id = d.sending_id
       WHERE s.bulletin_id = $1 AND d.address IS NOT NULL AND d.status IN ('queued', 'sending', 'sent')`,
      [choice.bulletin],
    ),
    pool.query<{ list: number | null; name: string | null; to_subscribers: boolean }>(
      `SELECT r.mailing_lists_id AS list, l.name, s.to_subscribers FROM mail_sendings s
       LEFT JOIN mail_sendings_rels r ON r.parent_id = s.id AND r.path = 'lists'
       LEFT JOIN mailing_lists l ON l.id = r.mailing_lists_id
       WHERE s.bulletin_id = $1`,
      [choice.bulletin],
    ),
  ])
  const alreadySentTo = [
    ...new Set([
      ...earlier.rows.filter((row) => row.list !== null && choice.lists.includes(row.list)).map((row) => `danh sách “${row.name}”`),
      ...(choice.subscribers && earlier.rows.some((row) => row.to_subscribers) ? ['người đăng ký nhận bản tin'] : []),
    ]),
  ]
  const have = new Set(received.rows.map((row) => row.address))
  const seen = new Set<string>()
  let alreadyReceived = 0
  const recipients: NewDelivery[] = []
  const add = (address: string, recipient: Pick<NewDelivery, 'member' | 'subscriber'>) => {
    if (seen.has(address)) return
    seen.add(address)
    if (have.has(address)) alreadyReceived++
    else recipients.push({ address, ...recipient })
  }
  for (const member of members.rows) add(member.email, { member: member.id })
  for (const subscriber of subscribers.rows) add(subscriber.email, { subscriber: subscriber.id })
  return { recipients, alreadySentTo, alreadyReceived }
}
