import { describe, expect, it } from 'vitest'
import { DRILL_CHILDREN } from '../src/drill/killDrill'
import { runDrill } from '../src/drill/runDrill'

// The whole product as `npm start` runs it (production CMS build, embedded PostgreSQL, mail
// catcher, builder, preview), in a fresh data folder on free ports: the drill `npm run drill` prints.

describe('npm start', () => {
  it('keeps the site up and comes back whole when any child is killed; a backup taken under writes restores to the same portal', async () => {
    const lines: string[] = []
    const result = await runDrill(
      (line) => lines.push(line),
      (line) => lines.push(`  | ${line}`),
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\nThe drill's last lines:\n${lines.slice(-60).join('\n')}`)
    })

    expect(result.killed.map((killed) => killed.child)).toEqual(DRILL_CHILDREN)
    for (const killed of result.killed) {
      // Not one failed page or feed request while it was down, and a publish went live after it.
      expect({ child: killed.child, failed: killed.failed, failures: killed.failures }).toEqual({ child: killed.child, failed: 0, failures: [] })
      expect(killed.requests).toBeGreaterThan(5)
      expect(killed.publishLive).toBeGreaterThan(0)
    }
    // Every restart was logged with the reason and the time it was back.
    for (const title of ['the mail catcher', 'the draft preview server', 'the site builder', 'the CMS', 'the embedded PostgreSQL']) {
      expect(lines.some((line) => line.includes(`[supervisor] ${title} exited (signal SIGKILL) at `))).toBe(true)
      expect(lines.some((line) => line.includes(`[supervisor] ${title} is back at `))).toBe(true)
    }

    expect(result.backup.writesDuring).toBeGreaterThan(0)
    expect(result.backup).toMatchObject({ countsDiffering: [], mediaDiffering: [], signedIn: true })
    expect(result.backup.mediaFiles).toBeGreaterThan(0)
    expect(result.leftRunning).toEqual([])
    // Ctrl-C stops PostgreSQL last: nothing else meets a database that is shutting down.
    expect(lines.filter((line) => /database system is shutting down/.test(line))).toEqual([])
  }, 1_800_000)
})
