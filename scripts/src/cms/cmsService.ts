import path from 'node:path'
import { repoRoot } from '../config'
import { waitForHttp } from '../process/waitForHttp'
import type { ServiceSpec } from '../process/supervisor'

export type CmsMode = 'production' | 'dev'

/**
 * The CMS as a supervised child, on 127.0.0.1 only (until the first administrator exists, whoever
 * reaches the admin can create one): `next start` of the production build, or `next dev` with hot
 * reload for people changing the code. Ready once its API answers.
 */
export function cmsService(mode: CmsMode, port: number, env: NodeJS.ProcessEnv): ServiceSpec {
  return {
    name: 'cms',
    title: 'the CMS',
    command: 'next',
    args: [mode === 'dev' ? 'dev' : 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    cwd: path.join(repoRoot, 'cms'),
    env: { ...env, NODE_ENV: mode === 'dev' ? 'development' : 'production' },
    ready: (_child, _lines, signal) => waitForHttp(`http://127.0.0.1:${port}/api/reform-areas?limit=1`, { timeoutMs: 300_000, what: 'The CMS', signal }),
  }
}
