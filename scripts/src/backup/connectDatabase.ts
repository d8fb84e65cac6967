import pg from 'pg'
import type { StartConfig } from '../config'
import { openDatabase } from '../database/openDatabase'
import { OperatorError } from './operatorError'

/** The portal's database (see openDatabase); why it cannot start (port taken, folder of another PostgreSQL) is for the operator. */
export async function openPortalDatabase(config: StartConfig): ReturnType<typeof openDatabase> {
  try {
    return await openDatabase(config, () => {})
  } catch (error) {
    throw new OperatorError((error as Error).message)
  }
}

/** A connected client; an unreachable server is the operator's to fix, so that is what it says. */
export async function connectDatabase(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl })
  try {
    await client.connect()
  } catch (error) {
    const { hostname, port, pathname } = new URL(databaseUrl)
    throw new OperatorError(
      `cannot connect to the database ${pathname.slice(1)} on ${hostname}:${port} (${(error as Error).message}). Is its server running and DATABASE_URL right?`,
    )
  }
  return client
}
