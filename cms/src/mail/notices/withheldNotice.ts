import type { Payload } from 'payload'
import type { WithheldDocument } from '../../siteBuilds/runSiteBuild'
import type { Notice } from './composeNotice'

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** To every active publisher (editor-in-chief, admin): the documents a site build left out as invalid, with the fields to fix. */
export async function withheldNotice(payload: Payload, siteBuild: number): Promise<Notice | undefined> {
  const build = await payload.findByID({ collection: 'site-builds', id: siteBuild, depth: 0, overrideAccess: true, disableErrors: true })
  const withheld = (build?.withheld ?? []) as WithheldDocument[]
  if (!build || withheld.length === 0) return undefined
  const publishers = await payload.find({ collection: 'users', where: { role: { in: ['editor-in-chief', 'admin'] } }, pagination: false, depth: 0, overrideAccess: true })
  const to = publishers.docs
    .map((user) => user.email)
    .filter(Boolean)
    .join(', ')
  if (!to) return undefined
  const admin = `${(payload.config.serverURL ?? '').replace(/\/$/, '')}/admin`
  const items = withheld.map(({ collection, id, title, problems }) => ({
    name: `${title ? `“${title}”` : `#${id}`} (${collection} ${id})`,
    url: `${admin}/collections/${collection}/${id}`,
    fields: problems.map((problem) => `${problem.path}: ${problem.message}`),
  }))
  const intro = `Bản dựng #${siteBuild} đã lên trang nhưng bỏ ra ${withheld.length} nội dung không hợp lệ. Các trang của chúng không có trên trang công khai cho đến khi được sửa:`
  return {
    to,
    subject: `Trang công khai có lỗi: ${withheld.length} nội dung bị bỏ ra`,
    text: [intro, '', ...items.flatMap((item) => [`- ${item.name}: ${item.url}`, ...item.fields.map((field) => `    ${field}`)])].join('\n'),
    html: `<p>${escape(intro)}</p><ul>${items
      .map((item) => `<li><a href="${escape(item.url)}">${escape(item.name)}</a><ul>${item.fields.map((field) => `<li>${escape(field)}</li>`).join('')}</ul></li>`)
      .join('')}</ul>`,
  }
}
