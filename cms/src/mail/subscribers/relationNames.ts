/** The names of a relationship's documents read at depth 1 (reform areas, units); an id left unread has none. */
export const relationNames = (values: unknown): string[] =>
  Array.isArray(values) ? values.flatMap((value) => (value && typeof value === 'object' && 'name' in value ? [String(value.name)] : [])) : []
