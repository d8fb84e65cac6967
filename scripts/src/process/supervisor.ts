import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'
import { restartPause, RestartHistory } from './restartPolicy'

export type ChildState = 'starting' | 'running' | 'restarting' | 'stopped' | 'gave-up'

export type ExitReason = { code: number | null; signal: NodeJS.Signals | null; at: Date }

export type ServiceSpec = {
  /** Short name used in log prefixes and messages: cms, builder, preview, postgres, mail. */
  name: string
  /** What people call it in messages ("the CMS"). */
  title: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  /** Run as this user (PostgreSQL refuses root). */
  uid?: number
  gid?: number
  /** Resolves once the service is usable (it answers, it said so); rejects if it cannot become so. */
  ready?: (child: ChildProcess, lines: LineWatcher, signal: AbortSignal) => Promise<void>
  /** Which of its lines reach the log (all unless given). */
  shows?: (line: string) => boolean
  /** The signal that asks it to stop cleanly (PostgreSQL: SIGINT, a fast shutdown). */
  stopSignal?: NodeJS.Signals
  /** How long a clean stop may take before SIGKILL. */
  stopGraceMs?: number
  /** Run after an unexpected exit, before the restart (e.g. remove what a killed process left). */
  beforeRestart?: () => Promise<void>
}

export type ServiceStatus = {
  pid: number | null
  state: ChildState
  restarts: number
  since: Date
  lastExit?: ExitReason
}

/** Lets a readiness check wait for a line the child prints. */
export type LineWatcher = { waitFor: (pattern: RegExp) => Promise<void> }

type Service = {
  spec: ServiceSpec
  status: ServiceStatus
  child?: ChildProcess
  history: RestartHistory
  stopping: boolean
  /** Told once the service is first running, given up or stopped (start() waits for it). */
  settled: Array<(state: ChildState) => void>
}

type Options = {
  log: (line: string) => void
  /** Called once when a child dies too often: `npm start` stops everything with this message. */
  onGiveUp: (message: string) => void
  /** Called on every state change (npm start writes it to a file for `npm run status`). */
  onChange?: (statuses: Record<string, ServiceStatus>) => void
}

/**
 * Keeps `npm start`'s children running. A child that exits unexpectedly is restarted after a pause
 * that doubles from 1 s to at most 30 s (reset once it has stayed up two minutes); one that dies
 * five times in two minutes is given up and the caller told. Each child runs in its own process
 * group, so a Ctrl-C in the terminal reaches only `npm start`, which stops them in its own order,
 * and a killed child's own children (a renderer, PostgreSQL's backends) are removed with it.
 */
export class Supervisor {
  private readonly services = new Map<string, Service>()
  private shuttingDown = false

  constructor(private readonly options: Options) {}

  /**
   * Starts a service and resolves once it is ready, through restarts if it exits first; rejects if
   * it is given up (or stopped) before that.
   */
  async start(spec: ServiceSpec): Promise<void> {
    const service: Service = {
      spec,
      status: { pid: null, state: 'starting', restarts: 0, since: new Date() },
      history: new RestartHistory(),
      stopping: false,
      settled: [],
    }
    this.services.set(spec.name, service)
    const ready = new Promise<void>((resolve, reject) =>
      service.settled.push((state) => (state === 'running' ? resolve() : reject(new Error(`${capitalise(spec.title)} could not be started; see its [${spec.name}] lines above.`)))),
    )
    // An exit before it is ready is handled as any other: counted, and restarted after a pause.
    void this.launch(service).catch(() => {})
    await ready
  }

  statuses(): Record<string, ServiceStatus> {
    return Object.fromEntries([...this.services].map(([name, service]) => [name, { ...service.status }]))
  }

  /**
   * Stops everything for good: the services of each group together (each with its stop signal and
   * grace), group after group; with no groups, all at once. Nothing is restarted from here on.
   */
  async stop(...groups: string[][]): Promise<void> {
    this.shuttingDown = true
    for (const names of groups.length > 0 ? groups : [[...this.services.keys()]]) {
      await Promise.all(
        names
          .map((name) => this.services.get(name))
          .filter((service) => service !== undefined)
          .map((service) => this.stopService(service)),
      )
    }
  }

  private async launch(service: Service): Promise<void> {
    const { spec } = service
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      uid: spec.uid,
      gid: spec.gid,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    service.child = child
    const waiters: Array<{ pattern: RegExp; resolve: () => void }> = []
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        if (!spec.shows || spec.shows(line)) this.options.log(`[${spec.name}] ${line}`)
        for (const waiter of waiters.filter((candidate) => candidate.pattern.test(line))) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve()
        }
      })
    }
    const lines: LineWatcher = { waitFor: (pattern) => new Promise((resolve) => waiters.push({ pattern, resolve })) }
    const exited = new Promise<ExitReason>((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal, at: new Date() }))
      // A command that cannot be spawned at all emits `error` and never `exit`.
      child.once('error', (error) => {
        this.options.log(`[${spec.name}] could not be started: ${error.message}`)
        resolve({ code: null, signal: null, at: new Date() })
      })
    })
    this.update(service, { pid: child.pid ?? null, state: 'starting', since: new Date() })
    const gone = new AbortController()
    void exited.then(() => gone.abort())
    const outcome = await Promise.race([
      (spec.ready ? spec.ready(child, lines, gone.signal) : Promise.resolve()).then(
        () => 'ready' as const,
        (error: unknown) => error,
      ),
      exited.then(() => 'exited' as const),
    ])
    void exited.then((reason) => this.exited(service, child, reason))
    if (outcome === 'ready') {
      this.update(service, { state: 'running', since: new Date() })
      return
    }
    if (outcome !== 'exited') {
      this.options.log(`[supervisor] ${spec.title} did not become ready: ${outcome instanceof Error ? outcome.message : String(outcome)}`)
      signalGroup(child, 'SIGKILL')
    }
    await exited
    throw new Error(`${capitalise(spec.title)} stopped before it was ready; see its [${spec.name}] lines above.`)
  }

  private async exited(service: Service, child: ChildProcess, reason: ExitReason): Promise<void> {
    // Whatever the leader left behind in its group (a renderer, PostgreSQL's backends) goes with it.
    signalGroup(child, 'SIGKILL')
    if (service.child !== child) return
    service.child = undefined
    this.update(service, { pid: null, lastExit: reason })
    if (service.stopping || this.shuttingDown) {
      this.update(service, { state: 'stopped', since: reason.at })
      return
    }
    const { spec } = service
    const deaths = service.history.died(reason.at.getTime(), service.status.since.getTime())
    if (deaths.tooMany) {
      this.update(service, { state: 'gave-up', since: reason.at })
      this.options.onGiveUp(
        `${capitalise(spec.title)} stopped ${deaths.recent} times in two minutes (the last time: ${describeExit(reason)}). ` +
          `Its [${spec.name}] lines above say why. Fix the cause, then run npm start again.`,
      )
      return
    }
    const pauseMs = restartPause(deaths.consecutive)
    this.update(service, { state: 'restarting', since: reason.at })
    this.options.log(`[supervisor] ${spec.title} exited (${describeExit(reason)}) at ${clock(reason.at)}; restarting in ${pauseMs / 1000} s`)
    await sleep(pauseMs)
    if (this.shuttingDown) return
    await spec.beforeRestart?.()
    if (this.shuttingDown) return
    const startedAt = Date.now()
    this.update(service, { restarts: service.status.restarts + 1 })
    // An exit before it is ready comes back here through the exit handler, counted as a death.
    const ready = await this.launch(service).then(
      () => true,
      () => false,
    )
    if (ready) this.options.log(`[supervisor] ${spec.title} is back at ${clock(new Date())}, ${((Date.now() - startedAt) / 1000).toFixed(1)} s after its restart`)
  }

  private async stopService(service: Service): Promise<void> {
    service.stopping = true
    const child = service.child
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      // A child given up stays marked so: `npm run status` then says why npm start stopped.
      if (service.status.state !== 'gave-up') this.update(service, { state: 'stopped', since: new Date() })
      return
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    signalGroup(child, service.spec.stopSignal ?? 'SIGTERM')
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), service.spec.stopGraceMs ?? 10_000)
    await exited
    clearTimeout(timer)
    signalGroup(child, 'SIGKILL')
  }

  private update(service: Service, change: Partial<ServiceStatus>): void {
    Object.assign(service.status, change)
    if (['running', 'gave-up', 'stopped'].includes(service.status.state)) {
      for (const tell of service.settled.splice(0)) tell(service.status.state)
    }
    this.options.onChange?.(this.statuses())
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

export function describeExit({ code, signal }: ExitReason): string {
  if (signal) return `signal ${signal}`
  return code === null ? 'could not be started' : `exit code ${code}`
}

function clock(date: Date): string {
  return date.toTimeString().slice(0, 8)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
