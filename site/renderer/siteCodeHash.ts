import { filesDigest } from './filesDigest'

/** What the pages are made from besides their content, relative to the site folder. */
const SOURCES = ['astro.config.mjs', 'src', '../shared/src', '../package-lock.json']

/**
 * A digest of the site's code, configuration, dependency versions and public address: a page
 * rendered by another release is reused only when this and its cache key are the same. Astro's
 * bundle is no use for this: its chunk names change with the output folder.
 */
export function siteCodeHash(siteDir: string, siteUrl: string, sources = SOURCES): Promise<string> {
  return filesDigest(siteDir, siteUrl, sources)
}
