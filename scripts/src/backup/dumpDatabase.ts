import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import { connectDatabase } from './connectDatabase'
import { collectionTables, listSequences, listTables, qualified, type Table } from './databaseCatalog'
import { DATABASE_FOLDER, tableFile, type Manifest, type SequenceValue, type TableDump } from './manifest'
import { OperatorError } from './operatorError'

export type DatabaseDump = Pick<Manifest, 'postgres' | 'migrations' | 'collections' | 'tables' | 'sequences'>

/**
 * Writes the database's rows into `root`/database, one COPY file per table, as they were at one
 * moment. Why this is a correct backup without pg_dump (which does the same over the same protocol):
 * - One snapshot: every read runs in one REPEATABLE READ transaction, so each COPY sees the
 *   database as it was at the transaction's first query. A document and its relation, array and
 *   version rows are all in the archive or all out, whatever editors commit meanwhile; writers are
 *   not blocked. ACCESS SHARE locks only keep the tables from being altered or dropped meanwhile.
 * - Data only: the schema is exactly what the applied Payload migrations (listed in the manifest)
 *   create, so a restore runs those migrations and loads the rows. Each table's column list is
 *   stored with it, so values meet their columns by name.
 * - Sequences are not transactional: read after the copies, each is at least at the highest id
 *   in the snapshot, so a restored database never hands out an id twice (ids used by writes after
 *   the snapshot are merely skipped).
 */
export async function dumpDatabase(databaseUrl: string, root: string): Promise<DatabaseDump> {
  const client = await connectDatabase(databaseUrl)
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const tables = await listTables(client)
    if (!tables.some((table) => table.name === 'payload_migrations')) {
      throw new OperatorError('the database has no Payload schema (no payload_migrations table), so there is nothing to back up. Check DATA_DIR or DATABASE_URL.')
    }
    await client.query(`LOCK TABLE ${tables.map((table) => qualified(client, table.name)).join(', ')} IN ACCESS SHARE MODE`)
    await mkdir(path.join(root, DATABASE_FOLDER), { recursive: true })
    const dumps: TableDump[] = []
    for (const table of tables) dumps.push({ ...table, rows: await copyTable(client, table, path.join(root, tableFile(table.name))) })
    const migrations = await client.query<{ name: string }>('SELECT name FROM public.payload_migrations ORDER BY id')
    const rows = new Map(dumps.map((dump) => [dump.name, dump.rows]))
    const collections = Object.fromEntries((await collectionTables(client)).map((name) => [name, rows.get(name) ?? 0]))
    const sequences = await readSequences(client)
    const version = await client.query<{ server_version: string }>('SHOW server_version')
    await client.query('COMMIT')
    return {
      postgres: { serverVersion: version.rows[0]!.server_version },
      migrations: migrations.rows.map((row) => row.name),
      collections,
      tables: dumps,
      sequences,
    }
  } finally {
    await client.end()
  }
}

async function copyTable(client: pg.Client, table: Table, file: string): Promise<number> {
  const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(', ')
  const copy = client.query(copyTo(`COPY ${qualified(client, table.name)} (${columns}) TO STDOUT`))
  await pipeline(copy, createWriteStream(file))
  return copy.rowCount
}

async function readSequences(client: pg.Client): Promise<SequenceValue[]> {
  const values: SequenceValue[] = []
  for (const name of await listSequences(client)) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM ${qualified(client, name)}`)
    values.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called })
  }
  return values
}
