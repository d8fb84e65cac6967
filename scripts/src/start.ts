import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import exitHook from 'async-exit-hook'
import { payloadSecret, readStartConfig, repoRoot } from './config'
import { startCmsDev } from './cms/startCmsDev'
import { openDatabase } from './database/openDatabase'
import { startMailCatcher } from './mail/mailCatcher'
import { ChildProcesses, exitCode } from './process/childProcesses'
import { assertPortFree } from './process/ports'
import { LIVE, liveRelease } from './site/releases'
import { serveStatic } from './site/serveStatic'

/**
 * `npm start`: database (embedded unless DATABASE_URL), a local mail catcher (unless SMTP_URL),
 * migrations and first-run seed, the CMS admin, the site builder (a build per published change), a
 * server for the live site and the draft preview server. Ctrl-C stops all of it.
 */
const children = new ChildProcesses()
let stopDatabase: () => Promise<void> = async () => {}
let closeSiteServer: () => Promise<void> = async () => {}
let stopMailCatcher: () => Promise<void> = async () => {}
let stopping = false

// Children get 10 s to stop before SIGKILL; the hook must outlast that to stop the database after.
exitHook.forceExitTimeout(20_000)
exitHook((done) => {
  stopping = true
  console.log('\nStopping the site, the preview and the builder, the CMS, the mail catcher and the database…')
  closeSiteServer()
    .then(() => children.stopAll())
    .then(() => stopMailCatcher())
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
  await assertPortFree(config.previewPort, 'PREVIEW_PORT', 'the draft preview server')
  if (!config.smtpUrl) {
    await assertPortFree(config.mailCatcherSmtpPort, 'MAIL_CATCHER_SMTP_PORT', 'the mail catcher')
    await assertPortFree(config.mailCatcherWebPort, 'MAIL_CATCHER_WEB_PORT', "the mail catcher's inbox")
  }

  const database = await openDatabase(config, () => {})
  stopDatabase = database.stop
  console.log(
    database.embedded
      ? `Database: embedded PostgreSQL 17 on port ${config.embeddedDbPort}, data in ${config.postgresDir}`
      : 'Database: DATABASE_URL (nothing started)',
  )
  // In this process, like the site server: MailDev's start resolves once both ports listen, and a
  // Node process of its own would cost ~50 MB more.
  const mailCatcher = config.smtpUrl
    ? undefined
    : await startMailCatcher({ smtpPort: config.mailCatcherSmtpPort, webPort: config.mailCatcherWebPort, mailDir: config.mailCatcherDir })
  if (mailCatcher) stopMailCatcher = mailCatcher.stop

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: payloadSecret(config.dataDir),
    CMS_PUBLIC_URL: config.cmsPublicUrl,
    SITE_URL: config.siteUrl,
    PREVIEW_URL: config.previewUrl,
    CMS_URL: cmsInternalUrl,
    MEDIA_DIR: config.mediaDir,
    SMTP_URL: config.smtpUrl ?? mailCatcher!.smtpUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  }

  await run('seed', 'tsx', [path.join(repoRoot, 'scripts/src/seed.ts')], repoRoot, env)

  console.log('Waiting for the CMS (the first start compiles the admin, about a minute)…')
  await startCmsDev(children, config.cmsPort, env)

  // The builder takes the site-build jobs every public change queues (and one at its start).
  const builder = children.spawn('builder', 'tsx', [path.join(repoRoot, 'scripts/src/builder.ts')], { cwd: repoRoot, env })
  const builderExited = exitCode(builder).then((code) => {
    if (!stopping) throw new Error(`The site builder exited (code ${code}); see its log lines above.`)
  })
  // Draft previews: astro dev with its own content store (the builder's is the public one).
  children.spawn('preview', 'astro', ['dev', '--host', '127.0.0.1', '--port', String(config.previewPort)], {
    cwd: path.join(repoRoot, 'site'),
    env: { ...env, SITE_CACHE_DIR: config.previewCacheDir },
  })
  // The site's feedback and subscription forms, and the links in mails, reach the CMS through the site's own origin, as in production.
  const siteServer = await serveStatic(path.join(config.releasesDir, LIVE), config.sitePort, '0.0.0.0', { cmsUrl: cmsInternalUrl })
  closeSiteServer = siteServer.close
  console.log('Waiting for the first site release (see the [builder] lines)…')
  await Promise.race([waitForLiveRelease(config.releasesDir), builderExited])

  const init = (await (await fetch(`${cmsInternalUrl}/api/users/init`)).json()) as { initialized?: boolean }
  console.log(
    [
      '',
      'The reform-news portal is running:',
      `  CMS admin  ${config.cmsPublicUrl}/admin${init.initialized ? '' : '   (first visit: create the first administrator account there)'}`,
      `  Site       ${config.siteUrl}/`,
      `  RSS        ${config.siteUrl}/rss.xml`,
      `  Previews   ${config.previewUrl}/ (drafts, through the admin's Preview button)`,
      mailCatcher
        ? `  Mail       ${mailCatcher.inboxUrl} (every message the product sends; no real mail leaves this machine)`
        : '  Mail       sent through SMTP_URL',
      'Every publish, edit of published content, unpublish or delete in the CMS rebuilds the site within seconds',
      `(builds are listed in the admin under “Bản dựng trang công khai”).`,
      'Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  )
  await builderExited
}

async function waitForLiveRelease(releasesDir: string): Promise<void> {
  while (!(await liveRelease(releasesDir))) await sleep(500)
}

main().catch((error: unknown) => {
  console.error(`\nnpm start stopped: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
  process.kill(process.pid, 'SIGTERM')
})
