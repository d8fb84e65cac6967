import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'
import React from 'react'
import { canPublish } from '../access/roles'
import { documentTitle } from '../utilities/documentTitle'

const labelOf = (label: unknown): string => (typeof label === 'string' ? label : ((label as Record<string, string> | undefined)?.vi ?? ''))

/**
 * Dashboard panel of the review workflow: the editor-in-chief sees what waits for review; a writer
 * sees what was returned to them, with the comment. Covers every collection with review fields.
 */
export async function ReviewQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const publisher = canPublish(user)
  const where: Where = publisher ? { reviewState: { equals: 'submitted' } } : { and: [{ reviewState: { equals: 'returned' } }, { createdBy: { equals: user.id } }] }
  const reviewed = payload.config.collections.filter((collection) => collection.fields.some((field) => 'name' in field && field.name === 'reviewState'))
  const lists = await Promise.all(
    reviewed.map(async (collection) => {
      const { docs } = await payload.find({ collection: collection.slug as CollectionSlug, where, draft: true, depth: 0, limit: 20, sort: '-updatedAt' })
      return docs.map((doc) => {
        const item = doc as unknown as Record<string, unknown>
        return {
          slug: collection.slug,
          name: labelOf(collection.labels.singular),
          id: item.id as number,
          title: documentTitle(item, collection),
          comment: item.reviewComment as string | undefined,
        }
      })
    }),
  )
  const items = lists.flat()
  return (
    <section style={{ marginBottom: 'var(--base)' }} aria-labelledby="review-queue">
      <h2 id="review-queue">{publisher ? 'Chờ duyệt' : 'Bị trả lại để sửa'}</h2>
      {items.length === 0 ? (
        <p>{publisher ? 'Không có nội dung nào chờ duyệt.' : 'Không có nội dung nào bị trả lại.'}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.slug}-${item.id}`}>
              {item.name}: <a href={`/admin/collections/${item.slug}/${item.id}`}>{item.title}</a>
              {item.comment ? ` — ${item.comment}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
