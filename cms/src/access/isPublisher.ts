import type { Access } from 'payload'
import { canPublish } from './roles'

/** Editors-in-chief and administrators. */
export const isPublisher: Access = ({ req: { user } }) => canPublish(user)
