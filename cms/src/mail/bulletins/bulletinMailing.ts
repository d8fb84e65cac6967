import path from 'node:path'
import type { Payload } from 'payload'
import { absoluteUrl, htmlToText, printPaths, siteIdentity } from '@reform/shared'
import { publishedMailItems, siteFileUrl } from '../items/mailItem'
import { bulletinIssueMessage } from '../messages/bulletinIssueMessage'
import type { BulletinMailing } from '../sending/mailingContent'

/** A PDF up to this size travels with the message; a larger one only as its link (thousands of copies). */
export const LARGEST_ATTACHMENT = 1024 * 1024

/**
 * A published issue as one message for everyone (MJML once per sending): number, date,
 * publisher, introduction, each section's articles with their summaries and links, the PDF.
 */
export async function bulletinMailing(payload: Payload, bulletinId: number): Promise<BulletinMailing> {
  const siteUrl = String(payload.config.custom?.siteUrl)
  const [issue] = await publishedMailItems(payload, 'bulletins', [bulletinId], 1)
  if (!issue) throw new Error(`Bulletin ${bulletinId} is not published`)
  const doc = issue.doc as {
    number: number
    year: number
    issueDate: string
    introductionHtml?: string | null
    sections?: Array<{ heading: string; articles?: unknown[] }> | null
    pdf?: unknown
  }
  const articleIds = (doc.sections ?? []).flatMap((section) =>
    (section.articles ?? []).map((article) => (typeof article === 'object' && article ? (article as { id: number }).id : Number(article))),
  )
  const articles = new Map((await publishedMailItems(payload, 'articles', articleIds)).map((article) => [article.id, article]))
  const pdf = doc.pdf && typeof doc.pdf === 'object' ? (doc.pdf as { url?: string; filesize?: number; filename?: string }) : undefined
  const pdfUrl = siteFileUrl(pdf?.url, siteUrl)
  const message = await bulletinIssueMessage({
    site: siteIdentity(),
    siteUrl,
    number: doc.number,
    year: doc.year,
    issueDate: doc.issueDate,
    title: issue.title,
    introduction: doc.introductionHtml ? htmlToText(doc.introductionHtml) : '',
    sections: (doc.sections ?? []).map((section) => ({
      heading: section.heading,
      articles: (section.articles ?? []).flatMap((article) => {
        const found = articles.get(typeof article === 'object' && article ? (article as { id: number }).id : Number(article))
        return found ? [{ title: found.title, summary: found.summary, url: found.url }] : []
      }),
    })),
    // Without an uploaded PDF, the one the site build makes of every issue (ready within seconds of the publish).
    pdf: pdfUrl ? { url: pdfUrl, size: pdf?.filesize ?? undefined } : { url: absoluteUrl(printPaths.bulletinPdf(doc.year, doc.number), siteUrl) },
  })
  const staticDir = payload.collections['document-files'].config.upload.staticDir
  const attachment =
    pdf?.filename && staticDir && (pdf.filesize ?? Infinity) <= LARGEST_ATTACHMENT ? { filename: pdf.filename, path: path.join(staticDir, pdf.filename) } : undefined
  return {
    ...message,
    ...(attachment ? { attachment } : {}),
    reason: {
      subscriber: 'Bạn nhận thư này vì đã đăng ký nhận Bản tin điện tử cải cách hành chính.',
      member: 'Bạn nhận thư này vì có tên trong danh sách nhận bản tin của cơ quan.',
    },
  }
}
