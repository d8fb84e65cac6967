import type { ForeignKey } from './databaseCatalog'

/**
 * The order to load tables in so that every foreign key's target is loaded before the table that
 * points at it (Kahn's algorithm). A table pointing at itself needs no order: a foreign key is
 * checked at the end of the COPY statement that loads its rows. Tables on a cycle of foreign keys
 * (today's schema has none), and those depending on them, cannot be ordered: the keys among them
 * are returned as `deferred`, to be dropped before the load and added again after it, which checks
 * every row, all in the load's one transaction.
 */
export function loadOrder(tables: string[], keys: ForeignKey[]): { order: string[]; deferred: ForeignKey[] } {
  const pending = new Set(tables)
  const edges = keys.filter((key) => key.table !== key.references && pending.has(key.table) && pending.has(key.references))
  const order: string[] = []
  for (;;) {
    const ready = [...pending].filter((table) => !edges.some((key) => key.table === table && pending.has(key.references)))
    if (!ready.length) break
    for (const table of ready) {
      pending.delete(table)
      order.push(table)
    }
  }
  return { order: [...order, ...pending], deferred: edges.filter((key) => pending.has(key.table) && pending.has(key.references)) }
}
