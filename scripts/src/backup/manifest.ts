import { readFile } from 'node:fs/promises'
import type { ArchiveFile } from './archiveFiles'
import { OperatorError } from './operatorError'

/** Where things are inside an archive. */
export const MANIFEST_FILE = 'manifest.json'
export const DATABASE_FOLDER = 'database'
export const MEDIA_FOLDER = 'media'
export const SECRET_FILE = 'payload-secret'

/** A table's rows in `database/<name>.copy` (COPY text format), with the columns in the file's order. */
export type TableDump = { name: string; columns: string[]; rows: number }
/** A sequence as setval() takes it; bigint as text. */
export type SequenceValue = { name: string; lastValue: string; isCalled: boolean }

export type Manifest = {
  format: 1
  product: { name: string; version: string }
  createdAt: string
  postgres: { serverVersion: string }
  /** The Payload migrations applied to the database, oldest first: they make its schema. */
  migrations: string[]
  /** Documents per Payload collection (its own table). */
  collections: Record<string, number>
  tables: TableDump[]
  sequences: SequenceValue[]
  media: {
    files: number
    bytes: number
    /** Files deleted between the database snapshot and their copy (their documents were being deleted). */
    missing: string[]
  }
  /** Whether the archive holds the Payload secret. */
  secret: boolean
  /** Every file in the archive but this manifest. */
  files: ArchiveFile[]
}

export function tableFile(table: string): string {
  return `${DATABASE_FOLDER}/${table}.copy`
}

export async function readManifest(file: string, archive: string): Promise<Manifest> {
  let manifest: Partial<Manifest>
  try {
    manifest = JSON.parse(await readFile(file, 'utf8')) as Partial<Manifest>
  } catch {
    throw new OperatorError(`${archive} has no readable ${MANIFEST_FILE}: it is not an archive of \`npm run backup\`. Nothing was changed.`)
  }
  if (manifest.format !== 1) {
    throw new OperatorError(`${archive} has a manifest of format ${String(manifest.format)}, which this version cannot read. Nothing was changed.`)
  }
  return manifest as Manifest
}
