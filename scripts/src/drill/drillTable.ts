import type { KillResult } from './killDrill'

/** The kill drill as a Markdown table (it goes into the README as printed). */
export function killTable(results: KillResult[]): string {
  const rows = results.map((result) =>
    [result.child, `${result.backAfter.toFixed(1)} s`, `${result.publishLive.toFixed(1)} s${result.publishTries > 1 ? ` (${result.publishTries} tries)` : ''}`, String(result.requests), String(result.failed)].join(' | '),
  )
  return ['| killed (kill -9) | back after | a publish after it live after | site requests | failed |', '| --- | --- | --- | --- | --- |', ...rows.map((row) => `| ${row} |`)].join('\n')
}
