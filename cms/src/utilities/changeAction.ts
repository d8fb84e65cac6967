import type { AuditAction } from '../collections/AuditLog'

type Doc = { _status?: string | null }

/** What a write did, as an editor would name it: create, update (drafts included), publish or unpublish. */
export function changeAction(operation: 'create' | 'update', doc: Doc, draftSave: boolean): AuditAction {
  if (operation === 'create') return doc._status === 'published' ? 'publish' : 'create'
  if (draftSave) return 'update'
  if (doc._status === 'published') return 'publish'
  // A write that is not a draft save replaces the public document: saved as draft, it takes it
  // offline. (The previous document is the newest version, possibly a draft, so it cannot tell.)
  if (doc._status === 'draft') return 'unpublish'
  return 'update'
}
