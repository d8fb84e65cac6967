import { parseArgs } from 'node:util'
import { createBackup } from './backup/createBackup'
import { describeCollections, megabytes } from './backup/describe'
import { OperatorError, reportFailure } from './backup/operatorError'

/**
 * `npm run backup [-- --out <file>] [--keep N]`: the database (one consistent moment, while the
 * portal keeps running), the media files and the secret in one .tar.gz; see backup/createBackup.ts.
 */
async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, keep: { type: 'string' } }, strict: true })
  const keep = values.keep === undefined ? undefined : Number(values.keep)
  if (keep !== undefined && !(Number.isInteger(keep) && keep >= 1)) throw new OperatorError(`--keep ${values.keep} must be a whole number of archives, at least 1.`)
  const { file, bytes, seconds, manifest, pruned } = await createBackup({ out: values.out, keep })
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  console.log(
    [
      `Backup written: ${file} (${megabytes(bytes)}) in ${seconds.toFixed(1)} s`,
      `  Database   PostgreSQL ${manifest.postgres.serverVersion}, ${manifest.migrations.length} migrations, ${rows} rows in ${manifest.tables.length} tables`,
      `  Documents  ${describeCollections(manifest.collections)}`,
      `  Media      ${manifest.media.files} files (${megabytes(manifest.media.bytes)})`,
      ...(manifest.media.missing.length ? [`             ${manifest.media.missing.length} deleted while the backup ran, so not in it: ${manifest.media.missing.join(', ')}`] : []),
      `  Secret     ${manifest.secret ? 'included' : 'none found (npm start will make a new one after a restore)'}`,
      ...(pruned.length ? [`  Pruned     ${pruned.join(', ')} (kept the newest ${keep})`] : []),
    ].join('\n'),
  )
}

await main().catch((error: unknown) => reportFailure('backup', error))
