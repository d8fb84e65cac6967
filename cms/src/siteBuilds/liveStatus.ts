import type { CollectionSlug, Payload, Where } from 'payload'
import { formatDateTimeVi } from '@reform/shared'

export type LiveState = 'live' | 'pending' | 'failed' | 'notBuilt' | 'notPublic'

/**
 * Whether the latest public change of a document (its published version, as the site reads it)
 * is on the live site: it is when a build that succeeded started after that change was saved.
 */
export async function liveStatus(payload: Payload, collection: CollectionSlug, id: number | string): Promise<{ state: LiveState; message: string }> {
  const newest = (where: Where) => payload.find({ collection: 'site-builds', where, sort: '-startedAt', limit: 1, depth: 0 }).then(({ docs }) => docs[0])
  const [published, latest, lastSucceeded, waiting] = await Promise.all([
    payload.findByID({ collection, id, depth: 0, draft: false, disableErrors: true }),
    newest({ status: { in: ['succeeded', 'failed'] } }),
    newest({ status: { equals: 'succeeded' } }),
    payload.find({ collection: 'site-builds', where: { status: { in: ['queued', 'running'] } }, sort: 'createdAt', limit: 1, depth: 0 }).then(({ docs }) => docs[0]),
  ])
  const doc = published as { _status?: string | null; updatedAt?: string } | null
  const waitingText = waiting ? `bản dựng #${waiting.id} ${waiting.status === 'running' ? 'đang chạy' : 'đang chờ'}` : ''
  if (!doc || doc._status !== 'published') {
    return { state: 'notPublic', message: `Không có trên trang công khai (chưa xuất bản hoặc đã gỡ)${waiting ? `; ${waitingText}` : ''}.` }
  }
  const changedAt = new Date(doc.updatedAt ?? 0)
  if (lastSucceeded?.startedAt && new Date(lastSucceeded.startedAt) >= changedAt) {
    return {
      state: 'live',
      message: `Thay đổi mới nhất đã lên trang công khai lúc ${formatDateTimeVi(new Date(lastSucceeded.finishedAt ?? lastSucceeded.startedAt))} (bản dựng #${lastSucceeded.id}).`,
    }
  }
  if (waiting) return { state: 'pending', message: `Đang chờ lên trang công khai: ${waitingText}.` }
  if (latest?.status === 'failed')
    return { state: 'failed', message: `Chưa lên trang công khai: bản dựng #${latest.id} bị lỗi; trang cũ vẫn chạy. Xem “Bản dựng trang công khai”.` }
  return { state: 'notBuilt', message: 'Chưa lên trang công khai: chưa có bản dựng nào sau thay đổi này.' }
}
