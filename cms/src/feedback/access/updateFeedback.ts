import type { Access } from 'payload'
import { roleOf } from '../../access/roles'
import { ownItems } from './ownItems'

/** Staff handle the items they may read. */
export const updateFeedback: Access = ({ req: { user } }) => roleOf(user) !== undefined && ownItems(user)
