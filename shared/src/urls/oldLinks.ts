/** How many files the old query addresses of an imported portal are spread over, for static hosts. */
const OLD_LINK_SHARDS = 64

/**
 * The file of a static host's old-link table that holds `request` (an old address with its query,
 * `/?p=123`, as the browser shows it): a reader arriving by one fetches one small file, not all of
 * a portal's tens of thousands of addresses. FNV-1a over the UTF-16 code units, the same in Node
 * and the browser.
 */
export function oldLinkFile(request: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < request.length; index++) hash = Math.imul(hash ^ request.charCodeAt(index), 0x01000193) >>> 0
  return `/old-links/${String(hash % OLD_LINK_SHARDS).padStart(2, '0')}.json`
}
