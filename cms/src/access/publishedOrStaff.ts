import type { Access } from 'payload'
import { roleOf } from './roles'

/** Anonymous readers (the site's build, the public) see published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  roleOf(user) !== undefined ? true : { _status: { equals: 'published' } }
