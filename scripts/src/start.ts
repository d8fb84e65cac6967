import path from 'node:path'
import exitHook from 'async-exit-hook'
import { payloadSecret, readStartConfig, repoRoot } from './config'
import { openDatabase } from './database/openDatabase'
import { ChildProcesses, exitCode } from './process/childProcesses'
import { assertPortFree } from './process/ports'
import { waitForHttp } from './process/waitForHttp'
import { publishedSignature } from './site/publishedSignature'
import { rebuildOnChange } from './site/rebuildOnChange'
import { LIVE, publishRelease } from './site/releases'
import { serveStatic } from './site/serveStatic'

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations and first-run seed, the CMS
 * admin, a build of the site, a server for it, and a rebuild whenever published content changes.
 * Ctrl-C stops all of it.
 */
const children = new ChildProcesses()
const cmsDir = path.join(repoRoot, 'cms')
const siteDir = path.join(repoRoot, 'site')
let stopDatabase: () => Promise<void> = async () => {}
let closeSiteServer: () => Promise<void> = async () => {}
let stopping = false

// Children get 10 s to stop before SIGKILL; the hook must outlast that to stop the database after.
exitHook.forceExitTimeout(20_000)
exitHook((done) => {
  stopping = true
  console.log('\nStopping the site, the CMS and the database…')
  closeSiteServer()
    .then(() => children.stopAll())
    .then(() => stopDatabase())
    .catch((error) => console.error(error))
    .finally(done)
})

async function run(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const code = await exitCode(children.spawn(name, command, args, { cwd, env }))
  if (code !== 0) throw new Error(`${name} failed (exit code ${code}); see its log lines above.`)
}

async function main() {
  const config = readStartConfig()
  const cmsInternalUrl = `http://127.0.0.1:${config.cmsPort}`
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

  // Loopback only: until the first administrator exists, anyone who reaches the admin can create one.
  const cms = children.spawn('cms', 'next', ['dev', '--hostname', '127.0.0.1', '--port', String(config.cmsPort)], {
    cwd: cmsDir,
    env,
  })
  console.log('Waiting for the CMS (the first start compiles the admin, about a minute)…')
  await Promise.race([
    waitForHttp(`${cmsInternalUrl}/api/reform-areas?limit=1`, { timeoutMs: 300_000, what: 'The CMS' }),
    exitCode(cms).then((code) => {
      throw new Error(`The CMS exited (code ${code}) before it was ready; see its log lines above.`)
    }),
  ])

  // Each build goes into a fresh release folder and goes live only if it passes its checks.
  const buildSite = async () => {
    const release = await publishRelease({
      build: (outDir) => run('site build', 'astro', ['build'], siteDir, { ...env, SITE_OUT_DIR: outDir }),
      releasesDir: config.releasesDir,
      siteUrl: config.siteUrl,
    })
    console.log(`Site release live: ${path.basename(release)}`)
  }
  let builtFrom: string | undefined = await publishedSignature(cmsInternalUrl)
  try {
    await buildSite()
  } catch (error) {
    // The CMS stays up so the cause (e.g. an invalid document) can be fixed; the next change rebuilds.
    builtFrom = undefined
    console.error(`The site could not be built; the previous release stays live: ${error instanceof Error ? error.message : String(error)}`)
  }
  const siteServer = await serveStatic(path.join(config.releasesDir, LIVE), config.sitePort, '0.0.0.0')
  closeSiteServer = siteServer.close

  const init = (await (await fetch(`${cmsInternalUrl}/api/users/init`)).json()) as { initialized?: boolean }
  console.log(
    [
      '',
      'The reform-news portal is running:',
      `  CMS admin  ${config.cmsPublicUrl}/admin${init.initialized ? '' : '   (first visit: create the first administrator account there)'}`,
      `  Site       ${config.siteUrl}/`,
      `  RSS        ${config.siteUrl}/rss.xml`,
      `The site is rebuilt within ${config.rebuildIntervalMs / 1000} s of a publish, edit, unpublish or delete in the CMS.`,
      'Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  )
  await rebuildOnChange({
    readSignature: () => publishedSignature(cmsInternalUrl),
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
