import { publicPaths } from '@reform/shared'
import { PAGE_SIZE } from '../pageSize'

/** One page of a listing, newest first, with the addresses of its neighbours. */
export type ListingPage<T> = {
  items: T[]
  /** The archive part this page is (1 = the oldest items); undefined on the listing's own page. */
  part?: number
  /** The page with the items just before these, and the one with the items just after. */
  older?: string
  newer?: string
}

/**
 * Cuts a listing (newest first) into pages that stay as they are when items are added. Archive
 * parts hold fixed runs of `size` items counted from the oldest, so a new item changes the
 * listing's own page and, when it begins a run, two pages more (the new part and the link to it)
 * — not every page after it, as pages numbered from the newest would (at 10,000 articles, 500 pages
 * re-rendered for each one published). The listing's own page shows the newest runs not yet in
 * an archive part: more than `size` items and at most twice that, so it never looks empty.
 */
export function stableListing<T>(items: readonly T[], listPath: string, size = PAGE_SIZE): Array<{ part?: number; page: ListingPage<T> }> {
  const archived = Math.max(0, Math.ceil(items.length / size) - 2)
  const archivePath = (part: number) => publicPaths.listingArchive(listPath, part)
  const pages: Array<{ part?: number; page: ListingPage<T> }> = [
    { page: { items: items.slice(0, items.length - archived * size), older: archived > 0 ? archivePath(archived) : undefined } },
  ]
  for (let part = archived; part >= 1; part--) {
    pages.push({
      part,
      page: {
        items: items.slice(items.length - part * size, items.length - (part - 1) * size),
        part,
        older: part > 1 ? archivePath(part - 1) : undefined,
        newer: part < archived ? archivePath(part + 1) : listPath,
      },
    })
  }
  return pages
}

/** The `[...page]` route parameter of a listing page: none for the listing itself, the part's number for a part. */
export const listingParam = (part: number | undefined): string | undefined => (part === undefined ? undefined : String(part))
