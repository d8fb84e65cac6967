import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

// A draft save and an unpublish both leave a document with _status "draft": only the operation's
// `draft` flag tells them apart, and it is visible in beforeOperation alone. It is kept per
// collection and only for writes, so reads made by hooks on the way cannot overwrite it.
const WRITES = new Set(['create', 'update', 'restoreVersion'])
const draftFlagKey = (collection: string) => `savingDraft:${collection}`

/** beforeOperation hook that remembers whether this write saves a draft (see `savingDraft`). */
export const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (WRITES.has(operation)) req.context[draftFlagKey(collection.slug)] = Boolean((args as { draft?: boolean }).draft)
  return args
}

/** Whether the write now running on `collection` only saves a draft (the published document is untouched). */
export const savingDraft = (req: PayloadRequest, collection: string): boolean => req.context[draftFlagKey(collection)] === true
