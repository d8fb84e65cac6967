import { formatDateVi } from '@reform/shared'
import type { MailableCollection } from '../alerts/mailableCollections'
import type { Block } from './layout'

/** A published item as alerts and digests show it (a MailItem fits). */
export type MessageItem = {
  collection: MailableCollection
  title: string
  summary?: string
  /** When it was published, issued (documents) or released (bulletins); empty when unknown. */
  date?: string
  url: string
}

/** How messages name each kind of item: a digest's group, an alert's subject, the date's meaning. */
export const ITEM_KINDS: Record<MailableCollection, { group: string; news: string; dated: string }> = {
  articles: { group: 'Tin bài', news: 'Tin mới', dated: 'Đăng ngày' },
  practices: { group: 'Mô hình mới, cách làm hay', news: 'Mô hình mới, cách làm hay', dated: 'Đăng ngày' },
  documents: { group: 'Văn bản chỉ đạo, điều hành', news: 'Văn bản mới', dated: 'Ban hành ngày' },
  bulletins: { group: 'Bản tin điện tử CCHC', news: 'Bản tin mới', dated: 'Phát hành ngày' },
}

/** "Đăng ngày 03/12/2026", or undefined when the item has no date. */
export const itemDate = (item: MessageItem) => (item.date ? `${ITEM_KINDS[item.collection].dated} ${formatDateVi(item.date)}` : undefined)

export const itemEntry = (item: MessageItem): Block => ({ type: 'entry', title: item.title, url: item.url, meta: itemDate(item), summary: item.summary })
