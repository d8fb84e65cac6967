import type { Payload } from 'payload'
import { poolOf } from '../sending/deliveryStore'
import type { MailableCollection } from './mailableCollections'

/** What a published item is about, as subscribers choose: its kind, reform areas and units. */
export type ItemTopics = { collection: MailableCollection; reformAreas: number[]; units: number[] }

const idOf = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : value && typeof value === 'object' && 'id' in value ? Number((value as { id: number }).id) : undefined

const ids = (value: unknown): number[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).flatMap((one) => idOf(one) ?? [])

/** An item's topics from its document (articles carry `units`, practices and documents one `unit`). */
export const itemTopics = (collection: MailableCollection, doc: Record<string, unknown>): ItemTopics => ({
  collection,
  reformAreas: ids(doc.reformAreas),
  units: ids(doc.units ?? doc.unit),
})

export type TopicNames = {
  areaName: (id: number) => string | undefined
  unitName: (id: number) => string | undefined
  /** The unit and every unit above it: news of a commune is news of its province too. */
  withAncestors: (unit: number) => number[]
}

/** Names of areas and units and the unit tree, read once for a whole alert or digest. */
export async function topicNames(payload: Payload): Promise<TopicNames> {
  const pool = poolOf(payload)
  const [areas, units] = await Promise.all([
    pool.query<{ id: number; name: string }>('SELECT id, name FROM reform_areas'),
    pool.query<{ id: number; name: string; parent: number | null }>('SELECT id, name, parent_id AS parent FROM units'),
  ])
  const areaNames = new Map(areas.rows.map((row) => [row.id, row.name]))
  const unitRows = new Map(units.rows.map((row) => [row.id, row]))
  return {
    areaName: (id) => areaNames.get(id),
    unitName: (id) => unitRows.get(id)?.name,
    withAncestors: (unit) => {
      const chain: number[] = []
      for (let id: number | null | undefined = unit; id && !chain.includes(id); id = unitRows.get(id)?.parent) chain.push(id)
      return chain
    },
  }
}
