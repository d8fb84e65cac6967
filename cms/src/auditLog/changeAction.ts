import type { AuditAction } from './auditActions'

type Doc = { _status?: string | null }

/** What a write did, as an editor would name it: create, update (drafts included), publish or unpublish. */
export function changeAction(operation: 'create' | 'update', doc: Doc, draftSave: boolean): AuditAction {
  if (operation === 'create') return doc._status === 'published' ? 'publish' : 'create'
  // Payload publishes a write asking for `_status: published` even with `draft` set (the admin's
  // bulk "Publish" does that); a real draft save always leaves "draft".
  if (doc._status === 'published') return 'publish'
  if (draftSave) return 'update'
  // A write that is not a draft save replaces the public document: saved as draft, it takes it
  // offline. (The previous document is the newest version, possibly a draft, so it cannot tell.)
  if (doc._status === 'draft') return 'unpublish'
  return 'update'
}
