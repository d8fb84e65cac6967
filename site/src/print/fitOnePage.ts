import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { layOutPdf, type LaidOutPdf } from './pdfDocument'

/** How much of each part a sheet keeps: how many words, key points, size steps… */
export type Kept<Part extends string> = Record<Part, number>

async function onePage(definition: TDocumentDefinitions): Promise<LaidOutPdf | undefined> {
  const pdf = await layOutPdf(definition)
  return pdf.pages === 1 ? pdf : undefined
}

/**
 * The sheet on one page, found by laying it out: everything if it fits; else the parts are cut in
 * `order`, each only as far as needed (a binary search on how much of it to keep) and the next
 * only once the one before is gone. Keeping more of a part must never make the sheet shorter.
 */
export async function fitOnePage<Part extends string>(full: Kept<Part>, order: readonly Part[], sheet: (kept: Kept<Part>) => TDocumentDefinitions): Promise<Buffer> {
  let kept = full
  let fitted = await onePage(sheet(kept))
  for (const part of order) {
    if (fitted) break
    if (kept[part] === 0) continue
    const without = { ...kept, [part]: 0 }
    fitted = await onePage(sheet(without))
    if (!fitted) {
      kept = without
      continue
    }
    // `low` fits, `high` does not.
    let [low, high] = [0, kept[part]]
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2)
      const pdf = await onePage(sheet({ ...kept, [part]: middle }))
      if (pdf) [low, fitted] = [middle, pdf]
      else high = middle
    }
  }
  if (!fitted) throw new Error('The sheet does not fit one page even with every part cut')
  return fitted.toBuffer()
}
