import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { planIndex, readShardList, SEARCH_INDEX_DIR, SHARD_LIST, shardOf, writeSearchIndex, writeShardList } from '@reform/site/searchIndex'
import { linkTree } from '@reform/site/linkTree'

/** The search index of a live release, if it has one. */
export function searchIndexOf(release: string | undefined): string | undefined {
  const dir = release && path.join(release, SEARCH_INDEX_DIR)
  return dir && existsSync(dir) ? dir : undefined
}

/** Gives a new release the previous release's index (hard links), so it goes live with working search. */
export const carryOverSearchIndex = (previousIndex: string, release: string) => linkTree(previousIndex, path.join(release, SEARCH_INDEX_DIR))

/**
 * Writes anew, beside the parts of a release's index in place, the parts that `changedPages`
 * (searched pages written or removed) fall in, or every part when no list is given or the number
 * of parts changed; then swaps each by two renames (that part's results are missing only between
 * them) and updates the list of parts the search page merges.
 */
export async function replaceSearchIndex(release: string, changedPages?: string[]): Promise<{ pages: number; shards: number[]; count: number }> {
  const index = path.join(release, SEARCH_INDEX_DIR)
  const previous = await readShardList(index)
  const plan = await planIndex(release, previous?.count)
  const shards =
    changedPages && previous?.count === plan.count
      ? [...new Set(changedPages.map((page) => shardOf(page, plan.count)))].sort((a, b) => a - b)
      : Array.from({ length: plan.count }, (_, shard) => shard)
  if (shards.length === 0) return { pages: 0, shards, count: plan.count }
  const next = `${index}.next`
  await rm(next, { recursive: true, force: true })
  await mkdir(index, { recursive: true })
  const pages = await writeSearchIndex(release, { plan, outputPath: next, shards })
  for (const shard of shards) {
    const current = path.join(index, String(shard))
    const old = `${current}.old`
    await rm(old, { recursive: true, force: true })
    if (existsSync(current)) await rename(current, old)
    await rename(path.join(next, String(shard)), current)
    await rm(old, { recursive: true, force: true })
  }
  await rm(next, { recursive: true, force: true })
  await writeShardList(index, plan.count)
  // Anything else is no longer read: parts beyond the count (the site shrank past a threshold), an older layout.
  const kept = (entry: string) => entry === SHARD_LIST || (/^\d+$/.test(entry) && Number(entry) < plan.count)
  for (const entry of await readdir(index)) if (!kept(entry)) await rm(path.join(index, entry), { recursive: true, force: true })
  return { pages, shards, count: plan.count }
}
