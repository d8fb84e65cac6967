import type pg from 'pg'

/** What the backup and the restore read from pg_catalog about the schema `public` (Payload's). */

export type Table = { name: string; columns: string[] }

/** `public."name"`, for SQL text. */
export function qualified(client: pg.Client, name: string): string {
  return `public.${client.escapeIdentifier(name)}`
}
export type ForeignKey = { name: string; table: string; references: string; definition: string }

/** Ordinary tables with their stored columns in column order (generated columns are not copied). */
export async function listTables(client: pg.Client): Promise<Table[]> {
  const { rows } = await client.query<Table>(`
    SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
    GROUP BY c.relname
    ORDER BY c.relname`)
  return rows
}

export async function listSequences(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY relname`)
  return rows.map((row) => row.name)
}

/**
 * The tables of Payload's collections, read from Payload's own schema rather than its config (so a
 * backup need not load the CMS): a document lock may point at any collection, so
 * payload_locked_documents_rels has a foreign key to each collection's table.
 */
export async function collectionTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT DISTINCT target.relname AS name
    FROM pg_constraint
    JOIN pg_class target ON target.oid = confrelid
    WHERE contype = 'f' AND conrelid = 'public.payload_locked_documents_rels'::regclass
      AND target.relname <> 'payload_locked_documents'
    ORDER BY 1`)
  return rows.map((row) => row.name)
}

export async function foreignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    SELECT k.conname AS name, child.relname AS table, parent.relname AS references,
      pg_get_constraintdef(k.oid) AS definition
    FROM pg_constraint k
    JOIN pg_class child ON child.oid = k.conrelid
    JOIN pg_class parent ON parent.oid = k.confrelid
    WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`)
  return rows
}
