import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { poolOf } from '../../sending/deliveryStore'
import type { SheetMember } from './importReport'

/**
 * Adds members to a list in one transaction, in one statement (a Local API create per row would be
 * 20,000 transactions and audit entries). Does what the collection's hooks would: the random key of
 * each personal link (assignLinkKey); names are NFC and addresses lower-case already. An address
 * put on the list meanwhile by someone else is left alone. `beforeCommit` runs inside the
 * transaction with the number inserted: if it fails, nothing is written. Returns the addresses added.
 */
export async function insertMembers(payload: Payload, list: number, members: SheetMember[], beforeCommit: (inserted: number) => Promise<void>): Promise<Set<string>> {
  const client = await poolOf(payload).connect()
  let broken: Error | undefined
  try {
    await client.query('BEGIN')
    const { rows } = await client.query<{ email: string }>(
      `INSERT INTO list_members (list_id, name, position, organisation, email, status, hard_bounces, link_key)
       SELECT $1, name, position, organisation, email, 'active', 0, link_key
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS member(name, position, organisation, email, link_key)
       ON CONFLICT (list_id, email) DO NOTHING
       RETURNING email`,
      [
        list,
        members.map((member) => member.name),
        members.map((member) => member.position),
        members.map((member) => member.organisation),
        members.map((member) => member.email),
        members.map(() => randomBytes(24).toString('base64url')),
      ],
    )
    await beforeCommit(rows.length)
    await client.query('COMMIT')
    return new Set(rows.map((row) => row.email))
  } catch (error) {
    // A connection that cannot even roll back is not given back to the pool.
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError
    })
    throw error
  } finally {
    client.release(broken)
  }
}
