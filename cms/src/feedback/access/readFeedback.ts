import type { Access } from 'payload'
import { roleOf } from '../../access/roles'
import { ownItems } from './ownItems'
import { publishedAnswer } from './publishedAnswer'

/** Anonymous readers see published answers only (and, field by field, never personal data); staff their own items. */
export const readFeedback: Access = ({ req: { user } }) => (roleOf(user) === undefined ? publishedAnswer : ownItems(user))
