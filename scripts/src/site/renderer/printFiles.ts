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

/**
 * What a print file is drawn with besides its content: the print code, the PDF engine and font
 * versions, the site's address. Not the whole site's code, so a change to a page's look does not
 * make every PDF again (tens of minutes on a large site).
 */
const PRINT_SOURCES = ['src/print', '../node_modules/pdfmake/package.json', '../node_modules/qrcode/package.json', '../node_modules/@expo-google-fonts/noto-sans/package.json']

export const printCodeHash = (siteDir: string, siteUrl: string): Promise<string> => siteCodeHash(siteDir, siteUrl, PRINT_SOURCES)
