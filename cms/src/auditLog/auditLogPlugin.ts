import type {
  GlobalAfterChangeHook,
  GlobalConfig,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  CollectionConfig,
  Config,
  PayloadRequest,
  Plugin,
} from 'payload'
import { savingDraft } from '../hooks/savingDraft'
import { appendHooks } from '../plugins/appendHooks'
import { documentTitle } from '../utilities/documentTitle'
import { sameValue } from '../utilities/sameValue'
import type { AuditAction } from './auditActions'
import { AuditLog } from './AuditLog'
import { changeAction } from './changeAction'
import { describeChange } from './describeChange'

// Kept by the CMS itself alongside what changed: the list search's folded text, who saved last.
const IGNORED_FIELDS = new Set(['id', 'globalType', 'updatedAt', 'createdAt', 'bodyHtml', 'introductionHtml', 'sizes', '_status', 'searchText', 'updatedBy'])

type Doc = Record<string, unknown> & { id?: number | string; _status?: string }

function changedFields(doc: Doc, previous: Doc | undefined): string {
  if (!previous) return ''
  return Object.keys(doc)
    .filter((key) => !IGNORED_FIELDS.has(key) && !sameValue(doc[key], previous[key]))
    .join(', ')
}

/** Who did it; without `id` when the user is gone (they deleted their own account). */
type Actor = { id?: number | string; email?: string } | null | undefined

async function record(
  req: PayloadRequest,
  collection: Pick<CollectionConfig, 'slug' | 'admin' | 'custom'>,
  action: AuditAction,
  doc: Doc,
  { previous, user = req.user as Actor }: { previous?: Doc; user?: Actor } = {},
) {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action,
      collectionSlug: collection.slug,
      documentId: doc.id === undefined ? undefined : String(doc.id),
      documentTitle: documentTitle(doc, collection),
      user: user?.id as number | undefined,
      userEmail: user?.email,
      changedFields: changedFields(doc, previous),
      summary: describeChange(user, collection, action, doc),
    },
    req,
  })
}

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  const action = changeAction(operation, doc, savingDraft(req, collection.slug))
  await record(req, collection, action, doc, { previous: operation === 'update' ? previousDoc : undefined })
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  // A user deleting their own account: the row cannot point at a user that no longer exists; the e-mail says who.
  const deletedThemselves = Boolean(collection.auth) && req.user && String(req.user.id) === String(doc.id)
  await record(req, collection, 'delete', doc, deletedThemselves ? { user: { email: req.user!.email } } : {})
  return doc
}

const afterLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await record(req, collection, 'login', user, { user })
  return user
}

function withAuditHooks(collection: CollectionConfig): CollectionConfig {
  if (collection.custom?.audited === false) return collection
  return appendHooks(collection, {
    afterChange: [afterChange],
    afterDelete: [afterDelete],
    ...(collection.auth ? { afterLogin: [afterLogin] } : {}),
  })
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  await record(req, { slug: global.slug }, 'update', { ...doc, id: global.slug }, { previous: previousDoc })
  return doc
}

function withGlobalAuditHooks(global: GlobalConfig): GlobalConfig {
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] } }
}

/**
 * Adds the audit log and records every create, update, publish, unpublish, delete and login, but
 * in collections that are bookkeeping (`custom.audited: false`).
 */
export const auditLogPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: [...(config.collections ?? []).map(withAuditHooks), AuditLog],
  globals: (config.globals ?? []).map(withGlobalAuditHooks),
})
