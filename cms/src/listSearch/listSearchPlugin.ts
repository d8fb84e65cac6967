import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionConfig, FieldAccess, Plugin, TextField, Where } from 'payload'
import { staffOnly } from '../access/fieldAccess'
import { feedbackHandlersOnly } from '../feedback/access/feedbackHandlersOnly'
import { label } from '../i18n/label'
import { appendHooks } from '../plugins/appendHooks'
import { foldSearchQuery } from './foldSearchQuery'
import { SEARCH_FIELD, searchTextOf } from './searchText'

type ListSearch = {
  /** Top-level fields whose text the search matches, in the order the placeholder names them. */
  sources: readonly string[]
  /** How the list's search box names them: "Tìm kiếm theo …". */
  placeholder: string
  /** Who may search by it: the readers of every source (the field would otherwise reveal them). */
  read: FieldAccess
}

/**
 * The collections whose admin list search ignores case, accents and đ ("doi moi" finds "Đổi mới").
 * Payload's search is PostgreSQL ILIKE on the title field (case only); `unaccent` would need the
 * extension in every database the CMS is pointed at (DATABASE_URL) and still leaves đ to the
 * rules file, so the folded text is kept in a hidden field instead, and the typed query is folded
 * the same way (shared foldVietnamese).
 */
export const LIST_SEARCH: Readonly<Record<string, ListSearch>> = {
  articles: { sources: ['title', 'summary'], placeholder: 'tiêu đề, tóm tắt', read: staffOnly },
  bulletins: { sources: ['title'], placeholder: 'tên bản tin', read: staffOnly },
  practices: { sources: ['title', 'summary'], placeholder: 'tên mô hình, tóm tắt', read: staffOnly },
  documents: { sources: ['number', 'title', 'issuer'], placeholder: 'số hiệu, trích yếu, cơ quan ban hành', read: staffOnly },
  units: { sources: ['name', 'code'], placeholder: 'tên đơn vị, mã', read: staffOnly },
  // The citizen's name and subject are theirs to read who handle feedback (feedback/access/feedbackHandlersOnly).
  feedback: { sources: ['trackingCode', 'name', 'subject', 'publicTitle'], placeholder: 'mã tra cứu, người gửi, tiêu đề', read: feedbackHandlersOnly },
}

function searchField({ placeholder, read }: ListSearch): TextField {
  return {
    name: SEARCH_FIELD,
    type: 'text',
    label: label(`${placeholder} (có dấu hay không dấu đều được)`, 'text searched by the list (accents ignored)'),
    access: { read, create: () => false, update: () => false },
    admin: { hidden: true, disableBulkEdit: true, disableListColumn: true, disableListFilter: true },
  }
}

/** Keeps the search field in step with its sources on every write (after the other hooks: NFC, numbering). */
const keepSearchText =
  (sources: readonly string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => ({ ...data, [SEARCH_FIELD]: searchTextOf({ ...originalDoc, ...data }, sources) })

/** Folds the reader's search before Payload turns it into SQL (list search, relationship pickers, API). */
const foldSearches =
  (collection: CollectionConfig, read: FieldAccess): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const where = (args as { where?: Where }).where
    if (operation !== 'read' || !where) return args
    const canReadSearchField = Boolean(await read({ req } as Parameters<FieldAccess>[0]))
    return { ...args, where: foldSearchQuery(where, { titleField: collection.admin?.useAsTitle, canReadSearchField }) }
  }

function withListSearch(collection: CollectionConfig): CollectionConfig {
  const search = LIST_SEARCH[collection.slug]
  if (!search) return collection
  const withHooks = appendHooks(collection, { beforeChange: [keepSearchText(search.sources)], beforeOperation: [foldSearches(collection, search.read)] })
  return {
    ...withHooks,
    admin: { ...collection.admin, listSearchableFields: [SEARCH_FIELD] },
    fields: [...collection.fields, searchField(search)],
  }
}

/** Accent-insensitive admin list search for the collections in LIST_SEARCH (see there). */
export const listSearchPlugin: Plugin = (config) => ({ ...config, collections: (config.collections ?? []).map(withListSearch) })
