import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'
import { SEARCH_INDEX_DIR } from '../integrations/searchIndex'
import { linkTree } from './linkTree'
import { SITEMAP_ASIDE } from './sitemap'

/** Name prefix of the spare release folder (not a `release-…` folder: never pruned or served as one). */
const SPARE = '.spare-'
/** What a new release does not take from the last one: the search index and its work folder (the builder's). */
const NOT_CARRIED = [SEARCH_INDEX_DIR, `${SEARCH_INDEX_DIR}.next`]

/** Removes what an earlier renderer process left beside the releases: its spare, a sitemap being written. */
export async function removeLeftovers(releasesDir: string): Promise<void> {
  await mkdir(releasesDir, { recursive: true })
  const left = (await readdir(releasesDir)).filter((name) => name.startsWith(SPARE) || name.startsWith(SITEMAP_ASIDE))
  await Promise.all(left.map((name) => rm(path.join(releasesDir, name), { recursive: true, force: true })))
}

/**
 * The next release, its files linked ahead of time from the last one while nothing is being
 * published: a publish then starts from a complete folder at once.
 */
export class SpareRelease {
  #spare?: { dir: string; ready: Promise<boolean> }

  /** Links the next release's files from `release` once `first` (more work on it) is done. */
  prepare(release: string, first: Promise<void> = Promise.resolve()): void {
    const dir = path.join(path.dirname(release), `${SPARE}${path.basename(release)}`)
    const done = first.catch((error: unknown) => console.error(`The sitemap or page record of ${release} was not written: ${error}`))
    const ready = done
      .then(() => linkTree(release, dir, { except: NOT_CARRIED }))
      .then(
        () => true,
        () => rm(dir, { recursive: true, force: true }).then(() => false),
      )
    this.#spare = { dir, ready }
  }

  /** Once the spare being linked is complete (or given up). */
  async ready(): Promise<void> {
    await this.#spare?.ready
  }

  /** Gives the spare (linked from `release` before the file was made) the file just made there. */
  async refresh(release: string, file: string): Promise<void> {
    const spare = this.#spare
    if (!spare || !(await spare.ready)) return
    const target = path.join(spare.dir, file)
    await mkdir(path.dirname(target), { recursive: true })
    await rm(`${target}.partial`, { force: true })
    await link(path.join(release, file), `${target}.partial`)
    await rename(`${target}.partial`, target)
  }

  /** Gives `outDir` every file of `last` (the search index aside: the builder carries it over), by taking the spare when it is ready. */
  async startFrom(outDir: string, last: string): Promise<void> {
    const spare = this.#spare
    this.#spare = undefined
    if (spare && (await spare.ready)) return rename(spare.dir, outDir)
    await linkTree(last, outDir, { except: NOT_CARRIED })
  }
}

/** Points a release's link to a CMS file at the mirror's current copy, if the release has one. */
export async function relinkMirrored(outDir: string, sitePath: string, mirrorDir: string): Promise<void> {
  const target = path.join(outDir, sitePath)
  if (!existsSync(target)) return
  await link(path.join(mirrorDir, sitePath), `${target}.partial`).catch(() => copyFile(path.join(mirrorDir, sitePath), `${target}.partial`))
  await rename(`${target}.partial`, target)
}

/** Deletes a page's file and the folders it leaves empty (a folder without its index is answered 403, not 404). */
export async function removeFile(outDir: string, file: string): Promise<void> {
  await rm(path.join(outDir, file), { force: true })
  for (let dir = path.dirname(file); dir !== '.'; dir = path.dirname(dir)) {
    if ((await readdir(path.join(outDir, dir)).catch(() => ['?'])).length > 0) return
    // A page and its print files go together: another removal may have taken the folder already.
    await rmdir(path.join(outDir, dir)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTEMPTY') throw error
    })
  }
}
