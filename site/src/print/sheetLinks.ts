import { PRINT_PAPERS, type PrintPaper } from '@reform/shared'
import { printedLink } from './printedFiles'

export type SheetLink = { paper: PrintPaper; href: string }

/** A page's links to its notice-board sheets, for the papers already made. */
export const sheetLinks = (pathOf: (paper: PrintPaper) => string): SheetLink[] =>
  PRINT_PAPERS.flatMap((paper) => {
    const href = printedLink(pathOf(paper))
    return href ? [{ paper, href }] : []
  })
