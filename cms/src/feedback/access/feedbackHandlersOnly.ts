import type { FieldAccess } from 'payload'
import { hasRole } from '../../access/roles'

/**
 * A citizen's personal data (name, e-mail, phone): only the roles that answer citizens read it.
 * The system administrator manages accounts and settings and does not need it.
 */
export const feedbackHandlersOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'editor-in-chief', 'editor', 'contributor')
