import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUBSCRIPTION_API } from '@reform/shared'
import { recoverInterruptedMail } from '../../src/mail/recoverInterruptedMail'
import { runMailing } from '../../src/mail/sending/runMailing'
import { lexicalBody } from '../support/lexicalBody'
import { samplePdf } from '../support/sampleFiles'
import { runMailJobs } from '../support/mailJobs'
import { createStaff, restAs, type StaffMember } from '../support/staff'
import { sql } from '../support/testDatabase'
import { startTestCms, type TestCms } from '../support/testCms'
import { startTestSmtp, type TestSmtp } from '../support/testSmtp'

const SITE = 'http://localhost:4321'
const here = path.dirname(fileURLToPath(import.meta.url))

let cms: TestCms
let smtp: TestSmtp
let chief: StaffMember
let area: number

const memberAddress = (list: string, n: number) => `${list}.${n}@example.vn`

async function listOf(name: string, size: number) {
  const list = await cms.payload.create({ collection: 'mailing-lists', data: { name } })
  for (let n = 1; n <= size; n++) {
    await cms.payload.create({ collection: 'list-members', data: { list: list.id, name: `Lãnh đạo ${n}`, position: 'Phó Chủ tịch', email: memberAddress(name, n) } as never })
  }
  return list.id
}

async function publishedBulletin(extra: Record<string, unknown> = {}) {
  const articles = []
  for (const title of ['Một cửa điện tử rút ngắn thời gian', 'Chi trả không dùng tiền mặt <b>&</b> an sinh']) {
    articles.push(
      await cms.payload.create({
        collection: 'articles',
        data: { title, summary: `Tóm tắt: ${title}`, body: lexicalBody(title), reformAreas: [area], _status: 'published' } as never,
      }),
    )
  }
  return cms.payload.create({
    collection: 'bulletins',
    data: {
      issueDate: '2026-12-03T03:00:00.000Z',
      sections: [{ heading: 'Tin nổi bật', articles: articles.map((article) => article.id) }],
      _status: 'published',
      ...extra,
    } as never,
  })
}

const send = (member: StaffMember | undefined, body: Record<string, unknown>) => restAs(cms, member).post('/api/mail-sendings/bulletin', body)
const errorOf = async (response: Response) => ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message

/** Drops the mail jobs' waiting time and the deliveries' retry time, as if that time had passed. */
const timePasses = () =>
  Promise.all([
    sql(cms.databaseUrl, `UPDATE payload_jobs SET wait_until = now() WHERE queue = 'mail' AND completed_at IS NULL AND task_slug = 'sendMailing'`),
    sql(cms.databaseUrl, `UPDATE mail_deliveries SET next_attempt_at = now() WHERE status = 'queued'`),
  ])

beforeAll(async () => {
  smtp = await startTestSmtp()
  cms = await startTestCms({ smtpUrl: smtp.url })
  chief = await createStaff(cms, 'editor-in-chief')
  area = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính' } })).id
  // Alerts of the articles published below are another test's business.
  await runMailJobs(cms.payload)
})

afterAll(async () => {
  await cms?.stop()
  await smtp?.stop()
})

describe('sending a bulletin issue', () => {
  it('goes to a list of 50, each address exactly once, though the sender is killed mid-way and resumed', async () => {
    const list = await listOf('lanh-dao-tinh', 50)
    const bulletin = await publishedBulletin()
    smtp.clear()
    const response = await send(chief, { bulletin: bulletin.id, lists: [list] })
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ recipients: 50 })

    // A slow relay, so the sender is caught part-way.
    smtp.setDelay(60)
    const worker = spawn(process.execPath, ['--import', 'tsx', path.join(here, '../support/mailWorker.ts')], {
      env: { ...process.env, JOBS_AUTORUN: 'false' },
      stdio: 'ignore',
    })
    const exited = new Promise((resolve) => worker.once('exit', resolve))
    await smtp.waitForCount(10, 90_000)
    worker.kill('SIGKILL')
    await exited
    smtp.setDelay(0)
    const beforeResume = smtp.messages.length
    expect(beforeResume).toBeLessThan(50)

    await recoverInterruptedMail(cms.payload)
    await runMailJobs(cms.payload)

    const received = new Map<string, number>()
    for (const mail of smtp.messages) for (const to of mail.to) received.set(to, (received.get(to) ?? 0) + 1)
    expect([...received.values()].every((count) => count === 1)).toBe(true)
    const { rows } = await sql(cms.databaseUrl, `SELECT d.address, d.status FROM mail_deliveries d JOIN mail_sendings s ON s.id = d.sending_id WHERE s.bulletin_id = $1`, [
      bulletin.id,
    ])
    expect(rows).toHaveLength(50)
    // Sent: received once. Uncertain (cut off in flight by the kill): at most once, never resent unasked.
    for (const row of rows) {
      if (row.status === 'sent') expect(received.get(row.address), row.address).toBe(1)
      else expect(row.status).toBe('uncertain')
    }
    const uncertain = rows.filter((row) => row.status === 'uncertain')
    expect(uncertain.length).toBeLessThanOrEqual(8)
    const sending = (await cms.payload.find({ collection: 'mail-sendings', where: { bulletin: { equals: bulletin.id } }, overrideAccess: true })).docs[0]!
    expect(sending).toMatchObject({ status: 'done', recipients: 50, sent: 50 - uncertain.length, uncertain: uncertain.length, failed: 0 })

    // Pressing "Gửi" again for the same issue and list is refused; re-sending reaches only those without it.
    const again = await send(chief, { bulletin: bulletin.id, lists: [list] })
    expect(again.status).toBe(409)
    expect(await errorOf(again)).toContain('lanh-dao-tinh')
    const resend = await send(chief, { bulletin: bulletin.id, lists: [list], resend: true })
    if (uncertain.length) {
      expect(resend.status).toBe(201)
      expect(await resend.json()).toMatchObject({ recipients: uncertain.length })
    } else {
      expect(resend.status).toBe(409)
    }
  })

  it('is a responsive message with a plain-text part carrying every link, personal unsubscribe links, and no script or remote resource', async () => {
    const list = await listOf('so-nganh', 2)
    const bulletin = await publishedBulletin()
    smtp.clear()
    expect((await send(chief, { bulletin: bulletin.id, lists: [list] })).status).toBe(201)
    await runMailJobs(cms.payload)
    const first = await smtp.waitFor((mail) => mail.to.includes(memberAddress('so-nganh', 1)))
    const second = await smtp.waitFor((mail) => mail.to.includes(memberAddress('so-nganh', 2)))
    expect(first!.subject).toContain(`${bulletin.number}/2026`)
    const $ = load(first!.html)
    expect($('script')).toHaveLength(0)
    for (const element of $('[src]').toArray()) expect($(element).attr('src')).toMatch(new RegExp(`^${SITE}/`))
    expect($('link[rel=stylesheet][href]')).toHaveLength(0)
    const hrefs = $('a[href]')
      .toArray()
      .map((element) => $(element).attr('href')!)
      .filter((href) => !href.startsWith('mailto:'))
    expect(hrefs.length).toBeGreaterThan(3)
    for (const href of hrefs) expect(first!.text).toContain(href)
    // The article title's markup arrives as text.
    expect(first!.text).toContain('Chi trả không dùng tiền mặt <b>&</b> an sinh')
    expect(first!.html).not.toContain('<b>&</b>')
    // Each recipient's links are their own.
    const manageOf = (text: string) => text.match(new RegExp(`${SITE}${SUBSCRIPTION_API.manage}\\?t=[^\\s)\\]>]+`))![0]
    expect(manageOf(first!.text)).not.toBe(manageOf(second!.text))
    expect(first!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    // No PDF uploaded: the one the site build makes of every issue, linked, not attached.
    expect(first!.text).toContain(`${SITE}/ban-tin/2026/so-${bulletin.number}/ban-tin-so-${bulletin.number}-2026.pdf`)
    expect(first!.parsed.attachments).toHaveLength(0)
    // The sending is in the audit log under who sent it, without anyone's address.
    const audit = await sql(cms.databaseUrl, `SELECT user_email, document_title, summary FROM audit_log WHERE collection_slug = 'mail-sendings' ORDER BY id DESC LIMIT 1`)
    expect(audit.rows[0].user_email).toBe(chief.email)
    expect(audit.rows[0].document_title).toContain('2 người nhận')
    expect(JSON.stringify(audit.rows)).not.toContain('so-nganh.')

    // A list member's link stops their mail (the list itself is the editor-in-chief's).
    const manage = new URL(manageOf(first!.text))
    const stopped = await cms.handle(
      new Request(`http://cms.test${manage.pathname}${manage.search}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-real-ip': '192.0.2.9' },
        body: 'action=cancel',
      }),
    )
    expect(stopped.status).toBe(200)
    const { rows } = await sql(cms.databaseUrl, `SELECT status FROM list_members WHERE email = $1`, [first!.to[0]])
    expect(rows[0].status).toBe('unsubscribed')
  })

  it('carries the issue PDF, attached when small, and always as a link', async () => {
    const list = await listOf('pdf', 1)
    const pdf = await cms.payload.create({ collection: 'document-files', data: { title: 'Bản tin PDF' }, file: samplePdf('ban-tin-so-1.pdf') })
    const bulletin = await publishedBulletin({ pdf: pdf.id })
    smtp.clear()
    expect((await send(chief, { bulletin: bulletin.id, lists: [list] })).status).toBe(201)
    await runMailJobs(cms.payload)
    const mail = await smtp.waitFor((message) => message.to.includes(memberAddress('pdf', 1)))
    expect(mail.parsed.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([['ban-tin-so-1.pdf', 'application/pdf']])
    expect(mail.text).toContain(`${SITE}/media/document-files/ban-tin-so-1.pdf`)
  })

  it('is for the editor-in-chief (and admin) only, and for published issues only', async () => {
    const list = await listOf('xa-phuong', 1)
    const bulletin = await publishedBulletin()
    const unit = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Kinh Bắc', type: 'ward' } })).id
    for (const role of ['editor', 'contributor'] as const) {
      const response = await send(await createStaff(cms, role, { unit }), { bulletin: bulletin.id, lists: [list] })
      expect(response.status).toBe(403)
    }
    expect((await send(undefined, { bulletin: bulletin.id, lists: [list] })).status).toBe(403)
    const draft = await cms.payload.create({ collection: 'bulletins', data: { issueDate: '2026-12-10T03:00:00.000Z', _status: 'draft' } as never })
    const refused = await send(chief, { bulletin: draft.id, lists: [list] })
    expect(refused.status).toBe(409)
    expect(await errorOf(refused)).toMatch(/đã xuất bản/)
    const audience = await restAs(cms, chief).get(`/api/mail-sendings/bulletin-audience?bulletin=${bulletin.id}&lists=${list}`)
    expect(await audience.json()).toMatchObject({ recipients: 1, alreadySentTo: [] })
  })
})

describe('never twice, never after the fact', () => {
  it('lets only one runner send a mailing: a second one finds it busy', async () => {
    const list = await listOf('hai-tien-trinh', 12)
    const bulletin = await publishedBulletin()
    smtp.clear()
    const { sending } = (await (await send(chief, { bulletin: bulletin.id, lists: [list] })).json()) as { sending: number }
    smtp.setDelay(30)
    const [first, second] = await Promise.all([runMailing(cms.payload, sending), runMailing(cms.payload, sending)])
    smtp.setDelay(0)
    expect([first.status, second.status].sort()).toEqual(['busy', 'done'])
    await runMailJobs(cms.payload)
    const received = smtp.messages.flatMap((mail) => mail.to).filter((to) => to.startsWith('hai-tien-trinh.'))
    expect(received.sort()).toEqual([...new Set(received)].sort())
    expect(received).toHaveLength(12)
  })

  it('stops sending an issue unpublished after it was sent off', async () => {
    const list = await listOf('go-ban-tin', 3)
    const bulletin = await publishedBulletin()
    smtp.clear()
    expect((await send(chief, { bulletin: bulletin.id, lists: [list] })).status).toBe(201)
    await cms.payload.update({ collection: 'bulletins', id: bulletin.id, data: { _status: 'draft' } })
    await runMailJobs(cms.payload)
    expect(smtp.messages.filter((mail) => mail.to.some((to) => to.startsWith('go-ban-tin.')))).toHaveLength(0)
    const { rows } = await sql(cms.databaseUrl, `SELECT DISTINCT d.status FROM mail_deliveries d JOIN mail_sendings s ON s.id = d.sending_id WHERE s.bulletin_id = $1`, [
      bulletin.id,
    ])
    expect(rows).toEqual([{ status: 'skipped' }])
  })

  it('sends a newly published issue itself to those who want bulletins at once, and not again when sent to subscribers', async () => {
    await cms.payload.create({
      collection: 'subscribers',
      data: { email: 'ban.tin.ngay@example.vn', status: 'confirmed', bulletins: true, frequency: 'immediate', confirmedAt: new Date().toISOString() } as never,
      overrideAccess: true,
    })
    smtp.clear()
    const bulletin = await publishedBulletin()
    await runMailJobs(cms.payload)
    const mails = smtp.messages.filter((mail) => mail.to.includes('ban.tin.ngay@example.vn'))
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain(`${bulletin.number}/2026`)
    expect(mails[0]!.text).toContain('Chi trả không dùng tiền mặt')
    const again = await send(chief, { bulletin: bulletin.id, subscribers: true })
    expect(again.status).toBe(409)
    expect(await errorOf(again)).toMatch(/Không có ai để gửi/)
    // The other tests publish issues of their own.
    await cms.payload.delete({ collection: 'subscribers', where: { email: { equals: 'ban.tin.ngay@example.vn' } }, overrideAccess: true })
  })

  it('stops a person on several lists on every list when they unsubscribe', async () => {
    const one = await listOf('ds-mot', 1)
    const two = (await cms.payload.create({ collection: 'mailing-lists', data: { name: 'ds-hai' } })).id
    await cms.payload.create({ collection: 'list-members', data: { list: two, name: 'Cùng người', email: memberAddress('ds-mot', 1) } as never })
    const bulletin = await publishedBulletin()
    smtp.clear()
    expect((await send(chief, { bulletin: bulletin.id, lists: [one, two] })).status).toBe(201)
    await runMailJobs(cms.payload)
    const mail = await smtp.waitFor((message) => message.to.includes(memberAddress('ds-mot', 1)))
    expect(smtp.messages.filter((message) => message.to.includes(memberAddress('ds-mot', 1)))).toHaveLength(1)
    const target = new URL(mail.headers.get('list-unsubscribe')!.match(/<(https?:[^>]+)>/)![1]!)
    await cms.handle(
      new Request(`http://cms.test${target.pathname}${target.search}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-real-ip': '192.0.2.10' },
        body: 'List-Unsubscribe=One-Click',
      }),
    )
    const { rows } = await sql(cms.databaseUrl, `SELECT DISTINCT status FROM list_members WHERE email = $1`, [memberAddress('ds-mot', 1)])
    expect(rows).toEqual([{ status: 'unsubscribed' }])
  })
})

describe('when the SMTP server says no', () => {
  it('pauses the mailing when the relay refuses our sender, without counting it against anyone', async () => {
    const list = await listOf('tu-choi-nguoi-gui', 2)
    const bulletin = await publishedBulletin()
    smtp.failNext({ code: 550, stage: 'mail', times: 1 })
    expect((await send(chief, { bulletin: bulletin.id, lists: [list] })).status).toBe(201)
    await runMailJobs(cms.payload)
    const sending = (await cms.payload.find({ collection: 'mail-sendings', where: { bulletin: { equals: bulletin.id } }, overrideAccess: true })).docs[0]!
    expect(sending).toMatchObject({ status: 'waiting', bounced: 0, failed: 0 })
    expect(sending.lastError).toMatch(/MAIL FROM/)
    const { rows } = await sql(cms.databaseUrl, `SELECT status, hard_bounces FROM list_members WHERE email LIKE 'tu-choi-nguoi-gui.%'`)
    expect(rows.every((row) => row.status === 'active' && Number(row.hard_bounces) === 0)).toBe(true)
    await timePasses()
    await runMailJobs(cms.payload)
    expect((await cms.payload.findByID({ collection: 'mail-sendings', id: sending.id, overrideAccess: true })).sent).toBe(2)
  })

  it('retries a deferred message, counts a refused mailbox as a hard bounce, and suspends it at the third', async () => {
    const list = await listOf('bounce', 3)
    const bulletin = await publishedBulletin()
    await sql(cms.databaseUrl, `UPDATE list_members SET hard_bounces = 2 WHERE email = $1`, [memberAddress('bounce', 1)])
    smtp.clear()
    smtp.failNext({ code: 550, to: memberAddress('bounce', 1) })
    smtp.failNext({ code: 451, to: memberAddress('bounce', 2) })
    expect((await send(chief, { bulletin: bulletin.id, lists: [list] })).status).toBe(201)
    await runMailJobs(cms.payload)
    const statuses = async () =>
      Object.fromEntries(
        (
          await sql(cms.databaseUrl, `SELECT d.address, d.status FROM mail_deliveries d JOIN mail_sendings s ON s.id = d.sending_id WHERE s.bulletin_id = $1`, [bulletin.id])
        ).rows.map((row) => [row.address, row.status]),
      )
    expect(await statuses()).toEqual({ [memberAddress('bounce', 1)]: 'bounced', [memberAddress('bounce', 2)]: 'queued', [memberAddress('bounce', 3)]: 'sent' })
    const waiting = (await cms.payload.find({ collection: 'mail-sendings', where: { bulletin: { equals: bulletin.id } }, overrideAccess: true })).docs[0]!
    expect(waiting.status).toBe('waiting')
    expect(waiting.lastError).toMatch(/451|Try again/)
    const { rows } = await sql(cms.databaseUrl, `SELECT status, hard_bounces FROM list_members WHERE email = $1`, [memberAddress('bounce', 1)])
    expect(rows[0]).toEqual({ status: 'suspended', hard_bounces: '3' })

    await timePasses()
    await runMailJobs(cms.payload)
    expect((await statuses())[memberAddress('bounce', 2)]).toBe('sent')
    expect(smtp.messages.filter((mail) => mail.to.includes(memberAddress('bounce', 2)))).toHaveLength(1)
  })

  it('waits while the server is down, shows it waiting, and sends once it is back', async () => {
    const list = await listOf('may-chu-tat', 3)
    const bulletin = await publishedBulletin()
    await smtp.stop()
    try {
      expect((await send(chief, { bulletin: bulletin.id, lists: [list] })).status).toBe(201)
      await runMailJobs(cms.payload)
      const sending = (await cms.payload.find({ collection: 'mail-sendings', where: { bulletin: { equals: bulletin.id } }, overrideAccess: true })).docs[0]!
      expect(sending).toMatchObject({ status: 'waiting', sent: 0 })
      expect(sending.lastError).toMatch(/ECONNREFUSED|ECONNECTION|connect/i)
    } finally {
      await smtp.start()
    }
    smtp.clear()
    await timePasses()
    await runMailJobs(cms.payload)
    expect((await smtp.waitForCount(3)).flatMap((mail) => mail.to).sort()).toEqual([1, 2, 3].map((n) => memberAddress('may-chu-tat', n)))
    const done = (await cms.payload.find({ collection: 'mail-sendings', where: { bulletin: { equals: bulletin.id } }, overrideAccess: true })).docs[0]!
    expect(done).toMatchObject({ status: 'done', sent: 3 })
  })
})
