import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { FEEDBACK_STATUSES, formatDateVi, optionLabel } from '@reform/shared'
import { hasRole } from '../access/roles'

const SHOWN = 10

/**
 * Dashboard panel for those who answer citizens (editor-in-chief, editors, unit contributors): the
 * open feedback items they may handle (a contributor, their unit's), the nearest due date first,
 * overdue ones marked.
 */
export async function FeedbackDue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  // The system administrator does not handle citizens' feedback (and does not read its text).
  if (!hasRole(user, 'editor-in-chief', 'editor', 'contributor')) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'feedback',
    where: { status: { in: ['received', 'in-progress'] } },
    sort: 'dueDate',
    limit: SHOWN,
    depth: 0,
    overrideAccess: false,
    user,
    // A contributor without a unit may read no item: an empty list, not an error.
    disableErrors: true,
    select: { trackingCode: true, publicTitle: true, status: true, dueDate: true },
  })
  const now = Date.now()
  return (
    <section style={{ marginBottom: 'var(--base)' }} aria-labelledby="feedback-due">
      <h2 id="feedback-due">Góp ý, phản ánh đang chờ xử lý{totalDocs > 0 ? ` (${totalDocs})` : ''}</h2>
      {docs.length === 0 ? (
        <p>Không có góp ý nào đang chờ xử lý.</p>
      ) : (
        <ul>
          {docs.map((item) => {
            const overdue = Boolean(item.dueDate) && new Date(item.dueDate!).getTime() < now
            return (
              <li key={item.id}>
                <a href={`/admin/collections/feedback/${item.id}`}>{item.trackingCode}</a>: {item.publicTitle} — {optionLabel(FEEDBACK_STATUSES, item.status)}
                {item.dueDate ? overdue ? <strong>, quá hạn từ {formatDateVi(item.dueDate)}</strong> : `, hạn ${formatDateVi(item.dueDate)}` : ''}
              </li>
            )
          })}
        </ul>
      )}
      {totalDocs > SHOWN && (
        <p>
          <a href="/admin/collections/feedback">Xem tất cả</a>
        </p>
      )}
    </section>
  )
}
