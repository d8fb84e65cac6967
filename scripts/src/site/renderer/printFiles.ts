import { createRequire } from 'node:module'
import path from 'node:path'
import { siteCodeHash } from './siteCodeHash'

/** What one print step did, for the build log. Paths are release-relative. */
export type PrintReport = {
  made: string[]
  /** Of those made, the ones the release did not have before: pages link them only from the next build. */
  added: string[]
  failed: { file: string; error: string }[]
  /** Still to make: the next build's print step goes on with them. */
  remaining: number
}

/** Whether a built file is a print file (site/src/print): made after its release goes live, not with the pages. */
export const isPrintFile = (file: string): boolean => file.endsWith('.pdf')

/** The packages that draw print files: the PDF engine, QR codes, the font and its cutting. */
const PRINT_PACKAGES = ['pdfmake', 'qrcode', '@expo-google-fonts/noto-sans', 'subset-font']

/**
 * What a print file is drawn with besides its content: the print code, the versions of the
 * packages that draw it (wherever npm put them), the site's address. Not the whole site's code,
 * so a change to a page's look does not make every PDF again (tens of minutes on a large site).
 */
export function printCodeHash(siteDir: string, siteUrl: string): Promise<string> {
  const resolve = createRequire(path.join(siteDir, 'package.json')).resolve
  const packages = PRINT_PACKAGES.map((name) => path.relative(siteDir, resolve(`${name}/package.json`)))
  return siteCodeHash(siteDir, siteUrl, ['src/print', ...packages])
}
