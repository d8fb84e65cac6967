import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import exitHook from 'async-exit-hook'
import { cmsService, type CmsMode } from './cms/cmsService'
import { scheduleDailyBackups } from './backup/dailyBackups'
import { ensureCmsProductionBuild } from './cms/cmsProductionBuild'
import { payloadSecret } from '@reform/shared/environment'
import { readStartConfig, repoRoot } from './config'
import { embeddedDatabaseUrl, ensureDatabase } from './database/embeddedPostgres'
import { postgresService } from './database/postgresService'
import { assertPortFree } from './process/ports'
import { writeProcessesFile } from './process/processesFile'
import { runCommand } from './process/runCommand'
import { Supervisor } from './process/supervisor'
import { LIVE, liveRelease } from '@reform/builder/releases'
import { OLD_LINKS_DIR } from '@reform/builder/oldLinks'
import { serveStatic } from './serve/serveStatic'
import { builderService, mailCatcherService, previewService } from './startServices'

/**
 * `npm start` (and `npm run dev`, the same with the CMS as a development server): database
 * (embedded unless DATABASE_URL), a local mail catcher (unless SMTP_URL), migrations and first-run
 * seed, the CMS admin, the site builder (a build per published change), a server for the live site
 * and the draft preview server. Every child is watched and brought back; Ctrl-C stops all of it,
 * PostgreSQL last.
 */
const mode: CmsMode = process.argv.includes('--dev') ? 'dev' : 'production'
const config = readStartConfig()
const startedAt = new Date()
let givenUp = false
const supervisor = new Supervisor({
  log: (line) => console.log(line),
  onGiveUp: (message) => fail(message),
  onChange: (statuses) => writeProcessesFile(config.dataDir, mode, startedAt, statuses),
})
let closeSiteServer: () => Promise<void> = async () => {}
let stopDailyBackups = () => {}

// Children get up to a minute (PostgreSQL's fast shutdown) before SIGKILL; the hook must outlast that.
exitHook.forceExitTimeout(90_000)
exitHook((done) => {
  console.log('\nStopping the site, the preview, the builder, the CMS and the mail catcher, then the database…')
  stopDailyBackups()
  closeSiteServer()
    .then(() => supervisor.stop(['preview', 'builder', 'cms', 'mail'], ['postgres']))
    .catch((error) => console.error(error))
    .finally(done)
})

// Whoever read our output is gone (a closed pipe): stop everything in order rather than crash on
// the next line and leave the children, each in its own process group, running without us.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', () => process.kill(process.pid, 'SIGTERM'))
}

function fail(message: string) {
  if (givenUp) return
  givenUp = true
  console.error(`\nnpm start stopped: ${message}`)
  process.exitCode = 1
  process.kill(process.pid, 'SIGTERM')
}

async function main() {
  const cmsInternalUrl = `http://127.0.0.1:${config.cmsPort}`
  await assertPortFree(config.cmsPort, 'CMS_PORT', 'the CMS')
  await assertPortFree(config.sitePort, 'SITE_PORT', 'the site server')
  await assertPortFree(config.previewPort, 'PREVIEW_PORT', 'the draft preview server')
  if (!config.smtpUrl) {
    await assertPortFree(config.mailCatcherSmtpPort, 'MAIL_CATCHER_SMTP_PORT', 'the mail catcher')
    await assertPortFree(config.mailCatcherWebPort, 'MAIL_CATCHER_WEB_PORT', "the mail catcher's inbox")
  }

  // The public site first: it serves the live release whatever happens to the other parts, and
  // passes the site's forms and mail links on to the CMS as nginx does in production.
  const siteServer = await serveStatic(path.join(config.releasesDir, LIVE), config.sitePort, '0.0.0.0', {
    cmsUrl: cmsInternalUrl,
    oldLinksDir: path.join(config.releasesDir, OLD_LINKS_DIR),
  })
  closeSiteServer = siteServer.close

  let databaseUrl = config.externalDatabaseUrl
  if (databaseUrl) console.log('Database: DATABASE_URL (nothing started)')
  else {
    await supervisor.start(await postgresService({ dataDir: config.postgresDir, port: config.embeddedDbPort }))
    await ensureDatabase(config.embeddedDbPort, 'reform')
    databaseUrl = embeddedDatabaseUrl(config.embeddedDbPort, 'reform')
    console.log(`Database: embedded PostgreSQL 17 on port ${config.embeddedDbPort}, data in ${config.postgresDir}`)
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: payloadSecret(config.dataDir),
    CMS_PUBLIC_URL: config.cmsPublicUrl,
    SITE_URL: config.siteUrl,
    PREVIEW_URL: config.previewUrl,
    CMS_URL: cmsInternalUrl,
    MEDIA_DIR: config.mediaDir,
    SMTP_URL: config.smtpUrl ?? `smtp://127.0.0.1:${config.mailCatcherSmtpPort}`,
    // The CMS in production mode wants a sender address (`.localhost` is reserved: this mail never leaves the machine).
    ...(config.smtpUrl ? {} : { MAIL_FROM_ADDRESS: process.env.MAIL_FROM_ADDRESS ?? 'no-reply@cchc.localhost' }),
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  if (config.smtpUrl && !env.MAIL_FROM_ADDRESS) {
    throw new Error(
      'SMTP_URL is set but MAIL_FROM_ADDRESS is not: mail through a real relay needs a sender address of your own domain, e.g. MAIL_FROM_ADDRESS=no-reply@cchc.example.gov.vn.',
    )
  }
  if (!config.smtpUrl) await supervisor.start(mailCatcherService(env))

  await runCommand('seed', 'tsx', [path.join(repoRoot, 'scripts/src/seed.ts')], { cwd: repoRoot, env })
  if (mode === 'production') await ensureCmsProductionBuild(env, (line) => console.log(line))

  console.log(mode === 'dev' ? 'Waiting for the CMS (a development server: the first start compiles the admin, about a minute)…' : 'Waiting for the CMS…')
  await supervisor.start(cmsService(mode, config.cmsPort, env))
  await supervisor.start(builderService(env))
  // Not awaited: the preview server first loads all public content, which takes a while on a big site.
  supervisor.start(previewService(config, env)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
  console.log('Waiting for the first site release (see the [builder] lines)…')
  while (!(await liveRelease(config.releasesDir))) await sleep(500)

  const init = (await (await fetch(`${cmsInternalUrl}/api/users/init`)).json()) as { initialized?: boolean }
  console.log(
    [
      '',
      `The reform-news portal is running${mode === 'dev' ? ' (development mode: the CMS reloads as its code changes)' : ''}:`,
      `  CMS admin  ${config.cmsPublicUrl}/admin${init.initialized ? '' : '   (first visit: create the first administrator account there)'}`,
      `  Site       ${config.siteUrl}/`,
      `  RSS        ${config.siteUrl}/rss.xml`,
      `  Previews   ${config.previewUrl}/ (drafts, through the admin's Preview button)`,
      config.smtpUrl
        ? '  Mail       sent through SMTP_URL'
        : `  Mail       http://127.0.0.1:${config.mailCatcherWebPort}/ (every message the product sends; no real mail leaves this machine)`,
      'Every publish, edit of published content, unpublish or delete in the CMS rebuilds the site within seconds',
      `(builds are listed in the admin under “Bản dựng trang công khai”). A part that stops is started again;`,
      '`npm run status` says what runs. Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  )
  stopDailyBackups = scheduleDailyBackups(config, env, (line) => console.log(line))?.stop ?? stopDailyBackups
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
