import type { SiteIdentity } from '@reform/shared'
import { renderLetter, type Block } from './layout'
import { ITEM_KINDS, itemDate, type MessageItem } from './items'
import type { MailMessage } from './personalise'

export type AlertInput = {
  site: SiteIdentity
  siteUrl: string
  item: MessageItem
  /** The subscriber's choices the item answers: reform area and unit names. */
  matched: string[]
}

/** One item just published, to those who asked for news at once; personalise it per recipient. */
export function alertMessage({ site, siteUrl, item, matched }: AlertInput): Promise<MailMessage> {
  const kind = ITEM_KINDS[item.collection]
  const blocks: Block[] = [
    ...(item.summary ? [{ type: 'paragraph' as const, text: item.summary }] : []),
    { type: 'action', label: 'Đọc trên cổng thông tin', url: item.url },
    ...(matched.length ? [{ type: 'fact' as const, label: 'Theo lựa chọn của bạn', value: matched.join('; ') }] : []),
  ]
  return renderLetter({
    site,
    siteUrl,
    subject: `${kind.news}: ${item.title}`,
    preheader: item.summary || kind.group,
    kicker: kind.news,
    title: item.title,
    lead: itemDate(item),
    blocks,
    footer: 'personal',
  })
}
