import { formatDateVi, type SiteIdentity, type SubscriptionFrequency } from '@reform/shared'
import { MAILABLE_COLLECTIONS } from '../alerts/mailableCollections'
import { renderLetter, type Block } from './layout'
import { ITEM_KINDS, itemEntry, type MessageItem } from './items'
import type { MailMessage } from './personalise'

export type DigestInput = {
  site: SiteIdentity
  siteUrl: string
  frequency: Exclude<SubscriptionFrequency, 'immediate'>
  /** The period covered: from its start to its (excluded) end, 07:00 to 07:00 in Vietnam. */
  periodStart: string | Date
  periodEnd: string | Date
  items: MessageItem[]
}

const DAY = 86_400_000

/** "ngày 03/12/2026" or "trong tuần 23/11 – 29/11/2026": the days before the morning it goes out. */
function digestPeriod(frequency: DigestInput['frequency'], start: string | Date, end: string | Date): string {
  const first = formatDateVi(start)
  if (frequency === 'daily') return `ngày ${first}`
  const last = formatDateVi(new Date(new Date(end).getTime() - DAY))
  return `trong tuần ${first.slice(6) === last.slice(6) ? first.slice(0, 5) : first} – ${last}`
}

/** The day's or week's new items, grouped by kind; personalise it per recipient. */
export function digestMessage({ site, siteUrl, frequency, periodStart, periodEnd, items }: DigestInput): Promise<MailMessage> {
  const title = `Tin cải cách hành chính ${digestPeriod(frequency, periodStart, periodEnd)}`
  const blocks: Block[] = MAILABLE_COLLECTIONS.flatMap((collection) => {
    const group = items.filter((item) => item.collection === collection)
    return group.length ? [{ type: 'heading' as const, text: `${ITEM_KINDS[collection].group} (${group.length})` }, ...group.map(itemEntry)] : []
  })
  return renderLetter({
    site,
    siteUrl,
    subject: title,
    preheader: items.map((item) => item.title).join(' · '),
    kicker: frequency === 'daily' ? 'Bản tổng hợp hằng ngày' : 'Bản tổng hợp hằng tuần',
    title,
    blocks,
    footer: 'personal',
  })
}
