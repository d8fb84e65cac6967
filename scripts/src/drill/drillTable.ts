import type { BackupDrillResult } from './backupDrill'
import type { KillResult } from './killDrill'

/** The kill drill as a Markdown table (it goes into the README as printed). */
export function killTable(results: KillResult[]): string {
  const rows = results.map((result) =>
    [
      result.child,
      `${result.backAfter.toFixed(1)} s`,
      `${result.publishLive.toFixed(1)} s${result.child === 'builder' ? ' (published while it was down)' : ''}${result.publishTries > 1 ? ` (${result.publishTries} tries)` : ''}`,
      String(result.requests),
      String(result.failed),
    ].join(' | '),
  )
  return [
    '| killed (kill -9) | back after | a publish after it, live after | site requests | failed |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n')
}

/** The backup drill as a Markdown table. */
export function backupTable(result: BackupDrillResult): string {
  const rows: Array<[string, string]> = [
    ['backup while an editor saved', `${result.backupSeconds.toFixed(1)} s, ${result.writesDuring} drafts saved meanwhile`],
    ['restore into a fresh data folder', `${result.restoreSeconds.toFixed(1)} s`],
    ['counts (content collections) as in the manifest', result.countsDiffering.length ? `no: ${result.countsDiffering.join('; ')}` : 'yes'],
    ['media files, sha256 as in the manifest', result.mediaDiffering.length ? `${result.mediaDiffering.length} of ${result.mediaFiles} differ` : `all ${result.mediaFiles}`],
    ['the administrator signs in', result.signedIn ? 'yes' : 'no'],
    ['restored portal: an article published before the backup live after', `${result.siteRebuiltSeconds.toFixed(1)} s`],
  ]
  return ['| backup and restore | result |', '| --- | --- |', ...rows.map(([what, value]) => `| ${what} | ${value} |`)].join('\n')
}
