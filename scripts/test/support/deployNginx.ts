import { spawn, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from '../../src/config'
import { freePort } from '../../src/process/ports'
import { waitForHttp } from '../../src/process/waitForHttp'

export type DeployNginx = { siteUrl: string; adminUrl: string; previewUrl: string; stop: () => Promise<void> }

const BROTLI_MODULES = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so']

type Upstreams = { siteDir: string; cmsUrl: string; previewUrl?: string }

/**
 * The production web service's configuration (deploy/nginx/) as Debian's nginx runs it here: the
 * same files, with only what differs between the Alpine image and this machine rewritten — module,
 * pid and include paths, the site volume (`/srv/site` → `siteDir`), ports on 127.0.0.1, and the
 * CMS and preview containers' names → `upstreams`.
 */
async function writeConfig(prefix: string, upstreams: Upstreams, ports: { site: number; admin: number; preview: number }): Promise<string> {
  const read = (name: string) => readFile(path.join(repoRoot, 'deploy/nginx', name), 'utf8')
  const site = `${upstreams.siteDir.replace(/\/$/, '')}/`
  const main = (await read('nginx.conf'))
    // Debian's brotli modules (libnginx-mod-http-brotli-*), by absolute path: `-p` would move a relative one.
    .replace('include /etc/nginx/modules/*.conf;', BROTLI_MODULES.map((name) => `load_module /usr/lib/nginx/modules/${name};`).join('\n'))
    // Workers as root here, so that they read the test's private folders (the image runs them as nginx).
    .replace(/^user nginx;$/m, process.getuid?.() === 0 ? 'user root;' : '')
    .replace('pid /run/nginx/nginx.pid;', `pid ${prefix}/nginx.pid;`)
    .replace('access_log /dev/stdout without_tokens;', `access_log ${prefix}/access.log without_tokens;`)
    .replaceAll('/srv/site/', site)
    .replace('include /etc/nginx/http.d/*.conf;', `include ${prefix}/http.d/*.conf;`)
  const servers: Record<string, string> = {
    'site.conf': (await read('site.conf')).replace('listen 80 default_server;', `listen 127.0.0.1:${ports.site} default_server;`),
    'cms-admin.conf': (await read('cms-admin.conf')).replace('listen 8080;', `listen 127.0.0.1:${ports.admin};`),
    'preview.conf': (await read('preview.conf')).replace('listen 8081;', `listen 127.0.0.1:${ports.preview};`),
  }
  await mkdir(path.join(prefix, 'http.d'), { recursive: true })
  for (const [name, text] of Object.entries(servers)) {
    const local = text
      .replaceAll('/srv/site/', site)
      .replace('set $cms http://cms:3000;', `set $cms ${upstreams.cmsUrl};`)
      .replace('set $preview http://preview:4322;', `set $preview ${upstreams.previewUrl ?? 'http://127.0.0.1:9'};`)
    await writeFile(path.join(prefix, 'http.d', name), local)
  }
  const file = path.join(prefix, 'nginx.conf')
  await writeFile(file, main)
  return file
}

/** `nginx -t` of the deployment's configuration: nginx's own verdict, with its messages. */
export async function testDeployNginx(upstreams: Upstreams): Promise<{ ok: boolean; output: string }> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'reform-nginx-'))
  try {
    const file = await writeConfig(prefix, upstreams, { site: await freePort(), admin: await freePort(), preview: await freePort() })
    const result = spawnSync('nginx', ['-t', '-p', prefix, '-c', file], { encoding: 'utf8' })
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` }
  } finally {
    await rm(prefix, { recursive: true, force: true })
  }
}

/** The deployment's nginx serving `siteDir` (its `live/` release and `old-links/` maps) on loopback ports. */
export async function startDeployNginx(upstreams: Upstreams): Promise<DeployNginx> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'reform-nginx-'))
  const ports = { site: await freePort(), admin: await freePort(), preview: await freePort() }
  const file = await writeConfig(prefix, upstreams, ports)
  const output: string[] = []
  const child = spawn('nginx', ['-p', prefix, '-c', file, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT')
      await exited
    }
    await rm(prefix, { recursive: true, force: true })
  }
  const siteUrl = `http://127.0.0.1:${ports.site}`
  try {
    await waitForHttp(`${siteUrl}/`, { timeoutMs: 20_000, what: 'nginx', anyStatus: true })
  } catch (error) {
    await stop()
    throw new Error(`nginx did not start: ${(error as Error).message}\n${output.join('')}`, { cause: error })
  }
  return { siteUrl, adminUrl: `http://127.0.0.1:${ports.admin}`, previewUrl: `http://127.0.0.1:${ports.preview}`, stop }
}
