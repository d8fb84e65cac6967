/** The search index's folder under the site's root: one sub-folder per part (see integrations/searchIndex.ts). */
export const SEARCH_INDEX_DIR = 'pagefind'

/** The file in that folder listing the parts that hold pages, which the search page merges. */
export const SHARD_LIST = 'shards.json'
