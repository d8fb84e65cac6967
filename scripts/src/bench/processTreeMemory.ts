import { readdir, readFile } from 'node:fs/promises'

/** The processes `pid` started, from /proc (each of its threads' `children`). */
async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[])
  const lists = await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '')))
  return lists.flatMap((list) => list.split(' ').filter(Boolean).map(Number))
}

/**
 * `root` and every process it started, at any depth, each with the process that started it. Walked
 * down from `root` rather than read from the whole process table: a bench samples this every 200 ms
 * on the cores it measures.
 */
async function treeFrom(root: number): Promise<Map<number, number | undefined>> {
  const parents = new Map<number, number | undefined>([[root, undefined]])
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.pop()!
    for (const child of await childrenOf(pid)) {
      parents.set(child, pid)
      queue.push(child)
    }
  }
  return parents
}

/** Resident memory of a process in bytes (0 once it has exited). */
async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  return Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0) * 1024
}

/** `root` and every process it started, at any depth. */
export async function processTree(root: number): Promise<number[]> {
  return [...(await treeFrom(root)).keys()]
}

/** Resident memory (bytes) of `root` and every process it started, now. */
export async function treeRss(root: number): Promise<number> {
  const sizes = await Promise.all((await processTree(root)).map(rssBytes))
  return sizes.reduce((sum, bytes) => sum + bytes, 0)
}

/**
 * Samples the memory of each group of `root`'s descendants (by command: the processes whose command
 * matches, with everything they started; another bench or build on the machine is never counted);
 * `stop()` gives the peaks.
 */
export function samplePeakRss<Name extends string>(commands: Record<Name, RegExp>, everyMs = 200, root = process.pid) {
  const peaks = Object.fromEntries(Object.keys(commands).map((name) => [name, 0])) as Record<Name, number>
  const sample = async () => {
    const parents = await treeFrom(root)
    const read = await Promise.all(
      [...parents.keys()].map(async (pid) => {
        const command = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ')
        return [pid, { command, rss: await rssBytes(pid) }] as const
      }),
    )
    const procs = new Map(read)
    /** Whether the process or one that started it (up to `root`) runs a command `pattern` matches. */
    const within = (pid: number | undefined, pattern: RegExp): boolean => pid !== undefined && (pattern.test(procs.get(pid)?.command ?? '') || within(parents.get(pid), pattern))
    for (const name of Object.keys(commands) as Name[]) {
      let total = 0
      for (const [pid, { rss }] of procs) if (within(pid, commands[name])) total += rss
      peaks[name] = Math.max(peaks[name], total)
    }
  }
  const timer = setInterval(() => void sample(), everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peaks
    },
  }
}
