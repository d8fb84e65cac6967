import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import path from 'node:path'
import { repoRoot } from '../config'
import { freePort } from '../process/ports'
import { processesFilePath, type ChildRecord, type ProcessesRecord } from '../process/processesFile'

export type ProductPorts = { cms: number; site: number; preview: number; database: number; mailSmtp: number; mailWeb: number }

export type RunningProduct = {
  dataDir: string
  env: NodeJS.ProcessEnv
  cmsUrl: string
  siteUrl: string
  /** `npm start`'s view of its children (run/processes.json). */
  children: () => Promise<Record<string, ChildRecord>>
  /** Ctrl-C, as a person stops it; resolves once npm start has exited. */
  stop: () => Promise<void>
}

export async function freeProductPorts(): Promise<ProductPorts> {
  return { cms: await freePort(), site: await freePort(), preview: await freePort(), database: await freePort(), mailSmtp: await freePort(), mailWeb: await freePort() }
}

/** The environment `npm start` and the other commands get for a product in `dataDir` on `ports`. */
export function productEnv(dataDir: string, ports: ProductPorts): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    CMS_PORT: String(ports.cms),
    SITE_PORT: String(ports.site),
    PREVIEW_PORT: String(ports.preview),
    EMBEDDED_DB_PORT: String(ports.database),
    MAIL_CATCHER_SMTP_PORT: String(ports.mailSmtp),
    MAIL_CATCHER_WEB_PORT: String(ports.mailWeb),
  }
  for (const name of ['DATABASE_URL', 'SMTP_URL', 'PAYLOAD_SECRET', 'MEDIA_DIR', 'SITE_RELEASES_DIR', 'CMS_PUBLIC_URL', 'SITE_URL', 'PREVIEW_URL', 'CMS_URL']) delete env[name]
  return env
}

/**
 * `npm start` on its embedded defaults in `dataDir`, as a person runs it (its own process group, so
 * a stop is a Ctrl-C to that group); resolves once it says the portal is running.
 */
export async function startProduct(dataDir: string, ports: ProductPorts, log: (line: string) => void): Promise<RunningProduct> {
  const env = productEnv(dataDir, ports)
  const child = spawn('tsx', [path.join(repoRoot, 'scripts/src/start.ts')], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const recent: string[] = []
  const running = new Promise<void>((resolve) => {
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        log(line)
        recent.push(line)
        if (recent.length > 30) recent.shift()
        if (line.startsWith('The reform-news portal is running')) resolve()
      })
    }
  })
  const outcome = await Promise.race([running.then(() => 'running' as const), exited])
  if (outcome !== 'running') throw new Error(`npm start exited (code ${outcome}) before the portal was running. Its last lines:\n${recent.join('\n')}`)
  return {
    dataDir,
    env,
    cmsUrl: `http://127.0.0.1:${ports.cms}`,
    siteUrl: `http://127.0.0.1:${ports.site}`,
    children: async () => (JSON.parse(await readFile(processesFilePath(dataDir), 'utf8')) as ProcessesRecord).children,
    stop: () => stopGroup(child, exited),
  }
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null) return
  process.kill(-child.pid!, 'SIGINT')
  await exited
}
