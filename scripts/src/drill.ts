import { backupTable, killTable } from './drill/drillTable'
import { runDrill } from './drill/runDrill'

/**
 * `npm run drill`: runs the product (`npm start`, in a fresh data folder on free ports, so the one
 * you use is never touched), kills each of its children in turn while the site is polled, backs it
 * up while an editor keeps saving and restores that into another fresh folder, then prints what was
 * killed, how long until it was back, the requests that failed, and what the restore gave back.
 * `DRILL_LOG=1` shows npm start's own lines too.
 */
const result = await runDrill((line) => console.log(line), process.env.DRILL_LOG ? (line) => console.log(`  | ${line}`) : () => {})
console.log(`\n${killTable(result.killed)}\n\n${backupTable(result.backup)}\n`)
console.log(result.leftRunning.length ? `Still running after Ctrl-C: ${result.leftRunning.join(', ')}` : 'Nothing left running after Ctrl-C.')
