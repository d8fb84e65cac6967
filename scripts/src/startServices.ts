import path from 'node:path'
import { repoRoot, type StartConfig } from './config'
import type { ServiceSpec } from './process/supervisor'
import { waitForHttp } from './process/waitForHttp'

/** The site builder: it takes the site-build jobs every public change queues (and one at its start). */
export function builderService(env: NodeJS.ProcessEnv): ServiceSpec {
  return {
    name: 'builder',
    title: 'the site builder',
    command: 'tsx',
    args: [path.join(repoRoot, 'builder/src/main.ts')],
    cwd: repoRoot,
    env,
    ready: (_child, lines) => lines.waitFor(/^builder: serving site-build jobs/),
  }
}

/** Draft previews: astro dev with its own content store (the builder's is the public one). */
export function previewService(config: StartConfig, env: NodeJS.ProcessEnv): ServiceSpec {
  return {
    name: 'preview',
    title: 'the draft preview server',
    command: 'astro',
    // Astro's lock against a second dev server outlives a killed one and would stop its restart.
    args: ['dev', '--host', '127.0.0.1', '--port', String(config.previewPort), '--ignore-lock'],
    cwd: path.join(repoRoot, 'site'),
    env: { ...env, SITE_CACHE_DIR: config.previewCacheDir },
    // Listening is ready: a page it cannot render (code being edited under `npm run dev`) is still an answer.
    ready: (_child, _lines, signal) => waitForHttp(`http://127.0.0.1:${config.previewPort}/`, { timeoutMs: 600_000, what: 'The draft preview server', signal, anyStatus: true }),
  }
}

/** The local mail catcher (when no SMTP_URL), in a process of its own. */
export function mailCatcherService(env: NodeJS.ProcessEnv): ServiceSpec {
  return {
    name: 'mail',
    title: 'the mail catcher',
    command: process.execPath,
    args: ['--import', 'tsx', path.join(repoRoot, 'scripts/src/mailCatcher.ts')],
    cwd: repoRoot,
    env,
    ready: (_child, lines) => lines.waitFor(/^mail catcher: SMTP/),
  }
}
