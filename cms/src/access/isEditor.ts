import type { Access } from 'payload'
import { hasRole } from './roles'

/** Editors, editors-in-chief and administrators (not unit contributors). */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor-in-chief', 'editor')
