/** Articles per listing page. */
export const PAGE_SIZE = 20
