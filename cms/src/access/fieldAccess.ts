import type { FieldAccess } from 'payload'
import { canPublish, hasRole, roleOf } from './roles'

/** Fields no anonymous reader (the public site, the public API) ever sees. */
export const staffOnly: FieldAccess = ({ req: { user } }) => roleOf(user) !== undefined

export const publishersOnly: FieldAccess = ({ req: { user } }) => canPublish(user)

/** Editorial staff, not unit contributors: e.g. who assigns feedback to a unit. */
export const editorsAndAbove: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor-in-chief', 'editor')

/** Only the editor-in-chief: e.g. approving a citizen's question and its answer for publication. */
export const editorInChiefOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'editor-in-chief')

export const nobody: FieldAccess = () => false
