import type { Where } from 'payload'
import { foldQuery, SEARCH_FIELD } from './searchText'

/** The operators whose value is text to look for (Payload's `like` matches each word anywhere). */
const TEXT_OPERATORS = ['like', 'contains', 'equals'] as const

type Options = {
  /** The collection's title field: a `like` on it (a relationship picker's search) also matches folded. */
  titleField?: string
  /** Whether the reader may query the search field; if not, it is searched as the title field. */
  canReadSearchField: boolean
}

function foldConstraint(constraint: Record<string, unknown>): Record<string, unknown> {
  const folded: Record<string, unknown> = { ...constraint }
  for (const operator of TEXT_OPERATORS) if (typeof folded[operator] === 'string') folded[operator] = foldQuery(folded[operator] as string)
  return folded
}

/**
 * `where` with every search on the search field folded as its text is ("Đổi mới", "doi moi" and
 * "ĐỔI MỚI" all become "doi moi"), and every `like` on the title field widened to the folded
 * search field too, so a relationship picker finds "Xã Tiên Du" from "tien du". A reader who may
 * not query the search field (it holds what they may not read) searches the title field as before.
 */
export function foldSearchQuery(where: Where, options: Options): Where {
  const { titleField, canReadSearchField } = options
  const result: Where = {}
  const widened: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      result[key] = value.map((inner) => foldSearchQuery(inner as Where, options))
    } else if (key === SEARCH_FIELD && isConstraint(value)) {
      if (canReadSearchField) result[key] = foldConstraint(value)
      else if (titleField) result[titleField] = value
    } else if (canReadSearchField && key === titleField && isConstraint(value) && onlyLike(value)) {
      widened.push({ or: [{ [key]: value }, { [SEARCH_FIELD]: { like: foldQuery(value.like as string) } }] })
    } else {
      result[key] = value
    }
  }
  if (widened.length > 0) result.and = [...((result.and as Where[] | undefined) ?? []), ...widened]
  return result
}

const isConstraint = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

const onlyLike = (constraint: Record<string, unknown>) => typeof constraint.like === 'string' && Object.keys(constraint).length === 1
