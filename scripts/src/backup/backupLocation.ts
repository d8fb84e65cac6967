import { fileStamp } from './stamp'

/** The names `npm run backup` gives its archives; only these are pruned by `--keep`. */
export const ARCHIVE_NAME = /^reform-news-\d{8}-\d{6}\.tar\.gz$/

export function archiveName(createdAt: Date): string {
  return `reform-news-${fileStamp(createdAt)}.tar.gz`
}
