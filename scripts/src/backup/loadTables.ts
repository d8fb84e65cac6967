import { createReadStream } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { connectDatabase } from './connectDatabase'
import { foreignKeys, listTables, qualified } from './databaseCatalog'
import { tableFile, type Manifest, type TableDump } from './manifest'
import { OperatorError } from './operatorError'
import { loadOrder } from './tableOrder'

/**
 * Loads the archive's rows into the schema its migrations have just made, in one transaction: the
 * rows, the sequences and the check of every table's count against the manifest commit together
 * or not at all.
 */
export async function loadTables(databaseUrl: string, unpacked: string, manifest: Manifest): Promise<void> {
  const client = await connectDatabase(databaseUrl)
  try {
    await client.query('BEGIN')
    const schema = new Set((await listTables(client)).map((table) => table.name))
    const absent = manifest.tables.filter((table) => !schema.has(table.name)).map((table) => table.name)
    if (absent.length) {
      throw new OperatorError(`the archive has tables its migrations do not create (${absent.join(', ')}), so it cannot be loaded.`)
    }
    // The migrations' own rows (payload_migrations above all) give way to the archive's.
    await client.query(`TRUNCATE ${[...schema].map((name) => qualified(client, name)).join(', ')}`)
    const { order, deferred } = loadOrder(
      manifest.tables.map((table) => table.name),
      await foreignKeys(client),
    )
    for (const key of deferred) await client.query(`ALTER TABLE ${qualified(client, key.table)} DROP CONSTRAINT ${client.escapeIdentifier(key.name)}`)
    const tables = new Map(manifest.tables.map((table) => [table.name, table]))
    for (const name of order) await copyIn(client, tables.get(name)!, path.join(unpacked, tableFile(name)))
    for (const key of deferred) {
      await client.query(`ALTER TABLE ${qualified(client, key.table)} ADD CONSTRAINT ${client.escapeIdentifier(key.name)} ${key.definition}`)
    }
    for (const sequence of manifest.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [qualified(client, sequence.name), sequence.lastValue, sequence.isCalled])
    }
    await assertCounts(client, manifest.tables)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}

async function copyIn(client: pg.Client, table: TableDump, file: string): Promise<void> {
  const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(', ')
  await pipeline(createReadStream(file), client.query(copyFrom(`COPY ${qualified(client, table.name)} (${columns}) FROM STDIN`)))
}

async function assertCounts(client: pg.Client, tables: TableDump[]): Promise<void> {
  const wrong: string[] = []
  for (const table of tables) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${qualified(client, table.name)}`)
    if (Number(rows[0]!.count) !== table.rows) wrong.push(`${table.name} has ${rows[0]!.count} rows, the manifest says ${table.rows}`)
  }
  if (wrong.length) throw new OperatorError(`the loaded database does not match the archive's manifest (${wrong.join('; ')}); nothing was committed.`)
}
