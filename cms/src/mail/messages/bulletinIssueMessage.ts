import { absoluteUrl, formatDateVi, formatFileSize, formatLongDateVi, publicPaths, type SiteIdentity } from '@reform/shared'
import { renderLetter, type Block } from './layout'
import type { MailMessage } from './personalise'

export type BulletinIssueInput = {
  site: SiteIdentity
  siteUrl: string
  number: number
  year: number
  issueDate: string | Date
  /** The issue's title when it has its own; by default "Bản tin CCHC số N/YYYY". */
  title?: string
  /** Plain text; paragraphs apart by a blank line (htmlToText of the sanitised introduction). */
  introduction?: string
  sections: Array<{ heading: string; articles: Array<{ title: string; url: string; summary?: string }> }>
  /** The PDF edition on the site: absolute URL and size in bytes. */
  pdf?: { url: string; size?: number }
}

/** A bulletin issue, made once for every list member and subscriber; personalise it per recipient. */
export function bulletinIssueMessage(input: BulletinIssueInput): Promise<MailMessage> {
  const { site, siteUrl, number, year, issueDate, pdf } = input
  const issueName = `Bản tin CCHC số ${number}/${year}`
  const title = input.title?.trim() || issueName
  const introduction = (input.introduction ?? '')
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
  const blocks: Block[] = [
    ...introduction.map((text) => ({ type: 'paragraph' as const, text })),
    { type: 'action', label: 'Đọc bản tin trên cổng thông tin', url: absoluteUrl(publicPaths.bulletinIssue(year, number), siteUrl) },
    ...(pdf ? [{ type: 'action' as const, label: `Tải bản PDF${pdf.size ? ` (${formatFileSize(pdf.size)})` : ''}`, url: pdf.url }] : []),
    // A section whose articles are all unpublished since has nothing left to show.
    ...input.sections
      .filter((section) => section.articles.length > 0)
      .flatMap((section): Block[] => [{ type: 'heading', text: section.heading }, ...section.articles.map((article) => ({ type: 'entry' as const, ...article }))]),
  ]
  return renderLetter({
    site,
    siteUrl,
    subject: title === issueName ? issueName : `${issueName}: ${title}`,
    preheader: introduction[0] ?? `${site.publisher} phát hành ngày ${formatDateVi(issueDate)}`,
    kicker: `Bản tin điện tử cải cách hành chính · Số ${number}/${year}`,
    title,
    lead: `${site.publisher} · Phát hành ${formatLongDateVi(issueDate)}`,
    blocks,
    footer: 'personal',
  })
}
