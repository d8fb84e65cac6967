import type { CollectionBeforeOperationHook, Field, SanitizedCollectionConfig, SelectType } from 'payload'
import { getSelectMode } from 'payload/shared'
import { staffOnly } from '../access/fieldAccess'

/** The names of the top-level fields (rows, collapsibles and unnamed tabs looked into) whose read rule is `staffOnly`. */
function staffOnlyFieldNames(fields: Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if ('name' in field) return 'access' in field && field.access?.read === staffOnly ? [field.name] : []
    if (field.type === 'row' || field.type === 'collapsible') return staffOnlyFieldNames(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab ? [] : staffOnlyFieldNames(tab.fields)))
    return []
  })
}

/** Whether the database keeps a field's values in a side table (`_rels`, `_numbers`, `_texts`): a hasMany or polymorphic relation, a hasMany number or text. */
const inSideTable = (field: Field) =>
  ((field.type === 'relationship' || field.type === 'upload') && (field.hasMany === true || Array.isArray(field.relationTo))) ||
  ((field.type === 'number' || field.type === 'text') && field.hasMany === true)

/** Whether a row of an array or a block among `fields` (at any depth) holds a field kept in a side table. */
function sideTableFieldInRows(fields: Field[], inRows = false): boolean {
  return fields.some((field) => {
    if (inRows && inSideTable(field)) return true
    if (field.type === 'array') return sideTableFieldInRows(field.fields, true)
    if (field.type === 'blocks') return field.blocks.some((block) => sideTableFieldInRows(block.fields, true))
    if (field.type === 'tabs') return field.tabs.some((tab) => sideTableFieldInRows(tab.fields, inRows))
    return 'fields' in field && sideTableFieldInRows(field.fields, inRows)
  })
}

type LeftOut = { select: SelectType; unsafe: boolean }

const leftOutOf = new WeakMap<SanitizedCollectionConfig, LeftOut>()

/** Worked out once per collection, from its fields as Payload holds them: fields that plugins add (the list search's folded text) count too. */
function leftOutFor(collection: SanitizedCollectionConfig): LeftOut {
  let known = leftOutOf.get(collection)
  if (!known) {
    known = { select: Object.fromEntries(staffOnlyFieldNames(collection.fields).map((name) => [name, false])), unsafe: sideTableFieldInRows(collection.fields) }
    leftOutOf.set(collection, known)
  }
  return known
}

/**
 * beforeOperation: a read by an anonymous reader (no user, access not overridden: the public REST
 * and GraphQL API, the site's builds, and the documents a depth > 0 read populates) leaves the
 * collection's staff-only fields (an article's Lexical body, the review fields, the list search's
 * folded text…) out of the query, instead of reading them from the database and running their
 * hooks only for their read rule to drop them. A reader's own `select` of fields is kept as it is;
 * one that leaves fields out gets these left out too. What the reader gets is unchanged.
 * Not for collections with a hasMany relation in an array (a bulletin's sections): with any
 * `select`, Payload 3.90's PostgreSQL adapter returns those empty (payload issue 15962).
 */
export const leaveOutStaffOnlyFields: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'read' || overrideAccess || req.user) return args
  const { select: leftOut, unsafe } = leftOutFor(collection)
  if (unsafe || Object.keys(leftOut).length === 0) return args
  const select = (args as { select?: SelectType }).select
  if (select && Object.keys(select).length > 0 && getSelectMode(select) === 'include') return args
  return { ...args, select: { ...leftOut, ...select } }
}
