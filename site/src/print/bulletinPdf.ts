import { formatDateVi, toNFC } from '@reform/shared'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { htmlContent } from './htmlContent'
import { LINK_MARKS } from './htmlInlines'
import { renderPdf } from './pdfDocument'
import { qrCode } from './qrCode'
import { ACCENT, MUTED, rule } from './sheetPaper'
import { shortUrl } from './shortUrl'

export type BulletinPrint = {
  number: number
  year: number
  issueDate: string
  title: string
  publisher: string
  introductionHtml?: string | null
  url: string
  sections: {
    heading: string
    articles: { title: string; url: string; summary?: string | null; bodyHtml: string; publishedAt: string; unitNames: string[] }[]
  }[]
}
type BulletinArticle = BulletinPrint['sections'][number]['articles'][number]

const MARGINS = { side: 56, top: 56, bottom: 64 }
const TEXT_WIDTH = 595.28 - 2 * MARGINS.side

function cover(bulletin: BulletinPrint, portalName: string): Content {
  return {
    alignment: 'center',
    pageBreak: 'after',
    stack: [
      { text: toNFC(bulletin.publisher), bold: true, fontSize: 14 },
      { text: toNFC(portalName), fontSize: 12, color: MUTED, margin: [0, 4, 0, 0] },
      rule(TEXT_WIDTH, 2.5, [0, 10, 0, 0]),
      { text: 'BẢN TIN ĐIỆN TỬ\nCẢI CÁCH HÀNH CHÍNH', bold: true, fontSize: 30, color: ACCENT, margin: [0, 130, 0, 0] },
      { text: `Số ${bulletin.number}/${bulletin.year}`, bold: true, fontSize: 22, margin: [0, 20, 0, 0] },
      { text: `Ngày ${formatDateVi(bulletin.issueDate)}`, fontSize: 14, margin: [0, 6, 0, 0] },
      { text: toNFC(bulletin.title), bold: true, fontSize: 20, margin: [0, 36, 0, 0] },
      { ...qrCode(bulletin.url, 110), margin: [0, 60, 0, 0] },
      { text: ['Đọc trên cổng: ', { text: shortUrl(bulletin.url), link: bulletin.url, ...LINK_MARKS }], fontSize: 11 },
    ],
  }
}

function contents(bulletin: BulletinPrint): Content[] {
  const introduction = bulletin.introductionHtml ? htmlContent(bulletin.introductionHtml, { url: bulletin.url, width: TEXT_WIDTH }) : []
  return [
    ...(introduction.length ? [{ text: 'Lời giới thiệu', bold: true, fontSize: 16, margin: [0, 0, 0, 10] } satisfies Content, ...introduction] : []),
    { toc: { title: { text: 'MỤC LỤC', bold: true, fontSize: 16, margin: [0, introduction.length ? 16 : 0, 0, 10] }, numberStyle: { bold: true }, outlines: true } },
  ]
}

/** An article from a new page; its title is a contents entry and links to the article on the site. */
function article(entry: BulletinArticle, sectionHeading: string | undefined): Content[] {
  const units = entry.unitNames.map(toNFC).join(', ')
  return [
    ...(sectionHeading
      ? [
          {
            text: toNFC(sectionHeading),
            tocItem: true,
            tocStyle: { bold: true },
            tocMargin: [0, 8, 0, 2],
            bold: true,
            fontSize: 13,
            color: ACCENT,
            pageBreak: 'before',
            margin: [0, 0, 0, 8],
          } satisfies Content,
        ]
      : []),
    {
      text: toNFC(entry.title),
      link: entry.url,
      tocItem: true,
      tocMargin: [14, 2, 0, 2],
      bold: true,
      fontSize: 18,
      ...(sectionHeading ? {} : { pageBreak: 'before' as const }),
    },
    { text: [formatDateVi(entry.publishedAt), units].filter(Boolean).join(' · '), fontSize: 10, color: MUTED, margin: [0, 4, 0, 10] },
    ...(entry.summary ? [{ text: toNFC(entry.summary), bold: true, margin: [0, 0, 0, 10] } satisfies Content] : []),
    ...htmlContent(entry.bodyHtml, { url: entry.url, width: TEXT_WIDTH }),
    { text: ['Bài gốc: ', { text: shortUrl(entry.url), link: entry.url, ...LINK_MARKS }], fontSize: 9.5, color: MUTED, margin: [0, 8, 0, 0] },
  ]
}

function bulletinDefinition(bulletin: BulletinPrint, portalName: string): TDocumentDefinitions {
  const issue = `Bản tin điện tử CCHC số ${bulletin.number}/${bulletin.year}`
  return {
    pageSize: 'A4',
    pageMargins: [MARGINS.side, MARGINS.top, MARGINS.side, MARGINS.bottom],
    info: { title: `${issue}: ${toNFC(bulletin.title)}`, author: toNFC(bulletin.publisher), creationDate: new Date(bulletin.issueDate) },
    // Noto Sans's own line is 1.36 em; a little more reads easily.
    defaultStyle: { fontSize: 11, lineHeight: 1.1 },
    content: [
      cover(bulletin, portalName),
      ...contents(bulletin),
      ...bulletin.sections.flatMap((section) => section.articles.flatMap((entry, index) => article(entry, index === 0 ? section.heading : undefined))),
    ],
    // The page numbers are the ones the contents list; the cover has none.
    footer: (page) =>
      page === 1
        ? null
        : {
            columns: [{ text: issue }, { text: `Trang ${page}`, alignment: 'right' }],
            fontSize: 9,
            color: MUTED,
            margin: [MARGINS.side, 24, MARGINS.side, 0],
          },
  }
}

/** The bulletin issue as an A4 PDF: cover, contents with page numbers, then each article. */
export function bulletinPdf(bulletin: BulletinPrint, options: { portalName: string }): Promise<Buffer> {
  return renderPdf(bulletinDefinition(bulletin, options.portalName))
}
