import type { Migration, Payload } from 'payload'
import { migrations } from '../migrations'

/** Brings the schema up to date with the committed migrations, as `payload migrate` does. */
export function runMigrations(payload: Payload): Promise<void> {
  // The generated migration list is typed more narrowly than the adapter's `Migration`.
  return payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
