import { readdir, readFile } from 'node:fs/promises'

type Proc = { pid: number; ppid: number; rssKb: number; command: string }

async function processes(): Promise<Proc[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name))
  const read = await Promise.all(
    pids.map(async (pid) => {
      try {
        const [status, cmdline] = await Promise.all([readFile(`/proc/${pid}/status`, 'utf8'), readFile(`/proc/${pid}/cmdline`, 'utf8')])
        const field = (name: string) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+)`, 'm'))?.[1] ?? 0)
        return { pid: Number(pid), ppid: field('PPid'), rssKb: field('VmRSS'), command: cmdline.replaceAll('\0', ' ') }
      } catch {
        return undefined // exited meanwhile
      }
    }),
  )
  return read.filter((proc): proc is Proc => proc !== undefined)
}

/** Resident memory (bytes) of the processes whose command matches `command`, with everything they started. */
function rssOf(all: Proc[], command: RegExp): number {
  const children = new Map<number, Proc[]>()
  for (const proc of all) children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc])
  let total = 0
  const queue = all.filter((proc) => command.test(proc.command))
  while (queue.length > 0) {
    const proc = queue.pop()!
    total += proc.rssKb * 1024
    queue.push(...(children.get(proc.pid) ?? []))
  }
  return total
}

/** Samples, from one look at the process table each time, the memory of each group of processes; `stop()` gives the peaks. */
export function samplePeakRss<Name extends string>(commands: Record<Name, RegExp>, everyMs = 200) {
  const peaks = Object.fromEntries(Object.keys(commands).map((name) => [name, 0])) as Record<Name, number>
  const timer = setInterval(() => {
    void processes().then((all) => {
      for (const name of Object.keys(commands) as Name[]) peaks[name] = Math.max(peaks[name], rssOf(all, commands[name]))
    })
  }, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peaks
    },
  }
}
