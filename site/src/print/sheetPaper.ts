import type { Content, Margins, PredefinedPageSize } from 'pdfmake/interfaces'

export type Paper = 'A4' | 'A3'

/** A sheet is designed in A4 points; A3 is the same sheet scaled by √2, type included. */
const PAPER_SCALE: Record<Paper, number> = { A4: 1, A3: Math.SQRT2 }

const A4_WIDTH = 595.28
export const ACCENT = '#9b1c1c'
export const MUTED = '#333333'

/** Sizes in A4 points, turned into the paper's. */
export function paperScale(paper: Paper) {
  const scale = PAPER_SCALE[paper]
  return {
    pageSize: paper satisfies PredefinedPageSize,
    pt: (a4Points: number) => a4Points * scale,
    margins: (...a4Points: [number, number, number, number]) => a4Points.map((value) => value * scale) as Margins,
    /** The width between side margins of `side` A4 points each. */
    lineWidth: (side: number) => (A4_WIDTH - 2 * side) * scale,
  }
}

/** A horizontal rule across `width` points. */
export function rule(width: number, thickness: number, margin: Margins): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: thickness, lineColor: ACCENT }], margin }
}
