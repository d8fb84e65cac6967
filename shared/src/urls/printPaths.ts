import { publicPaths } from './publicPaths'

/**
 * The print files the build makes beside the page they come from (see DESIGN.md "Reach"): a
 * bulletin issue as a PDF, and notice-board sheets (bảng tin) in A4 and A3.
 */
export const PRINT_PAPERS = ['a4', 'a3'] as const
export type PrintPaper = (typeof PRINT_PAPERS)[number]

export const printPaths = {
  bulletinPdf: (year: number, number: number) => `${publicPaths.bulletinIssue(year, number)}ban-tin-so-${number}-${year}.pdf`,
  articleSheet: (slug: string, paper: PrintPaper) => `${publicPaths.article(slug)}bang-tin-${paper}.pdf`,
  practiceSheet: (slug: string, paper: PrintPaper) => `${publicPaths.practice(slug)}bang-tin-${paper}.pdf`,
  /** A unit's "Bảng tin tuần": the latest week's items that concern it. */
  unitWeeklySheet: (slug: string, paper: PrintPaper) => `${publicPaths.unit(slug)}bang-tin-tuan-${paper}.pdf`,
} as const
