import type { CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../access/roles'
import { sameValue } from '../../utilities/sameValue'

// What readers of /hoi-dap/ see of an item.
const PUBLIC_FIELDS = ['publicTitle', 'publicQuestion', 'answer', 'answeringUnit', 'unit', 'reformArea', 'kind', 'status'] as const

/**
 * An approved answer is published as approved: when anyone but the editor-in-chief changes what
 * the public sees of it, the approval is withdrawn and the item leaves /hoi-dap/ until approved
 * again, so an edit cannot put a name or a phone number on the site unseen.
 */
export const withdrawApprovalOnEdit: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc?.publishAnswer || !req.user || hasRole(req.user, 'editor-in-chief')) return data
  const changed = PUBLIC_FIELDS.some((field) => field in data && !sameValue(data[field], originalDoc[field]))
  return changed ? { ...data, publishAnswer: false } : data
}
