import type { PayloadRequest } from 'payload'
import type { MailingList } from '../../../payload-types'

const count = new Intl.NumberFormat('vi-VN')

/** One audit entry for a whole import: how many people, into which list; never who (they are personal data). */
export async function recordImport(req: PayloadRequest, list: Pick<MailingList, 'id' | 'name'>, imported: number, skipped: number): Promise<void> {
  const title = `Nhập ${count.format(imported)} người nhận vào danh sách “${list.name}”`
  const user = req.user
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: 'create',
      collectionSlug: 'list-members',
      documentTitle: title,
      summary: `${user?.email ?? 'Hệ thống'}: ${title}${skipped > 0 ? ` (bỏ qua ${count.format(skipped)} dòng)` : ''}`,
      user: user?.id as number | undefined,
      userEmail: user?.email,
    },
  })
}
