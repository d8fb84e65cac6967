import type { Payload } from 'payload'
import { poolOf } from '../../sending/deliveryStore'

/** Which of these (lower-case) addresses a list already has. */
export async function addressesOnList(payload: Payload, list: number, addresses: string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set()
  const { rows } = await poolOf(payload).query<{ email: string }>('SELECT email FROM list_members WHERE list_id = $1 AND email = ANY($2::text[])', [list, addresses])
  return new Set(rows.map((row) => row.email))
}
