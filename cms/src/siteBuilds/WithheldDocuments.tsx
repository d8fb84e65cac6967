import type { Payload, TypedUser } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import type { WithheldDocument } from './runSiteBuild'

/**
 * Dashboard panel for publishers: the documents the latest live build left out of the public site
 * because they fail its schema ("có lỗi"), each with the fields to fix and a link to edit it.
 */
export async function WithheldDocuments({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!hasRole(user, 'editor-in-chief', 'admin')) return null
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'succeeded' } },
    sort: '-id',
    limit: 1,
    depth: 0,
    select: { hasErrors: true, withheld: true },
  })
  const build = docs[0]
  const withheld = (build?.withheld ?? []) as WithheldDocument[]
  if (!build?.hasErrors || withheld.length === 0) return null
  return (
    <section style={{ marginBottom: 'var(--base)' }} aria-labelledby="withheld-documents">
      <h2 id="withheld-documents">Trang công khai có lỗi: {withheld.length} nội dung bị bỏ ra</h2>
      <p>
        <a href={`/admin/collections/site-builds/${build.id}`}>Bản dựng #{build.id}</a> đã lên trang nhưng không đăng những nội dung dưới đây vì chúng không hợp lệ. Hãy sửa rồi
        xuất bản lại.
      </p>
      <ul>
        {withheld.map(({ collection, id, title, problems }) => (
          <li key={`${collection}:${id}`}>
            <a href={`/admin/collections/${collection}/${id}`}>{title ?? `#${id}`}</a> ({collection}): {problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}
          </li>
        ))}
      </ul>
    </section>
  )
}
