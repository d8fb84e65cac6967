import type { Access } from 'payload'

/** Anonymous readers (the site's build, the public) see published documents only. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }
