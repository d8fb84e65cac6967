import { connectDatabase } from './connectDatabase'

/** Tables, sequences, views and types in the schema public of the database at DATABASE_URL. */
export async function publicSchemaObjects(databaseUrl: string): Promise<number> {
  const client = await connectDatabase(databaseUrl)
  try {
    const { rows } = await client.query<{ count: string }>(`
      SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace)
        + (SELECT count(*) FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd', 'r')) AS count`)
    return Number(rows[0]!.count)
  } finally {
    await client.end()
  }
}

/** Renames the schema public (kept whole, to go back to) and creates an empty one; returns the old one's new name. */
export async function setPublicSchemaAside(databaseUrl: string, stamp: string): Promise<string> {
  const aside = `public_before_restore_${stamp.replace('-', '_')}`
  const client = await connectDatabase(databaseUrl)
  try {
    // The restore connects as the CMS does, so the new schema belongs to the CMS's user.
    await client.query(`BEGIN; ALTER SCHEMA public RENAME TO ${aside}; CREATE SCHEMA public; COMMIT`)
  } finally {
    await client.end()
  }
  return aside
}
