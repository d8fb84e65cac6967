import type { APIRoute } from 'astro'
import { PRINT_PAPERS, type PrintPaper } from '@reform/shared'
import { withCacheKeys } from '../lib/cacheKeys'
import { siteInfo } from '../lib/siteInfo'
import { noticeSheetPdf, type Paper, type SheetItem } from './noticeSheet'
import { pdfResponse } from './pdfResponse'
import { printCode } from './printedFiles'

/** The paper of a print file's path as the PDF makers name it. */
export const paperOf = (paper: PrintPaper): Paper => (paper === 'a3' ? 'A3' : 'A4')

/** The `[slug]/[sheet].pdf` paths of one kind of page: both papers of each document's sheet. */
export const noticeSheetPaths = <T extends { slug: string }>(documents: T[], itemOf: (document: T, site: string) => SheetItem) =>
  withCacheKeys(
    documents.flatMap((document) => {
      const item = itemOf(document, import.meta.env.SITE)
      return PRINT_PAPERS.map((paper) => ({ params: { slug: document.slug, sheet: `bang-tin-${paper}` }, props: { item, paper, code: printCode() } }))
    }),
  )

export const noticeSheetResponse: APIRoute<{ item: SheetItem; paper: PrintPaper }> = async ({ props }) =>
  pdfResponse(await noticeSheetPdf(props.item, { paper: paperOf(props.paper), portalName: siteInfo.name }))
