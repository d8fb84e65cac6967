import { closePayload } from '@reform/cms/closePayload'
import type { Migration } from 'payload'
import { migrations } from '../../../cms/src/migrations'
import { setScriptEnvironment } from '../cms/scriptEnvironment'
import { loadPayload } from '../cms/loadPayload'
import type { StartConfig } from '../config'
import type { Manifest } from './manifest'
import { OperatorError } from './operatorError'

/**
 * The committed migrations that made the archive's schema, in their order. An archive naming one
 * this code lacks was made by a newer version: its rows may not fit this schema.
 */
export function archiveMigrations(manifest: Manifest, archive: string): Migration[] {
  const known = new Set(migrations.map((migration) => migration.name))
  const unknown = manifest.migrations.filter((name) => !known.has(name))
  if (unknown.length) {
    throw new OperatorError(
      `${archive} was made by a newer version of ${manifest.product.name} (${manifest.product.version}): its database has migrations this code does not have (${unknown.join(', ')}). ` +
        'Restore it with that version or a later one. Nothing was changed.',
    )
  }
  const applied = new Set(manifest.migrations)
  // The generated migration list is typed more narrowly than the adapter's `Migration`.
  return migrations.filter((migration) => applied.has(migration.name)) as unknown as Migration[]
}

/**
 * Makes the archive's schema by running exactly its migrations through Payload, as `npm start`
 * made the original; newer ones are left to the next `npm start`, the normal upgrade path.
 */
export async function createSchema(config: StartConfig, databaseUrl: string, archived: Migration[]): Promise<void> {
  setScriptEnvironment(config, databaseUrl)
  // In production Payload would run every committed migration as it connects, not the archive's.
  Reflect.deleteProperty(process.env, 'NODE_ENV')
  const payload = await loadPayload()
  try {
    await payload.db.migrate({ migrations: archived })
  } finally {
    await closePayload(payload)
  }
}
