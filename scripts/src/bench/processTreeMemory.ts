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

function childrenOf(all: Proc[]): Map<number, Proc[]> {
  const children = new Map<number, Proc[]>()
  for (const proc of all) children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc])
  return children
}

/** `root` and every process it started, at any depth. */
function treeOf(children: Map<number, Proc[]>, root: number): Set<number> {
  const tree = new Set([root])
  const queue = [root]
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      tree.add(child.pid)
      queue.push(child.pid)
    }
  }
  return tree
}

/**
 * Resident memory (bytes) of the processes in `tree` whose command matches `command`, with
 * everything they started: another bench or build on the machine is never counted.
 */
function rssOf(all: Proc[], children: Map<number, Proc[]>, tree: Set<number>, command: RegExp): number {
  let total = 0
  const queue = all.filter((proc) => tree.has(proc.pid) && command.test(proc.command))
  while (queue.length > 0) {
    const proc = queue.pop()!
    total += proc.rssKb * 1024
    queue.push(...(children.get(proc.pid) ?? []))
  }
  return total
}

/**
 * Samples, from one look at the process table each time, the memory of each group of this
 * process's descendants (by command); `stop()` gives the peaks.
 */
export function samplePeakRss<Name extends string>(commands: Record<Name, RegExp>, everyMs = 200, root = process.pid) {
  const peaks = Object.fromEntries(Object.keys(commands).map((name) => [name, 0])) as Record<Name, number>
  const timer = setInterval(() => {
    void processes().then((all) => {
      const children = childrenOf(all)
      const tree = treeOf(children, root)
      for (const name of Object.keys(commands) as Name[]) peaks[name] = Math.max(peaks[name], rssOf(all, children, tree, commands[name]))
    })
  }, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peaks
    },
  }
}
