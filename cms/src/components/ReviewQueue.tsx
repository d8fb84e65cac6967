import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'
import React from 'react'
import { canPublish } from '../access/roles'

/** Collections that go through review, and how an item is named in the list. */
const REVIEWED: Array<{ slug: CollectionSlug; title: string; name: string }> = [
  { slug: 'articles', title: 'title', name: 'Tin bài' },
  { slug: 'bulletins', title: 'title', name: 'Bản tin' },
  { slug: 'practices', title: 'title', name: 'Mô hình' },
  { slug: 'documents', title: 'title', name: 'Văn bản' },
]

/**
 * Dashboard panel of the review workflow: the editor-in-chief sees what waits for review; a writer
 * sees what was returned to them, with the comment.
 */
export async function ReviewQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const publisher = canPublish(user)
  const where: Where = publisher
    ? { reviewState: { equals: 'submitted' } }
    : { and: [{ reviewState: { equals: 'returned' } }, { createdBy: { equals: user.id } }] }
  const lists = await Promise.all(
    REVIEWED.map(async ({ slug, title, name }) => {
      const { docs } = await payload.find({ collection: slug, where, draft: true, depth: 0, limit: 20, sort: '-updatedAt' })
      return docs.map((doc) => {
        const item = doc as unknown as Record<string, unknown>
        return { slug, name, id: item.id as number, title: String(item[title] ?? item.id), comment: item.reviewComment as string | undefined }
      })
    }),
  )
  const items = lists.flat()
  return (
    <section style={{ marginBottom: 'var(--base)' }} aria-labelledby="review-queue">
      <h2 id="review-queue">{publisher ? 'Chờ duyệt' : 'Bị trả lại để sửa'}</h2>
      {items.length === 0 ? (
        <p>{publisher ? 'Không có bài nào chờ duyệt.' : 'Không có bài nào bị trả lại.'}</p>
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
