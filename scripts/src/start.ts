import path from 'node:path'
import exitHook from 'async-exit-hook'
import { payloadSecret, readStartConfig, repoRoot } from './config'
import { openDatabase } from './database/openDatabase'
import { ChildProcesses, exitCode } from './process/childProcesses'
import { assertPortFree } from './process/ports'
import { waitForHttp } from './process/waitForHttp'
import { publishedSignature } from './site/publishedSignature'
import { rebuildOnChange } from './site/rebuildOnChange'

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations and first-run seed, the CMS
 * admin, a build of the site, and a server for it. Ctrl-C stops all of it.
 */
const config = readStartConfig()
const children = new ChildProcesses()
const cmsDir = path.join(repoRoot, 'cms')
const siteDir = path.join(repoRoot, 'site')
const cmsInternalUrl = `http://127.0.0.1:${config.cmsPort}`
let stopDatabase: () => Promise<void> = async () => {}
let stopping = false

exitHook((done) => {
  stopping = true
  console.log('\nStopping the site, the CMS and the database…')
  children
    .stopAll()
    .then(() => stopDatabase())
    .catch((error) => console.error(error))
    .finally(done)
})

async function run(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const code = await exitCode(children.spawn(name, command, args, { cwd, env }))
  if (code !== 0) throw new Error(`${name} failed (exit code ${code}); see its log lines above.`)
}

async function main() {
  await assertPortFree(config.cmsPort, 'CMS_PORT', 'the CMS')
  await assertPortFree(config.sitePort, 'SITE_PORT', 'the site server')

  const database = await openDatabase(config, () => {})
  stopDatabase = database.stop
  console.log(
    database.embedded
      ? `Database: embedded PostgreSQL 17 on port ${config.embeddedDbPort}, data in ${config.postgresDir}`
      : 'Database: DATABASE_URL (nothing started)',
  )

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: payloadSecret(config.dataDir),
    CMS_PUBLIC_URL: config.cmsPublicUrl,
    SITE_URL: config.siteUrl,
    CMS_URL: cmsInternalUrl,
    MEDIA_DIR: config.mediaDir,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  }

  await run('seed', 'tsx', [path.join(repoRoot, 'scripts/src/seed.ts')], repoRoot, env)

  children.spawn('cms', 'next', ['dev', '--port', String(config.cmsPort)], { cwd: cmsDir, env })
  console.log('Waiting for the CMS (the first start compiles the admin, about a minute)…')
  await waitForHttp(`${cmsInternalUrl}/api/reform-areas?limit=1`, { timeoutMs: 300_000, what: 'The CMS' })

  const buildSite = () => run('site build', 'astro', ['build'], siteDir, env)
  const builtFrom = await publishedSignature(cmsInternalUrl)
  await buildSite()
  children.spawn('site', 'astro', ['preview', '--port', String(config.sitePort)], { cwd: siteDir, env })
  await waitForHttp(`http://127.0.0.1:${config.sitePort}/`, { timeoutMs: 60_000, what: 'The site server' })

  const init = (await (await fetch(`${cmsInternalUrl}/api/users/init`)).json()) as { initialized?: boolean }
  console.log(
    [
      '',
      'The reform-news portal is running:',
      `  CMS admin  ${config.cmsPublicUrl}/admin${init.initialized ? '' : '   (first visit: create the first administrator account there)'}`,
      `  Site       ${config.siteUrl}/`,
      `  RSS        ${config.siteUrl}/rss.xml`,
      `The site is rebuilt within ${config.rebuildIntervalMs / 1000} s of a publish, unpublish or delete in the CMS.`,
      'Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  )
  await rebuildOnChange({
    cmsUrl: cmsInternalUrl,
    builtFrom,
    intervalMs: config.rebuildIntervalMs,
    build: buildSite,
    log: (line) => console.log(line),
    stopped: () => stopping,
  })
}

main().catch((error: unknown) => {
  console.error(`\nnpm start stopped: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
  process.kill(process.pid, 'SIGTERM')
})
