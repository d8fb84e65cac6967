import { createHash } from 'node:crypto'
import path from 'node:path'
import { readStoredJson } from './storedJson'
import { siteCodeHash } from './siteCodeHash'

/** What one print step did, for the build log. Paths are release-relative. */
export type PrintReport = {
  made: string[]
  /** Of those made, the ones the release did not have before: pages link them only from the next build. */
  added: string[]
  failed: { file: string; error: string }[]
  /** Of those failed, the ones an older version of which was linked: pages drop the link from the next build. */
  unlinked: string[]
  /** Still to make: the next build's print step goes on with them. */
  remaining: number
}

/** Whether a built file is a print file (site/src/print): made after its release goes live, not with the pages. */
export const isPrintFile = (file: string): boolean => file.endsWith('.pdf')

/** The packages that draw print files: the PDF engine, the HTML parser, QR codes, the font and its cutting. */
const PRINT_PACKAGES = ['pdfmake', 'pdfkit', 'htmlparser2', 'qrcode', '@expo-google-fonts/noto-sans', 'subset-font']

/** Their versions as installed, from the lockfile (some packages do not let their package.json be resolved). */
async function printPackageVersions(siteDir: string): Promise<string> {
  const lock = (await readStoredJson(path.join(siteDir, '../package-lock.json'))) as { packages?: Record<string, { version?: string }> } | undefined
  // The copy the site resolves: its own, else the hoisted one (not those nested under other packages).
  const version = (name: string) => (lock?.packages?.[`site/node_modules/${name}`] ?? lock?.packages?.[`node_modules/${name}`])?.version
  return PRINT_PACKAGES.map((name) => `${name}@${version(name)}`).join(' ')
}

/**
 * What a print file is drawn with besides its content: the print code, the shared date and text
 * helpers it formats with, the versions of the packages that draw it, the site's address. Not the
 * whole site's code, so a change to a page's look does not make every PDF again (tens of minutes
 * on a large site).
 */
export async function printCodeHash(siteDir: string, siteUrl: string): Promise<string> {
  const code = await siteCodeHash(siteDir, siteUrl, ['src/print', '../shared/src/dates', '../shared/src/text'])
  return createHash('sha256')
    .update(code)
    .update(await printPackageVersions(siteDir))
    .digest('base64url')
}
