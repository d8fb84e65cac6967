import { backupSection } from './backupSection'
import type { StatusFacts } from './gatherStatus'
import { npmStartSection } from './npmStartSection'
import { serversSection } from './serversSection'
import { siteSection } from './siteSection'
import { alignColumns, type Row } from './statusRows'

/** The report `npm run status` prints, and what it found down (exit code 1 when anything is). */
export function formatStatus(facts: StatusFacts, now = new Date()): { text: string; down: string[] } {
  const sections = [npmStartSection(facts.npmStart, now), serversSection(facts.cms, facts.servers), siteSection(facts.cms, facts.live, now), backupSection(facts.backup, now)]
  // One table for all sections (a blank row between them), so every column lines up.
  const rows = sections.flatMap((section, index): Row[] => (index === 0 ? section.rows : [[], ...section.rows]))
  const down = sections.flatMap((section) => section.down)
  const verdict = down.length === 0 ? 'Everything is up.' : `Down: ${down.join(', ')}.`
  return { text: [...alignColumns(rows), '', verdict].join('\n'), down }
}
