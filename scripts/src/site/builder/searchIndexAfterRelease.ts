import { existsSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { SEARCH_INDEX_DIR, writeSearchIndex } from '@reform/site/searchIndex'
import { linkTree } from '../linkTree'

/** The search index of a live release, if it has one. */
export function searchIndexOf(release: string | undefined): string | undefined {
  const dir = release && path.join(release, SEARCH_INDEX_DIR)
  return dir && existsSync(dir) ? dir : undefined
}

/** Gives a new release the previous release's index (hard links), so it goes live with working search. */
export const carryOverSearchIndex = (previousIndex: string, release: string) => linkTree(previousIndex, path.join(release, SEARCH_INDEX_DIR))

/**
 * Writes the new release's own index beside the carried-over one, then swaps them by two renames
 * (search is unavailable only between them). Runs once the release is live, off the publish path.
 */
export async function replaceSearchIndex(release: string): Promise<number> {
  const current = path.join(release, SEARCH_INDEX_DIR)
  const next = `${current}.next`
  const old = `${current}.old`
  await rm(next, { recursive: true, force: true })
  const pages = await writeSearchIndex(release, next)
  await rm(old, { recursive: true, force: true })
  await rename(current, old)
  await rename(next, current)
  await rm(old, { recursive: true, force: true })
  return pages
}
