import type { APIRoute } from 'astro'
import { PRINT_PAPERS, type PrintPaper } from '@reform/shared'
import { withCacheKeys } from '../lib/cacheKeys'
import { siteInfo } from '../lib/siteInfo'
import { noticeSheetPdf, type Paper, type SheetItem } from './noticeSheet'
import { pdfResponse } from './pdfResponse'
import { printCode } from './printedFiles'

/** The paper of a print file's path as the PDF makers name it. */
export const paperOf = (paper: PrintPaper): Paper => (paper === 'a3' ? 'A3' : 'A4')

/** A print file's `[sheet]` parameter: its name without `.pdf` (`bang-tin-a4`). */
export const sheetParam = (printPath: string): string => printPath.slice(printPath.lastIndexOf('/') + 1).replace(/\.pdf$/, '')

/** The `[slug]/[sheet].pdf` paths of one kind of page (`pathOf`: its printPaths builder): both papers of each document's sheet. */
export const noticeSheetPaths = <T extends { slug: string }>(
  documents: T[],
  itemOf: (document: T, site: string) => SheetItem,
  pathOf: (slug: string, paper: PrintPaper) => string,
) =>
  withCacheKeys(
    documents.flatMap((document) => {
      const item = itemOf(document, import.meta.env.SITE)
      return PRINT_PAPERS.map((paper) => ({ params: { slug: document.slug, sheet: sheetParam(pathOf(document.slug, paper)) }, props: { item, paper, code: printCode() } }))
    }),
  )

export const noticeSheetResponse: APIRoute<{ item: SheetItem; paper: PrintPaper }> = async ({ props }) =>
  pdfResponse(await noticeSheetPdf(props.item, { paper: paperOf(props.paper), portalName: siteInfo.name }))
