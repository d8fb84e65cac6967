/** Articles per listing page. */
export const PAGE_SIZE = 20

/** Items in the embeddable widget of a unit's news. */
export const WIDGET_SIZE = 8

/** Other articles of the same reform area shown under an article. */
export const RELATED_ARTICLES = 4
