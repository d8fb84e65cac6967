import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { readStartConfig } from './config'
import { describeCollections, megabytes } from './backup/describe'
import { OperatorError, reportFailure } from './backup/operatorError'
import { restoreBackup } from './backup/restoreBackup'

/**
 * `npm run restore <archive> [--replace]`: an archive of `npm run backup` back into an empty data
 * folder (or, with --replace, over the current one, which is moved aside); see backup/restoreBackup.ts.
 */
async function main() {
  const { values, positionals } = parseArgs({ options: { replace: { type: 'boolean', default: false } }, allowPositionals: true, strict: true })
  if (positionals.length !== 1) throw new OperatorError('usage: npm run restore <archive.tar.gz> [--replace]')
  const config = readStartConfig()
  // Read before the restore gives Payload the secret through the environment.
  const secretInEnvironment = process.env.PAYLOAD_SECRET
  const { manifest, seconds, movedAside, embedded } = await restoreBackup({ archive: positionals[0]!, replace: values.replace, config })
  const secretFile = path.join(config.dataDir, 'payload-secret')
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  console.log(
    [
      `Restored ${path.resolve(positionals[0]!)} (made ${manifest.createdAt} by ${manifest.product.name} ${manifest.product.version}, PostgreSQL ${manifest.postgres.serverVersion}) in ${seconds.toFixed(1)} s`,
      `  Database   ${embedded ? `embedded PostgreSQL in ${config.postgresDir}` : 'the database at DATABASE_URL'}: ${manifest.migrations.length} migrations, ${rows} rows in ${manifest.tables.length} tables, every count as in the archive`,
      `  Documents  ${describeCollections(manifest.collections)}`,
      `  Media      ${manifest.media.files} files (${megabytes(manifest.media.bytes)}) in ${config.mediaDir}, checksums verified`,
      ...(manifest.media.missing.length ? [`             not in the archive (deleted while that backup ran): ${manifest.media.missing.join(', ')}`] : []),
      `  Secret     ${manifest.secret ? `written to ${secretFile}` : 'none in the archive, so a new one: sessions from before must log in again'}`,
      ...(manifest.secret && secretInEnvironment && secretInEnvironment !== (await readFile(secretFile, 'utf8')).trim()
        ? [
            `  WARNING    PAYLOAD_SECRET in the environment differs from the archive's, and wins over it: sign-ins from before, signed preview links and the links in mails already sent (unsubscribe, feedback) stop working. Set PAYLOAD_SECRET to the archive's (now in ${secretFile}) to keep them.`,
          ]
        : []),
      ...movedAside.map((line) => `  Moved      ${line}`),
      'Now run npm start: it serves the restored content and rebuilds the site.',
    ].join('\n'),
  )
}

await main().catch((error: unknown) => reportFailure('restore', error))
// Payload keeps a pooled connection open for its whole life (see closePayload).
process.exit()
