import type { Payload, UIFieldServerProps } from 'payload'
import React from 'react'
import { canPublish } from '../../access/roles'
import { poolOf } from '../sending/deliveryStore'
import { BULLETIN_SUBSCRIBER, RECEIVING_MEMBER } from './audienceCriteria'
import { SendBulletin, type ListChoice } from './SendBulletin'
import { issueLabel } from './sendBulletinText'

const heading = <h3 id="send-bulletin">Gửi bản tin qua thư điện tử</h3>

const Note = ({ children }: { children: React.ReactNode }) => (
  <section aria-labelledby="send-bulletin" style={{ marginBottom: 'var(--base)' }}>
    {heading}
    <p>{children}</p>
  </section>
)

/** Every mailing list with the members who would get mail, and the subscribers who asked for bulletins: as the audience counts them. */
async function recipientsToChoose(payload: Payload): Promise<{ lists: ListChoice[]; subscribers: number }> {
  const pool = poolOf(payload)
  const [lists, members, subscribers] = await Promise.all([
    payload.find({ collection: 'mailing-lists', pagination: false, sort: 'name', depth: 0, select: { name: true }, overrideAccess: true }),
    pool.query<{ list: number; members: number }>(`SELECT list_id AS list, count(*)::int AS members FROM list_members WHERE ${RECEIVING_MEMBER} GROUP BY list_id`),
    pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM subscribers WHERE ${BULLETIN_SUBSCRIBER}`),
  ])
  const counts = new Map(members.rows.map((row) => [row.list, row.members]))
  return { lists: lists.docs.map((list) => ({ id: list.id, name: list.name, members: counts.get(list.id) ?? 0 })), subscribers: subscribers.rows[0]?.count ?? 0 }
}

/** The "Gửi bản tin" panel of a bulletin's edit view: for the editor-in-chief and administrators, once the issue is published. */
export async function SendBulletinField({ payload, req, id, data }: UIFieldServerProps) {
  if (!canPublish(req.user)) return null
  if (id === undefined) return <Note>Lưu và xuất bản bản tin trước, rồi gửi qua thư điện tử tại đây.</Note>
  // The published issue is what goes out (as the send endpoint checks), not the draft in the form. Payload
  // renders this once per page load, not after each save: hence "tải lại trang" above.
  const published = await payload.findByID({
    collection: 'bulletins',
    id,
    depth: 0,
    select: { number: true, year: true, _status: true },
    disableErrors: true,
    overrideAccess: true,
  })
  if (published?._status !== 'published') return <Note>Chỉ gửi được bản tin đã xuất bản: hãy xuất bản bản tin, rồi tải lại trang này.</Note>
  const { lists, subscribers } = await recipientsToChoose(payload)
  return (
    <section aria-labelledby="send-bulletin" style={{ marginBottom: 'var(--base)' }}>
      {heading}
      {data?._status === 'draft' && <p>Thư mang nội dung đã xuất bản; những sửa đổi còn là bản nháp sẽ không có trong thư.</p>}
      <SendBulletin bulletin={Number(id)} issue={issueLabel(published)} lists={lists} subscribers={subscribers} />
    </section>
  )
}
