import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** What the pages are made from besides their content, relative to the site folder. */
const SOURCES = ['astro.config.mjs', 'src', '../shared/src', '../package-lock.json']

/**
 * A digest of the site's code, configuration, dependency versions and public address: a page
 * rendered by another release is reused only when this and its cache key are the same. Astro's
 * bundle is no use for this: its chunk names change with the output folder.
 */
export async function siteCodeHash(siteDir: string, siteUrl: string, sources = SOURCES): Promise<string> {
  const hash = createHash('sha256').update(siteUrl)
  for (const source of sources) {
    const at = path.join(siteDir, source)
    const files = (await readdir(at, { recursive: true, withFileTypes: true }).catch(() => undefined))
      ?.filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort() ?? [at]
    for (const file of files) hash.update(`\0${path.relative(siteDir, file)}\0`).update(await readFile(file))
  }
  return hash.digest('base64url')
}
