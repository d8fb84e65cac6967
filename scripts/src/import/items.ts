/** The systems an import comes from, as stored in `importSource.system`. */
export type SourceSystem = 'wordpress' | 'feed' | 'spreadsheet'

/** An image an item shows: where its bytes are, and what the old portal called it. */
export type ImageRef = {
  /** Its id in the old system (`importSource.itemId` of the media document): a path under uploads, or a URL. */
  key: string
  /** A file on this machine, or a URL to fetch. */
  file?: string
  url?: string
  alt?: string
}

/** A term of the old portal (a WordPress category or tag, a feed's category). */
export type Term = { taxonomy: 'category' | 'tag'; slug: string; name: string }

type ItemBase = {
  /** The item's id in the old system (`importSource.itemId`). */
  itemId: string
  /** How the report names it: `post 123 “Title”`, `row 7 “145/KH-UBND”`. */
  label: string
  /** Its old address, redirected to its new page. */
  url?: string
  /** Why it cannot be imported; any makes it skipped with these reasons. */
  problems: string[]
  /** What is imported differently from the source (an image missing, text shortened…). */
  warnings: string[]
  /** Why it is left out on purpose (a WordPress page without --pages, a draft there). */
  leftOut?: string
}

export type ArticleItem = ItemBase & {
  kind: 'article'
  title: string
  publishedAt?: string
  authorName?: string
  summary?: string
  /** The body as the old portal stored it. */
  html: string
  terms: Term[]
  heroImage?: ImageRef
  /** Resolves an image in the body (its src) to where its bytes are; undefined: missing. */
  inlineImage: (src: string, alt: string | undefined) => ImageRef | undefined
}

export type DocumentItem = ItemBase & {
  kind: 'document'
  number: string
  title: string
  type?: string
  issuer: string
  signer?: string
  issuedAt?: string
  effectiveAt?: string
  summary?: string
  file?: { path: string; name: string }
  reformAreaNames: string[]
  unitNames: string[]
}

export type ImportItem = ArticleItem | DocumentItem

/** What a reader gives back: the items in the source's order, and what identifies the source. */
export type ImportSource = {
  system: SourceSystem
  /** The old site (or the sheet) the ids belong to (`importSource.site`). */
  site: string
  /** Said at the top of the report. */
  description: string
  items: ImportItem[]
  /** Every term the source defines, for the mapping file (WordPress lists its categories and tags). */
  terms: Term[]
}
