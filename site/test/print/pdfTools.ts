import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

const run = promisify(execFile)

/** Runs a poppler tool on the PDF (written to a file of its own): `args`, the file, then `after`. */
async function poppler(tool: string, pdf: Buffer, args: string[], after: string[] = ['-']): Promise<string> {
  const { stdout } = await run(tool, [...args, await pdfFile(pdf), ...after], { maxBuffer: 64 << 20 })
  return stdout
}

let folder: Promise<string> | undefined
const workFolder = () => (folder ??= mkdtemp(path.join(tmpdir(), 'reform-print-')))
export const removeWorkFolder = async () => folder && rm(await folder, { recursive: true, force: true })

async function pdfFile(pdf: Buffer): Promise<string> {
  const file = path.join(await workFolder(), `${createHash('sha256').update(pdf).digest('hex')}.pdf`)
  await writeFile(file, pdf)
  return file
}

type PageRange = { first?: number; last?: number }
const range = ({ first, last }: PageRange) => [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])]

/** The text layer as pdftotext reads it (`layout` keeps each line's columns apart). */
export const pdfText = (pdf: Buffer, pages: PageRange = {}, layout = false) => poppler('pdftotext', pdf, [...range(pages), ...(layout ? ['-layout'] : []), '-enc', 'UTF-8'])

/** Words with their boxes (pdftotext -bbox), in points from the top left. */
export async function pdfWords(pdf: Buffer, pages: PageRange = {}) {
  const html = await poppler('pdftotext', pdf, ['-bbox', ...range(pages), '-enc', 'UTF-8'])
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map(([, xMin, yMin, xMax, yMax, text]) => ({
    xMin: +xMin!,
    yMin: +yMin!,
    xMax: +xMax!,
    yMax: +yMax!,
    text: text!,
  }))
}

/** A word's font size from its box: Noto Sans's box is ascender 1.069 + descender 0.293 em tall. */
export const fontSizeOf = (word: { yMin: number; yMax: number }) => (word.yMax - word.yMin) / 1.362

/** pdfinfo's fields. */
export async function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  const out = await poppler('pdfinfo', pdf, [], [])
  return Object.fromEntries(
    out
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const at = line.indexOf(':')
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
      }),
  )
}

/** Page count and size in whole points, e.g. { pages: 1, size: '595x842' }. */
export async function pagesOf(pdf: Buffer) {
  const info = await pdfInfo(pdf)
  const [width, height] = info['Page size']!.split(' x ').map((value) => Math.round(parseFloat(value)))
  return { pages: Number(info.Pages), size: `${width}x${height}` }
}

/** pdffonts' rows: each font's name and whether it is embedded. */
export async function pdfFonts(pdf: Buffer) {
  const rows = (await poppler('pdffonts', pdf, [], [])).trim().split('\n').slice(2)
  return rows.map((row) => {
    const [name, ...rest] = row.trim().split(/\s+/u)
    // Columns from the right: emb sub uni object ID (two fields).
    return { name: name!, embedded: rest.at(-5) === 'yes' }
  })
}

/**
 * Every QR code on a page, rendered by pdftoppm and read by jsQR. jsQR reads one code per image, so
 * the page is cut into bands at its full-width rules (a sheet rules off its header, items, footer).
 */
export async function qrCodesOn(pdf: Buffer, page: number, dpi = 110): Promise<string[]> {
  const root = path.join(await workFolder(), `page-${page}`)
  await poppler('pdftoppm', pdf, ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile'], [root])
  const { width, height, data } = PNG.sync.read(await readFile(`${root}.png`))
  await rm(`${root}.png`)
  const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.length)
  const inked = (row: number) => {
    let count = 0
    for (let x = 0; x < width; x++) if (pixels[(row * width + x) * 4]! < 200) count++
    return count
  }
  const cuts = [0, ...Array.from({ length: height }, (_, row) => row).filter((row) => inked(row) > width * 0.6), height]
  const found: string[] = []
  for (let i = 1; i < cuts.length; i++) {
    const [top, bottom] = [cuts[i - 1]! + 1, cuts[i]!]
    if (bottom - top < 20) continue
    const code = jsQR(pixels.subarray(top * width * 4, bottom * width * 4), width, bottom - top)
    if (code) found.push(code.data)
  }
  return found
}

/** The link targets written in the file (pdfkit writes link annotations uncompressed). */
export const linkTargets = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/URI \(((?:[^()\\]|\\.)*)\)/gu)].map(([, uri]) => uri!.replace(/\\(.)/gu, '$1'))
