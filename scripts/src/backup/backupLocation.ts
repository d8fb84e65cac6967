import path from 'node:path'
import type { StartConfig } from '../config'
import { fileStamp } from './stamp'

/** The names `npm run backup` gives its archives; only these are pruned by `--keep`. */
export const ARCHIVE_NAME = /^reform-news-\d{8}-\d{6}\.tar\.gz$/

/** BACKUP_DIR, by default `backups` in the data folder. */
export function backupDirectory(config: StartConfig, env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.BACKUP_DIR ?? path.join(config.dataDir, 'backups'))
}

export function archiveName(createdAt: Date): string {
  return `reform-news-${fileStamp(createdAt)}.tar.gz`
}
