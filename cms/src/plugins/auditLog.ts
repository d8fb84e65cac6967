import type {
  GlobalAfterChangeHook,
  GlobalConfig,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  PayloadRequest,
  Plugin,
} from 'payload'
import { AUDIT_ACTIONS, AuditLog, type AuditAction } from '../collections/AuditLog'

const IGNORED_FIELDS = new Set(['id', 'globalType', 'updatedAt', 'createdAt', 'bodyHtml', 'introductionHtml', 'sizes', '_status'])

type Doc = Record<string, unknown> & { id?: number | string; _status?: string }

function titleOf(doc: Doc, collection: Pick<CollectionConfig, 'admin'>): string {
  const field = collection.admin?.useAsTitle ?? 'id'
  return String(doc[field] ?? doc.title ?? doc.name ?? doc.email ?? doc.id ?? '')
}

// A populated relation (a whole document) and its bare id are the same value here.
const isDocument = (item: unknown): item is { id: unknown } =>
  Boolean(item) && typeof item === 'object' && !Array.isArray(item) && 'id' in item! && 'updatedAt' in item!
const comparable = (value: unknown) =>
  JSON.stringify(isDocument(value) ? value.id : value, (_, item) => (isDocument(item) ? item.id : item))

function changedFields(doc: Doc, previous: Doc | undefined): string {
  if (!previous) return ''
  return Object.keys(doc)
    .filter((key) => !IGNORED_FIELDS.has(key) && comparable(doc[key]) !== comparable(previous[key]))
    .join(', ')
}

const actionLabel = (action: AuditAction) => AUDIT_ACTIONS.find((item) => item.value === action)!.label.vi

type Actor = { id: number | string; email?: string } | null | undefined

async function record(
  req: PayloadRequest,
  collection: Pick<CollectionConfig, 'slug' | 'admin'>,
  action: AuditAction,
  doc: Doc,
  { previous, user = req.user as Actor }: { previous?: Doc; user?: Actor } = {},
) {
  const documentTitle = titleOf(doc, collection)
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action,
      collectionSlug: collection.slug,
      documentId: doc.id === undefined ? undefined : String(doc.id),
      documentTitle,
      user: user?.id as number | undefined,
      userEmail: user?.email,
      changedFields: changedFields(doc, previous),
      summary: `${user?.email ?? 'Hệ thống'}: ${actionLabel(action)} ${collection.slug} “${documentTitle}”`,
    },
    req,
  })
}

// A draft save and an unpublish both leave a document with _status "draft": only the operation's
// `draft` flag tells them apart, and it is visible in beforeOperation alone. It is kept per
// collection and only for writes, so reads made by hooks on the way cannot overwrite it.
const WRITES = new Set(['create', 'update', 'restoreVersion'])
const draftFlagKey = (collection: string) => `auditSavingDraft:${collection}`

const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (WRITES.has(operation)) req.context[draftFlagKey(collection.slug)] = Boolean((args as { draft?: boolean }).draft)
  return args
}

function changeAction(operation: 'create' | 'update', doc: Doc, previous: Doc | undefined, savingDraft: boolean): AuditAction {
  if (operation === 'create') return doc._status === 'published' ? 'publish' : 'create'
  if (savingDraft) return 'update'
  if (doc._status === 'published') return 'publish'
  if (previous?._status === 'published' && doc._status === 'draft') return 'unpublish'
  return 'update'
}

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  const action = changeAction(operation, doc, previousDoc, req.context[draftFlagKey(collection.slug)] === true)
  await record(req, collection, action, doc, { previous: operation === 'update' ? previousDoc : undefined })
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await record(req, collection, 'delete', doc)
  return doc
}

const afterLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await record(req, collection, 'login', user, { user })
  return user
}

function withAuditHooks(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), rememberDraftFlag],
      afterChange: [...(hooks.afterChange ?? []), afterChange],
      afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
      ...(collection.auth ? { afterLogin: [...(hooks.afterLogin ?? []), afterLogin] } : {}),
    },
  }
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  await record(req, { slug: global.slug }, 'update', { ...doc, id: global.slug }, { previous: previousDoc })
  return doc
}

function withGlobalAuditHooks(global: GlobalConfig): GlobalConfig {
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] } }
}

/** Adds the audit log and records every create, update, publish, unpublish, delete and login. */
export const auditLogPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: [...(config.collections ?? []).map(withAuditHooks), AuditLog],
  globals: (config.globals ?? []).map(withGlobalAuditHooks),
})
