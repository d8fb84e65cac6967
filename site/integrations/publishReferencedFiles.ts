import { copyFile, link, mkdir, readdir, readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import pLimit from 'p-limit'
import { fileMirrorDir } from '../src/loaders/mirrorFile'

/**
 * A reference to a mirrored CMS file: `/media/{collection}/{file}`, after an origin (which must
 * then be the site's) or root-relative, which filesReferredToIn accepts only right after a quote,
 * bracket, space, comma or `=`. Starting the pattern at the path makes it fast to scan a large
 * site with.
 */
const FILE_REFERENCE = /(https?:\/\/[^\s"'<>/]+)?\/media\/([a-z0-9-]+\/[^"'\s<>)?#,]+)/g
const BEFORE_ROOT_RELATIVE = /["'(\s,=]/

type Where = {
  /** The loaders' mirror of CMS files (`media/…` below it). */
  mirrorDir: string
  /** The origin the pages were built for: absolute references elsewhere are not the site's. */
  siteOrigin: string
}

/** The CMS files (paths below `media/`) a page or feed refers to. */
export function filesReferredToIn(text: string, siteOrigin: string): string[] {
  const files = new Set<string>()
  for (const match of text.matchAll(FILE_REFERENCE)) {
    const [, origin, file] = match
    if (origin ? origin === siteOrigin : BEFORE_ROOT_RELATIVE.test(text[match.index - 1] ?? '')) files.add(decodeURIComponent(file!))
  }
  return [...files]
}

/**
 * Hard-links (or copies) into `outDir` the given CMS files (paths below `media/`) from the mirror,
 * skipping those already there. A file missing from the mirror throws, so the published site never
 * points at the CMS or at nothing.
 */
export async function linkMirroredFiles(outDir: string, files: Iterable<string>, mirrorDir: string): Promise<void> {
  const mediaDir = path.resolve(mirrorDir, 'media')
  for (const file of files) {
    const source = path.resolve(mediaDir, file)
    if (!source.startsWith(mediaDir + path.sep)) throw new Error(`A built page refers to /media/${file}, outside the media folder.`)
    if (!existsSync(source)) throw new Error(`A built page refers to /media/${file}, but the CMS did not provide that file.`)
    const target = path.resolve(outDir, 'media', file)
    if (existsSync(target)) continue
    await mkdir(path.dirname(target), { recursive: true })
    // A link where the mirror shares the disk: the mirror never rewrites a file in place.
    await link(source, target).catch(() => copyFile(source, target))
  }
}

/**
 * Links into `outDir` the CMS files that the given pages and feeds (paths below `outDir`) refer
 * to (see linkMirroredFiles). Returns how many files the pages refer to.
 */
export async function linkReferencedFiles(outDir: string, pages: string[], { mirrorDir, siteOrigin }: Where): Promise<number> {
  const referenced = new Set<string>()
  // Reads overlap: a large site has tens of thousands of pages and feeds.
  const reading = pLimit(32)
  await Promise.all(
    pages.map((page) =>
      reading(async () => {
        for (const file of filesReferredToIn(await readFile(path.join(outDir, page), 'utf8'), siteOrigin)) referenced.add(file)
      }),
    ),
  )
  await linkMirroredFiles(outDir, referenced, mirrorDir)
  return referenced.size
}

/** Pages and feeds, the files that may refer to CMS files. */
export const mayReferToFiles = (file: string) => /\.(html|xml)$/.test(file)

/**
 * After the build, copies into the output exactly the CMS files the built pages and feeds refer to
 * (images at the sizes they use, PDFs, audio), from the loaders' mirror.
 */
export function publishReferencedFiles(): AstroIntegration {
  const where: Where = { mirrorDir: '', siteOrigin: '' }
  return {
    name: 'reform:publish-referenced-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        where.mirrorDir = fileMirrorDir(config.cacheDir)
        where.siteOrigin = config.site ? new URL(config.site).origin : ''
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const entries = await readdir(outDir, { recursive: true, withFileTypes: true })
        const pages = entries.filter((entry) => entry.isFile() && mayReferToFiles(entry.name)).map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
        logger.info(`${await linkReferencedFiles(outDir, pages, where)} CMS files copied into the site`)
      },
    },
  }
}
