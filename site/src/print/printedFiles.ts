/**
 * Which print files (PDFs) the release being built has. The builder's renderer makes them after a
 * release goes live, so a page links a print file only once it exists, and its cache key changes
 * when it does. Shared through globalThis because the pages run from Astro's bundle, which has
 * its own copy of this module (as lib/liveContent.ts).
 */
export type PrintedFiles = {
  /** Release-relative paths of the print files present, e.g. `tin-tuc/x/bang-tin-a4.pdf`. */
  has: (file: string) => boolean
  /** A digest of the code that makes print files: part of each one's cache key. */
  code: () => string
}

const KEY = Symbol.for('reform-news.printedFiles')
const shared = globalThis as { [KEY]?: PrintedFiles }

/** Called by the builder's renderer before Astro lists the pages. */
export const installPrintedFiles = (printed: PrintedFiles): void => {
  shared[KEY] = printed
}

/**
 * The public path of a print file if a page may link it. A plain `astro build` (no renderer)
 * makes every print file with the pages, so all are there.
 */
export const printedLink = (sitePath: string): string | undefined => {
  const printed = shared[KEY]
  return !printed || printed.has(sitePath.replace(/^\//, '')) ? sitePath : undefined
}

/** What a print file's cache key adds to its content: the version of the code that draws it. */
export const printCode = (): string => shared[KEY]?.code() ?? ''
