import { createRequire } from 'node:module'
import path from 'node:path'
import pdfmake from 'pdfmake'
import type { Style, TDocumentDefinitions } from 'pdfmake/interfaces'
import { withDotBelowRuns } from './dotBelowRuns'
import { printedFont } from './printedFonts'

const FONT_FOLDER = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/package.json'))
const fontFile = (name: string) => path.join(FONT_FOLDER, name, `NotoSans_${name}.ttf`)

export const NOTO_SANS = {
  normal: fontFile('400Regular'),
  bold: fontFile('700Bold'),
  italics: fontFile('400Regular_Italic'),
  bolditalics: fontFile('700Bold_Italic'),
}

/** The four faces, cut once per process (~0.5 s) when the first PDF is made, then held in pdfmake's in-memory file system. */
let fontsReady: Promise<void> | undefined
// In pdfmake 0.3 but not in its typings.
const fontFiles = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs
const loadFonts = async () => {
  const faces = await Promise.all(
    Object.entries(NOTO_SANS).map(async ([style, file]) => {
      fontFiles.writeFileSync(`printed-${style}.ttf`, await printedFont(file))
      return [style, `printed-${style}.ttf`]
    }),
  )
  pdfmake.setFonts({ NotoSans: Object.fromEntries(faces) })
}
// Our documents reference no URL and no file but the fonts: anything else is refused, never fetched.
pdfmake.setUrlAccessPolicy(() => false)
pdfmake.setLocalAccessPolicy(() => false)

export const BASE_STYLE: Style = { font: 'NotoSans' }

/** A header or footer (an object or a function of the page) with its texts in runs too. */
const shaped = <T>(part: T): T => (typeof part === 'function' ? (((...args: unknown[]) => withDotBelowRuns(part(...args))) as T) : (withDotBelowRuns(part) as T))

export type LaidOutPdf = { pages: number; toBuffer(): Promise<Buffer> }

/**
 * Lays a document out without finishing it, so a maker can try versions until one fits and
 * then keep that one. The same definition always gives the same bytes: `info.creationDate`
 * must be set (pdfkit would take "now", and derives the file ID from it).
 */
export async function layOutPdf(definition: TDocumentDefinitions): Promise<LaidOutPdf> {
  if (!definition.info?.creationDate) throw new TypeError('A PDF needs info.creationDate to be reproducible')
  await (fontsReady ??= loadFonts())
  const document = pdfmake.createPdf(
    {
      language: 'vi',
      ...definition,
      info: { modDate: definition.info.creationDate, ...definition.info },
      content: shaped(definition.content),
      ...(definition.header ? { header: shaped(definition.header) } : {}),
      ...(definition.footer ? { footer: shaped(definition.footer) } : {}),
      defaultStyle: { ...BASE_STYLE, ...definition.defaultStyle },
    },
    { bufferPages: true },
  )
  const pages = (await document.getStream()).bufferedPageRange().count
  return { pages, toBuffer: () => document.getBuffer() }
}

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return (await layOutPdf(definition)).toBuffer()
}
