import { APIError, type CollectionConfig, type Field, type PayloadRequest, type Where } from 'payload'
import { PUBLIC_COLLECTIONS, publicProblems } from '@reform/shared'
import type { IsPublic } from '../siteBuilds/queueSiteBuildOnChange'

const PUBLIC = new Map<string, (typeof PUBLIC_COLLECTIONS)[keyof typeof PUBLIC_COLLECTIONS]['schema']>(Object.values(PUBLIC_COLLECTIONS).map(({ slug, schema }) => [slug, schema]))

type Reference = { path: string[]; many: boolean }

/** Where `fields` hold relations to `target`: the path of names to each (through arrays and groups). */
function referencesTo(fields: Field[], target: string, prefix: string[] = []): Reference[] {
  return fields.flatMap((field): Reference[] => {
    if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo === target) return [{ path: [...prefix, field.name], many: Boolean(field.hasMany) }]
    if (field.type === 'array' || field.type === 'group')
      return 'name' in field && field.name ? referencesTo(field.fields, target, [...prefix, field.name]) : referencesTo(field.fields, target, prefix)
    if (field.type === 'row' || field.type === 'collapsible') return referencesTo(field.fields, target, prefix)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => referencesTo(tab.fields, target, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix))
    return []
  })
}

/** `data` with every reference at `path` to `id` taken out, as the database leaves it once the target is gone. */
function without(data: unknown, path: string[], many: boolean, id: number | string): unknown {
  if (Array.isArray(data)) return data.map((item) => without(item, path, many, id))
  if (!data || typeof data !== 'object') return data
  const [name, ...rest] = path as [string, ...string[]]
  const record = data as Record<string, unknown>
  if (rest.length > 0) return { ...record, [name]: without(record[name], rest, many, id) }
  const value = record[name]
  if (many && Array.isArray(value)) return { ...record, [name]: value.filter((item) => String(item) !== String(id)) }
  return String(value) === String(id) ? { ...record, [name]: null } : record
}

const hasDrafts = (collection: CollectionConfig) => Boolean(typeof collection.versions === 'object' && collection.versions.drafts)
const isServed = (collection: CollectionConfig, doc: Record<string, unknown>) =>
  hasDrafts(collection) ? doc._status === 'published' : ((collection.custom?.isPublic as IsPublic | undefined)?.(doc) ?? true)

export type PublishedUser = { collection: string; label: string; id: number | string; title: string }

const titleOf = (collection: CollectionConfig, doc: Record<string, unknown>) => {
  const field = collection.admin?.useAsTitle
  const title = (field && doc[field]) ?? doc.title ?? doc.name ?? doc.slug
  return typeof title === 'string' && title ? title : `#${doc.id}`
}
const labelOf = (collection: CollectionConfig) => {
  const singular = collection.labels?.singular
  return typeof singular === 'string' ? singular : ((singular as Record<string, string> | undefined)?.vi ?? collection.slug)
}

/**
 * The published documents of the public collections that refer to `target`'s document `id`:
 * `breaking` only those the site would refuse once the reference is gone (checked with their
 * shared schema), else every one that shows it. `extra` adds documents found another way.
 */
export async function publishedUsers(
  req: PayloadRequest,
  target: string,
  id: number | string,
  { breaking, extra = [] }: { breaking: boolean; extra?: Array<{ collection: string; where: Where; uses: (doc: Record<string, unknown>) => boolean }> },
): Promise<PublishedUser[]> {
  const users: PublishedUser[] = []
  for (const { config } of Object.values(req.payload.collections)) {
    const schema = PUBLIC.get(config.slug)
    if (!schema) continue
    const references = referencesTo(config.fields, target)
    const others = extra.filter((entry) => entry.collection === config.slug)
    if (references.length === 0 && others.length === 0) continue
    const where: Where = { or: [...references.map(({ path }) => ({ [path.join('.')]: { equals: id } })), ...others.map((entry) => entry.where)] }
    const { docs } = await req.payload.find({ collection: config.slug as never, where, depth: 0, pagination: false, draft: false, overrideAccess: true, req })
    for (const doc of docs as Array<Record<string, unknown>>) {
      if (String(doc.id) === String(id) && config.slug === target) continue
      if (!isServed(config, doc)) continue
      const uses = references.some(({ path }) => JSON.stringify(without(doc, path, true, id)) !== JSON.stringify(doc)) || others.some((entry) => entry.uses(doc))
      if (!uses) continue
      if (
        breaking &&
        publicProblems(
          schema,
          references.reduce<unknown>((data, { path, many }) => without(data, path, many, id), doc),
        ).length === 0
      )
        continue
      users.push({ collection: config.slug, label: labelOf(config), id: doc.id as number, title: titleOf(config, doc) })
    }
  }
  return users
}

/** Names up to five users for a message ("Bài viết “…”, …, và 3 nội dung khác"). */
export function nameUsers(users: PublishedUser[]): string {
  const named = users.slice(0, 5).map((user) => `${user.label} “${user.title}”`)
  return users.length > 5 ? `${named.join(', ')} và ${users.length - 5} nội dung khác` : named.join(', ')
}

/** Refuses the operation (HTTP 400, shown to the editor) naming the published content in the way. */
export function refuseFor(users: PublishedUser[], what: string): never {
  throw new APIError(`${what} vì nội dung đang công khai cần đến nó: ${nameUsers(users)}. Hãy sửa các nội dung đó trước.`, 400, { users }, true)
}
