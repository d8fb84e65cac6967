import { fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Pool } from 'pg'
import { createLocalReq } from 'payload'
import { closePayload } from '@reform/cms/closePayload'
import { runMigrations } from '@reform/cms/runMigrations'
import { startBulletinSending } from '@reform/cms/startBulletinSending'
import { loadPayload } from './cms/loadPayload'
import { markdownToLexical } from './cms/markdownToLexical'
import { startEmbeddedPostgres } from './database/embeddedPostgres'
import { freePort } from './process/ports'

/**
 * `npm run bench:mail [-- --subscribers 10000]`: sends one bulletin issue to that many confirmed
 * subscribers through the product's own path (the "Gửi bản tin" action, then the mail queue as the
 * CMS runs it) to a real SMTP server in another process, on a database of its own. Prints messages
 * per second, the sender's peak memory and the duplicates the server saw.
 */
const subscribers = Number(process.argv[process.argv.indexOf('--subscribers') + 1]) || 10_000
const here = path.dirname(fileURLToPath(import.meta.url))
const workDir = await mkdtemp(path.join(tmpdir(), 'reform-mail-bench-'))
const database = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'postgres'), port: await freePort(), database: 'bench' })

type SinkReport = { messages: number; recipients: number; duplicates: number }
const sink = fork(path.join(here, 'bench/smtpSink.ts'), { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
const sinkPort = await new Promise<number>((resolve) => sink.once('message', (message) => resolve((message as { port: number }).port)))
const sinkReport = () =>
  new Promise<SinkReport>((resolve) => {
    sink.once('message', (message) => resolve(message as SinkReport))
    sink.send('report')
  })

Object.assign(process.env, {
  DATABASE_URL: database.url,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  SMTP_URL: `smtp://127.0.0.1:${sinkPort}`,
  MAIL_FROM_ADDRESS: 'bantin@example.gov.vn',
  MEDIA_DIR: path.join(workDir, 'media'),
  JOBS_AUTORUN: 'false',
})

const payload = await loadPayload()
try {
  await runMigrations(payload)
  const pool = (payload.db as unknown as { pool: Pool }).pool
  await pool.query(
    `INSERT INTO subscribers (email, status, bulletins, documents, frequency, link_key, requested_at, confirmed_at)
     SELECT 'nguoi.nhan.' || n || '@example.vn', 'confirmed', true, false, 'immediate', md5(random()::text || n), now(), now()
     FROM generate_series(1, $1) AS n`,
    [subscribers],
  )
  const toLexical = await markdownToLexical(payload)
  const area = await payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính' } })
  const articles: Array<{ id: number }> = []
  for (let i = 1; i <= 12; i++) {
    articles.push(
      await payload.create({
        collection: 'articles',
        data: {
          title: `Tin cải cách hành chính số ${i}: một cửa điện tử rút ngắn thời gian giải quyết hồ sơ`,
          summary: 'Người dân nộp hồ sơ trực tuyến, nhận kết quả tại nhà; thời gian giải quyết giảm một nửa so với năm trước.',
          body: await toLexical('Nội dung bài viết.'),
          reformAreas: [area.id],
          _status: 'published',
        } as never,
      }),
    )
  }
  const bulletin = await payload.create({
    collection: 'bulletins',
    data: {
      issueDate: new Date().toISOString(),
      sections: [0, 1, 2].map((section) => ({ heading: `Chuyên mục ${section + 1}`, articles: articles.slice(section * 4, section * 4 + 4).map((article) => article.id) })),
      _status: 'published',
    } as never,
  })
  // Alerts of the articles above are not what is measured.
  await pool.query(`DELETE FROM payload_jobs WHERE queue = 'mail'`)

  const baseline = process.memoryUsage().rss
  let peak = baseline
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  const started = performance.now()
  const start = await startBulletinSending(await createLocalReq({}, payload), { bulletin: bulletin.id, lists: [], subscribers: true, resend: false }, bulletin.title!)
  if (!start.ok) throw new Error(start.message)
  const prepared = performance.now()
  // As the CMS's autoRun does, until the mailing is done; a mailing left waiting (the server
  // refusing or gone) or a job that failed ends the benchmark with what was sent by then.
  const deadline = Date.now() + 30 * 60_000
  for (;;) {
    const run = await payload.jobs.run({ queue: 'mail', limit: 10 })
    const sending = await payload.findByID({ collection: 'mail-sendings', id: start.sending, depth: 0, overrideAccess: true })
    if (sending.status === 'done') break
    if (run.noJobsRemaining || Date.now() > deadline) throw new Error(`The mailing stopped as '${sending.status}': ${sending.lastError ?? 'no error recorded'}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const finished = performance.now()
  clearInterval(sampler)
  const report = await sinkReport()
  const { rows } = await pool.query(`SELECT status, count(*)::int AS count FROM mail_deliveries GROUP BY status ORDER BY status`)
  const sendSeconds = (finished - prepared) / 1000
  console.log(
    [
      `Mail benchmark: one bulletin issue to ${subscribers.toLocaleString('en')} subscribers (SMTP server in another process, database of its own)`,
      `  prepare (recipients, message made once):  ${((prepared - started) / 1000).toFixed(2)} s`,
      `  send:                                     ${sendSeconds.toFixed(2)} s = ${(report.messages / sendSeconds).toFixed(0)} messages/s`,
      `  sender's memory (whole CMS process):      peak ${(peak / 2 ** 20).toFixed(0)} MB, ${((peak - baseline) / 2 ** 20).toFixed(0)} MB above its level before sending`,
      `  server received:                          ${report.messages} messages, ${report.recipients} recipients, ${report.duplicates} duplicates`,
      `  deliveries:                               ${rows.map((row) => `${row.status} ${row.count}`).join(', ')}`,
    ].join('\n'),
  )
} finally {
  await closePayload(payload)
  sink.disconnect()
  await database.stop()
  await rm(workDir, { recursive: true, force: true })
}
process.exit(0)
