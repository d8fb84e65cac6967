import { APIError, ValidationError, type CollectionAfterChangeHook, type CollectionAfterOperationHook, type CollectionConfig, type Field } from 'payload'
import { PUBLIC_COLLECTIONS, publicProblems } from '@reform/shared'
import type { IsPublic } from '../siteBuilds/queueSiteBuildOnChange'

const SCHEMAS = new Map<string, (typeof PUBLIC_COLLECTIONS)[keyof typeof PUBLIC_COLLECTIONS]['schema']>(Object.values(PUBLIC_COLLECTIONS).map(({ slug, schema }) => [slug, schema]))

const hasDrafts = (collection: Pick<CollectionConfig, 'versions'>) => Boolean(typeof collection.versions === 'object' && collection.versions.drafts)

/** Whether the document as saved is what the anonymous API (the site) now serves. */
function servedToThePublic(collection: CollectionConfig, doc: Record<string, unknown>): boolean {
  // Not the operation's draft flag: the list's "publish" sends it with _status published.
  if (hasDrafts(collection)) return doc._status === 'published'
  const isPublic = collection.custom?.isPublic as IsPublic | undefined
  return isPublic ? isPublic(doc) : true
}

/** The named fields of a collection, through rows, collapsibles and unnamed tabs. */
export function namedFields(fields: Field[]): Array<Extract<Field, { name: string }>> {
  return fields.flatMap((field) => {
    if ('name' in field && field.name) return [field as Extract<Field, { name: string }>]
    if ('fields' in field) return namedFields(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ ...tab, type: 'group' } as unknown as Extract<Field, { name: string }>] : namedFields(tab.fields)))
    return []
  })
}

const labelOf = (field: Extract<Field, { name: string }> | undefined, name: string): string => {
  const label = field && 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return (label as Record<string, string>).vi ?? name
  return name
}

/**
 * afterChange, in the write's transaction: a write that leaves a document public must leave it
 * valid under the site's own schema (shared/, PUBLIC_COLLECTIONS), or it is refused and rolled back
 * with each failing field and a Vietnamese message. It reads the document as the site does (depth 0). The one source of the public rules is the zod
 * schema, so the CMS and the site cannot disagree. Drafts are not checked: the site never reads them.
 */
export const refuseWhatTheSiteRefuses: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const schema = SCHEMAS.get(collection.slug)
  if (!schema || !servedToThePublic(collection, doc)) return doc
  // `doc` has the request's depth; the site reads at depth 0 (relations as ids): read it so, here in the transaction.
  const asServed = await req.payload.findByID({ collection: collection.slug as never, id: doc.id, depth: 0, draft: false, overrideAccess: true, req })
  const problems = publicProblems(schema, asServed)
  if (problems.length === 0) return doc
  const fields = new Map(namedFields(collection.fields).map((field) => [field.name, field]))
  const title = String(doc[collection.admin?.useAsTitle ?? 'id'] ?? doc.id)
  req.context[REFUSED] = [...((req.context[REFUSED] as string[] | undefined) ?? []), `“${title}” (${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')})`]
  throw new ValidationError(
    {
      collection: collection.slug,
      id: doc.id,
      errors: problems.map(({ path, message }) => {
        const name = path.split('.')[0] ?? ''
        return { path: path || 'id', label: labelOf(fields.get(name), name), message }
      }),
    },
    req.t,
  )
}

const REFUSED = 'refusedForTheSite'

/**
 * afterOperation: a bulk update (the list's "publish" or "edit") runs every document in one
 * transaction that Payload commits even when one document's hooks refused it. If any was refused
 * by refuseWhatTheSiteRefuses, the whole operation is refused and rolled back, naming them.
 */
export const rollBackBulkWriteTheSiteRefuses: CollectionAfterOperationHook = ({ operation, req, result }) => {
  const refused = req.context[REFUSED] as string[] | undefined
  if (operation !== 'update' || !refused?.length) return result
  delete req.context[REFUSED]
  throw new APIError(`Không lưu được vì trang công khai sẽ không nhận: ${refused.join(', ')}. Hãy sửa rồi làm lại.`, 400, undefined, true)
}
