import path from 'node:path'
import { repoRoot } from '../config'
import { exitCode, type ChildProcesses } from '../process/childProcesses'
import { waitForHttp } from '../process/waitForHttp'

/**
 * `next dev` of the CMS on 127.0.0.1 only (until the first administrator exists, whoever reaches
 * the admin can create one); resolves once its API answers, fails at once if it exits first.
 */
export async function startCmsDev(children: ChildProcesses, port: number, env: NodeJS.ProcessEnv): Promise<void> {
  const cms = children.spawn('cms', 'next', ['dev', '--hostname', '127.0.0.1', '--port', String(port)], { cwd: path.join(repoRoot, 'cms'), env })
  await Promise.race([
    waitForHttp(`http://127.0.0.1:${port}/api/reform-areas?limit=1`, { timeoutMs: 300_000, what: 'The CMS' }),
    exitCode(cms).then((code) => {
      throw new Error(`The CMS exited (code ${code}) before it was ready; see its log lines above.`)
    }),
  ])
}
