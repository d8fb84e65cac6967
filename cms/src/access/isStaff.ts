import type { Access } from 'payload'
import { roleOf } from './roles'

/** Any signed-in user with a role. */
export const isStaff: Access = ({ req: { user } }) => roleOf(user) !== undefined
