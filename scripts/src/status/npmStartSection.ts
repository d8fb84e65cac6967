import { isProcessRunning } from '../process/isProcessRunning'
import { type ChildRecord, type NpmStart } from './npmStartRecord'
import type { Section } from './statusRows'
import { moment } from './timeText'

/** The supervisor's children in the order they start; any other name follows. */
const START_ORDER = ['postgres', 'mail', 'cms', 'builder', 'preview']

const rank = (name: string) => (START_ORDER.includes(name) ? START_ORDER.indexOf(name) : START_ORDER.length)

function lastExit({ lastExit: exit }: ChildRecord, now: Date): string | undefined {
  if (!exit) return undefined
  const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`
  return `last exit ${how} at ${moment(exit.at, now)}`
}

/** `npm start` and each process it supervises, as its processes.json says. */
export function npmStartSection(npmStart: NpmStart, now: Date): Section {
  if (npmStart.state === 'no-record') return { rows: [['npm start', 'not running', 'no run/processes.json in DATA_DIR']], down: [] }
  const { record } = npmStart
  if (npmStart.state === 'ended') {
    // Its children may still hold ports (a killed npm start): the probes below say what answers.
    return { rows: [['npm start', 'not running', `pid ${record.pid} (started ${moment(record.startedAt, now)}) has ended`]], down: [] }
  }
  const down: string[] = []
  const rows = [['npm start', 'running', `pid ${record.pid}, ${record.mode} mode, since ${moment(record.startedAt, now)}`]]
  for (const [name, child] of Object.entries(record.children).sort(([a], [b]) => rank(a) - rank(b))) {
    const alive = child.state === 'running' && isProcessRunning(child.pid)
    if (!alive) down.push(`${name} process`)
    const details = [
      child.pid ? `pid ${child.pid}${child.state === 'running' && !alive ? ' (gone)' : ''}` : undefined,
      `since ${moment(child.since, now)}`,
      child.restarts > 0 ? `${child.restarts} restart${child.restarts === 1 ? '' : 's'}` : undefined,
      child.state === 'running' ? undefined : lastExit(child, now),
    ]
    rows.push([`  ${name}`, child.state, details.filter(Boolean).join(', ')])
  }
  return { rows, down }
}
