import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isProcessRunning } from '../src/process/isProcessRunning'
import { RestartHistory, restartPause } from '../src/process/restartPolicy'
import { Supervisor, type ServiceSpec, type ServiceStatus } from '../src/process/supervisor'

// npm start's supervisor with real child processes (node -e), real signals and real pauses.

function nodeService(name: string, script: string): ServiceSpec {
  return {
    name,
    title: `the ${name} service`,
    command: process.execPath,
    args: ['-e', script],
    cwd: process.cwd(),
    env: process.env,
    ready: (_child, lines) => lines.waitFor(/^ready$/),
  }
}

describe('the restart policy', () => {
  it('pauses 1 s, 2 s, 4 s … and never more than 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12].map(restartPause)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000])
  })

  it('gives up at the fifth death within two minutes, and starts the pauses again after a run of two minutes', () => {
    const history = new RestartHistory()
    const deaths = [0, 5_000, 10_000, 20_000].map((at) => history.died(at, at - 1000))
    expect(deaths.map((death) => death.tooMany)).toEqual([false, false, false, false])
    expect(deaths.map((death) => death.consecutive)).toEqual([1, 2, 3, 4])
    expect(history.died(30_000, 29_000)).toMatchObject({ recent: 5, tooMany: true })

    const steady = new RestartHistory()
    steady.died(0, -1000)
    steady.died(10_000, 9000)
    // Up from 20 s to 200 s: a good run; this death is the first in a row again, and the old ones are out of the window.
    expect(steady.died(200_000, 20_000)).toEqual({ recent: 1, consecutive: 1, tooMany: false })
  })
})

describe('a supervised child', () => {
  it('that exits is started again after a growing pause, with a line saying which, why and when it is back', async () => {
    const lines: string[] = []
    const supervisor = new Supervisor({ log: (line) => lines.push(line), onGiveUp: () => {} })
    // Ready at once, then exits with code 3 after half a second.
    await supervisor.start(nodeService('flaky', "console.log('ready'); setTimeout(() => process.exit(3), 500)"))
    const firstPid = supervisor.statuses().flaky!.pid
    await expect.poll(() => supervisor.statuses().flaky!.restarts, { timeout: 15_000 }).toBeGreaterThanOrEqual(2)
    await supervisor.stop()

    expect(lines).toContain('[flaky] ready')
    const exits = lines.filter((line) => line.startsWith('[supervisor] the flaky service exited (exit code 3) at '))
    expect(exits[0]).toMatch(/restarting in 1 s$/)
    expect(exits[1]).toMatch(/restarting in 2 s$/)
    expect(lines.some((line) => /^\[supervisor\] the flaky service is back at \d\d:\d\d:\d\d, [\d.]+ s after its restart$/.test(line))).toBe(true)
    expect(supervisor.statuses().flaky).toMatchObject({ state: 'stopped', lastExit: expect.anything() })
    expect(supervisor.statuses().flaky!.pid).not.toBe(firstPid)
  })

  it('that dies five times in two minutes is given up, and the caller is told what to do', async () => {
    const changes: Array<Record<string, ServiceStatus>> = []
    let gaveUp = ''
    const supervisor = new Supervisor({ log: () => {}, onGiveUp: (message) => (gaveUp = message), onChange: (statuses) => changes.push(statuses) })
    await supervisor.start(nodeService('broken', "console.log('ready'); setTimeout(() => process.kill(process.pid, 'SIGKILL'), 100)"))
    // Pauses 1 + 2 + 4 + 8 s between the five deaths.
    await expect.poll(() => gaveUp, { timeout: 40_000, interval: 500 }).not.toBe('')
    await supervisor.stop()

    expect(gaveUp).toBe(
      'The broken service stopped 5 times in two minutes (the last time: signal SIGKILL). Its [broken] lines above say why. Fix the cause, then run npm start again.',
    )
    expect(changes.at(-1)!.broken).toMatchObject({ state: 'gave-up', restarts: 4 })
  }, 60_000)

  it('is stopped with its own signal, and what it started goes with it', async () => {
    const lines: string[] = []
    const supervisor = new Supervisor({ log: (line) => lines.push(line), onGiveUp: () => {} })
    // A parent that stops on SIGINT (as PostgreSQL does) and has a child of its own, as next and the builder do.
    await supervisor.start({
      ...nodeService(
        'parent',
        "const { spawn } = require('node:child_process'); const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log('grandchild ' + grandchild.pid); process.on('SIGINT', () => process.exit(0)); console.log('ready')",
      ),
      stopSignal: 'SIGINT',
    })
    const pid = supervisor.statuses().parent!.pid!
    const grandchild = Number(
      lines
        .find((line) => line.startsWith('[parent] grandchild '))!
        .split(' ')
        .at(-1),
    )
    expect(isProcessRunning(pid) && isProcessRunning(grandchild)).toBe(true)
    await supervisor.stop()
    expect(isProcessRunning(pid)).toBe(false)
    await expect.poll(() => isProcessRunning(grandchild)).toBe(false)
    expect(supervisor.statuses().parent!.state).toBe('stopped')
  })

  it('that exits before it is first ready is started again, and start() waits until it is', async () => {
    const marker = path.join(await mkdtemp(path.join(tmpdir(), 'reform-supervisor-')), 'tried')
    const lines: string[] = []
    const supervisor = new Supervisor({ log: (line) => lines.push(line), onGiveUp: () => {} })
    // The first run exits at once (as a child killed while it loads would); the second is ready.
    await supervisor.start(
      nodeService(
        'slow',
        `const fs = require('node:fs'); if (!fs.existsSync(${JSON.stringify(marker)})) { fs.writeFileSync(${JSON.stringify(marker)}, ''); process.exit(2) } console.log('ready'); setInterval(() => {}, 1000)`,
      ),
    )
    expect(supervisor.statuses().slow).toMatchObject({ state: 'running', restarts: 1 })
    expect(lines).toContain('[slow] ready')
    expect(lines.some((line) => /^\[supervisor\] the slow service exited \(exit code 2\) at .*; restarting in 1 s$/.test(line))).toBe(true)
    await supervisor.stop()
  })

  it('that never becomes ready is given up after five tries, and start() rejects with its name', async () => {
    let gaveUp = ''
    const supervisor = new Supervisor({ log: () => {}, onGiveUp: (message) => (gaveUp = message) })
    await expect(supervisor.start(nodeService('dud', 'process.exit(2)'))).rejects.toThrow('The dud service could not be started; see its [dud] lines above.')
    expect(gaveUp).toMatch(/^The dud service stopped 5 times in two minutes \(the last time: exit code 2\)/)
    expect(supervisor.statuses().dud).toMatchObject({ state: 'gave-up', restarts: 4 })
  }, 60_000)
})
