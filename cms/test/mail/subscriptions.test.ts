import { inspect } from 'node:util'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { SUBSCRIPTION_API } from '@reform/shared'
import { formStartToken, MIN_FILL_MS } from '../../src/publicEndpoints/formStartToken'
import { PUBLIC_RATE_LIMITS } from '../../src/publicEndpoints/rateLimits'
import { confirmToken, manageToken } from '../../src/mail/subscribers/recipientLinks'
import { purgeUnconfirmed, purgeUnconfirmedTask } from '../../src/mail/subscribers/purgeUnconfirmedTask'
import { lexicalBody } from '../support/lexicalBody'
import { runMailJobs } from '../support/mailJobs'
import { createStaff, restAs } from '../support/staff'
import { sql } from '../support/testDatabase'
import { startTestCms, type TestCms } from '../support/testCms'
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '../support/testSmtp'

const SITE = 'http://localhost:4321'

let cms: TestCms
let smtp: TestSmtp
let areaOne: number
let areaTwo: number
let province: number
let ward: number
let mergedWard: number
let clientNumber = 0

const nextClient = () => `203.0.113.${++clientNumber}`
const aged = () => formStartToken(cms.payload.secret, 'subscription-form-start', Date.now() - MIN_FILL_MS - 1000)

type Send = { path?: string; method?: string; body?: BodyInit; type?: string; client?: string; origin?: string | null; accept?: string }

function send({ path = SUBSCRIPTION_API.subscribe, method = 'POST', body, type, client = nextClient(), origin = SITE, accept }: Send): Promise<Response> {
  const headers: Record<string, string> = { 'x-real-ip': client }
  if (type) headers['content-type'] = type
  if (origin) headers.origin = origin
  if (accept) headers.accept = accept
  return cms.handle(new Request(new URL(path, 'http://cms.test'), { method, headers, body }))
}

const subscribeJson = (data: Record<string, unknown>, options: Send = {}) =>
  send({ body: JSON.stringify({ startToken: aged(), ...data }), type: 'application/json', accept: 'application/json', ...options })

/** A link from a message, turned into a request path on the CMS (the site's web server passes it on). */
const linkIn = (mail: ReceivedMail, endpoint: string) => {
  const found = mail.text.match(new RegExp(`${SITE}${endpoint.replace(/\//g, '\\/')}\\?t=[^\\s)\\]>]+`))
  if (!found) throw new Error(`No ${endpoint} link in: ${mail.text}`)
  const url = new URL(found[0])
  return `${url.pathname}${url.search}`
}

const subscriberByEmail = async (email: string) => (await cms.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, overrideAccess: true })).docs[0]

const publish = (title: string, extra: Record<string, unknown>) =>
  cms.payload.create({ collection: 'articles', data: { title, body: lexicalBody(`${title}.`), summary: `Tóm tắt: ${title}`, _status: 'published', ...extra } as never })

/** Subscribes and confirms through the links of the mail, as a person would. */
async function subscribeAndConfirm(email: string, choices: Record<string, unknown>) {
  expect((await subscribeJson({ email, ...choices })).status).toBe(202)
  await runMailJobs(cms.payload)
  const mail = await smtp.waitFor((message) => message.to.includes(email) && message.text.includes(SUBSCRIPTION_API.confirm))
  const link = linkIn(mail, SUBSCRIPTION_API.confirm)
  expect((await send({ path: link, method: 'POST', origin: null })).status).toBe(200)
  return mail
}

beforeAll(async () => {
  smtp = await startTestSmtp()
  cms = await startTestCms({ smtpUrl: smtp.url })
  areaOne = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính' } })).id
  areaTwo = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách tài chính công' } })).id
  province = (await cms.payload.create({ collection: 'units', data: { name: 'Tỉnh Bắc Ninh', type: 'province' } })).id
  ward = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Kinh Bắc', type: 'ward', parent: province } })).id
  mergedWard = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Cũ', type: 'ward', dissolvedAt: '2025-07-01T00:00:00.000Z', mergedInto: ward } })).id
  // The first account is made the administrator, whatever role it asks for.
  await createStaff(cms, 'admin')
})

afterAll(async () => {
  await cms?.stop()
  await smtp?.stop()
})

describe('a subscription, from the form to the last mail', () => {
  it('is confirmed by its link, mails a matching publish at once, and stops after a one-click unsubscribe', async () => {
    const email = 'dan.nguyen@example.vn'
    const response = await subscribeJson({ email: ' Dan.Nguyen@Example.VN ', reformAreas: [areaOne], frequency: 'immediate' })
    expect(response.status).toBe(202)
    expect(((await response.json()) as { message: string }).message).toContain(email)
    expect((await subscriberByEmail(email))?.status).toBe('pending')

    await runMailJobs(cms.payload)
    const confirmation = await smtp.waitFor((mail) => mail.to.includes(email))
    expect(confirmation.subject).toMatch(/xác nhận/i)
    expect(confirmation.text).toContain('48 giờ')
    const link = linkIn(confirmation, SUBSCRIPTION_API.confirm)
    // Opening the link (a mail scanner does) confirms nothing; the button does.
    const page = await send({ path: link, method: 'GET', origin: null })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Xác nhận đăng ký')
    expect((await subscriberByEmail(email))?.status).toBe('pending')
    expect((await send({ path: link, method: 'POST', origin: null })).status).toBe(200)
    expect((await subscriberByEmail(email))?.status).toBe('confirmed')

    smtp.clear()
    const article = await publish('Một cửa điện tử rút ngắn thời gian giải quyết hồ sơ', { reformAreas: [areaOne] })
    await publish('Tin về tài chính công', { reformAreas: [areaTwo] })
    await runMailJobs(cms.payload)
    const alert = await smtp.waitFor((mail) => mail.to.includes(email))
    expect(alert.subject).toContain('Một cửa điện tử')
    expect(alert.text).toContain(`${SITE}/tin-tuc/${article.slug}/`)
    expect(alert.text).toContain('Cải cách thủ tục hành chính')
    expect(smtp.messages.filter((mail) => mail.to.includes(email))).toHaveLength(1)
    // RFC 2369 and RFC 8058: the mail client's own one-click button.
    const unsubscribeUrl = alert.headers.get('list-unsubscribe')!.match(/<(https?:[^>]+)>/)![1]!
    expect(alert.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')

    const target = new URL(unsubscribeUrl)
    const oneClick = await send({
      path: `${target.pathname}${target.search}`,
      body: 'List-Unsubscribe=One-Click',
      type: 'application/x-www-form-urlencoded',
      origin: null,
    })
    expect(oneClick.status).toBe(200)
    expect(await subscriberByEmail(email)).toBeUndefined()
    const sending = (await cms.payload.find({ collection: 'mail-sendings', where: { kind: { equals: 'alert' } }, overrideAccess: true })).docs[0]!
    expect(sending).toMatchObject({ sent: 1, unsubscribed: 1 })
    // The delivery keeps its state, not the address of someone who asked to be forgotten.
    const { rows } = await sql(cms.databaseUrl, 'SELECT address, status, unsubscribed FROM mail_deliveries WHERE sending_id = $1', [sending.id])
    expect(rows).toEqual([{ address: null, status: 'sent', unsubscribed: true }])

    smtp.clear()
    await publish('Thêm một tin cải cách thủ tục', { reformAreas: [areaOne] })
    await runMailJobs(cms.payload)
    expect(smtp.messages).toHaveLength(0)
  })

  it('takes a one-click unsubscribe sent as multipart/form-data too (RFC 8058 allows both encodings)', async () => {
    const email = 'multipart@example.vn'
    await subscribeAndConfirm(email, { documents: true })
    smtp.clear()
    await cms.payload.create({
      collection: 'documents',
      data: {
        title: 'Kế hoạch cải cách hành chính năm 2027',
        number: '145/KH-UBND',
        type: 'plan',
        issuer: 'UBND tỉnh',
        issuedAt: '2026-12-01T03:00:00.000Z',
        _status: 'published',
      } as never,
    })
    await runMailJobs(cms.payload)
    const alert = await smtp.waitFor((mail) => mail.to.includes(email))
    const target = new URL(alert.headers.get('list-unsubscribe')!.match(/<(https?:[^>]+)>/)![1]!)
    const form = new FormData()
    form.set('List-Unsubscribe', 'One-Click')
    const request = new Request(`http://cms.test${target.pathname}${target.search}`, { method: 'POST', body: form, headers: { 'x-real-ip': nextClient() } })
    expect((await cms.handle(request)).status).toBe(200)
    expect(await subscriberByEmail(email)).toBeUndefined()
  })

  it('mails a unit follower about the communes under the unit, once however many choices match', async () => {
    const email = 'theo.donvi@example.vn'
    await subscribeAndConfirm(email, { units: [province], reformAreas: [areaOne] })
    smtp.clear()
    await publish('Phường Kinh Bắc trả kết quả tại nhà', { units: [ward], reformAreas: [areaOne] })
    await runMailJobs(cms.payload)
    const mails = smtp.messages.filter((mail) => mail.to.includes(email))
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain('Tỉnh Bắc Ninh')
  })

  it('never mails an unconfirmed address, nor an item unpublished before its alert went', async () => {
    const waiting = 'chua.xacnhan@example.vn'
    expect((await subscribeJson({ email: waiting, reformAreas: [areaTwo] })).status).toBe(202)
    const follower = 'taichinh@example.vn'
    await subscribeAndConfirm(follower, { reformAreas: [areaTwo] })
    await runMailJobs(cms.payload)
    smtp.clear()
    const article = await publish('Công khai ngân sách phường', { reformAreas: [areaTwo] })
    await cms.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    await runMailJobs(cms.payload)
    expect(smtp.messages).toHaveLength(0)
    await publish('Quyết toán ngân sách đúng hạn', { reformAreas: [areaTwo] })
    await runMailJobs(cms.payload)
    expect(smtp.messages.map((mail) => mail.to).flat()).toEqual([follower])
  })

  it('lets a subscriber change their choices and cancel from the link in every mail, without signing in', async () => {
    const email = 'doi.luachon@example.vn'
    await subscribeAndConfirm(email, { bulletins: true })
    smtp.clear()
    // The same address typed again: nothing of theirs changes; they are sent their link instead.
    expect((await subscribeJson({ email, documents: true })).status).toBe(202)
    await sql(cms.databaseUrl, `UPDATE subscribers SET confirmation_sent_at = now() - interval '11 minutes' WHERE email = $1`, [email])
    expect((await subscribeJson({ email, documents: true })).status).toBe(202)
    await runMailJobs(cms.payload)
    const linkMail = await smtp.waitFor((mail) => mail.to.includes(email))
    expect((await subscriberByEmail(email))?.documents).toBe(false)
    const manage = linkIn(linkMail, SUBSCRIPTION_API.manage)
    const page = await send({ path: manage, method: 'GET', origin: null })
    expect(await page.text()).toContain(email)
    const saved = await send({
      path: manage,
      method: 'POST',
      body: new URLSearchParams([
        ['action', 'save'],
        ['documents', 'on'],
        ['reformAreas', String(areaOne)],
        ['reformAreas', String(areaTwo)],
        ['frequency', 'weekly'],
      ]).toString(),
      type: 'application/x-www-form-urlencoded',
    })
    expect(saved.status).toBe(200)
    expect(await saved.text()).toContain('Đã lưu thay đổi')
    const changed = await subscriberByEmail(email)
    expect(changed).toMatchObject({ bulletins: false, documents: true, frequency: 'weekly' })
    expect(changed?.reformAreas).toHaveLength(2)
    const cancelled = await send({ path: manage, method: 'POST', body: 'action=cancel', type: 'application/x-www-form-urlencoded' })
    expect(await cancelled.text()).toContain('Đã hủy đăng ký')
    expect(await subscriberByEmail(email)).toBeUndefined()
    // The old link now says so plainly.
    expect((await send({ path: manage, method: 'GET', origin: null })).status).toBe(400)
  })
})

describe('the subscription endpoint', () => {
  it('re-sends the confirmation of a repeated request at most once per 10 minutes, with the same answer', async () => {
    const email = 'lap.lai@example.vn'
    smtp.clear()
    for (let i = 0; i < 3; i++) expect((await subscribeJson({ email, bulletins: true })).status).toBe(202)
    await runMailJobs(cms.payload)
    expect(smtp.messages.filter((mail) => mail.to.includes(email))).toHaveLength(1)
    await sql(cms.databaseUrl, `UPDATE subscribers SET confirmation_sent_at = now() - interval '11 minutes' WHERE email = $1`, [email])
    expect((await subscribeJson({ email, bulletins: true })).status).toBe(202)
    await runMailJobs(cms.payload)
    expect(smtp.messages.filter((mail) => mail.to.includes(email))).toHaveLength(2)
  })

  it('refuses an expired or forged confirmation link and keeps the request unconfirmed', async () => {
    const email = 'het.han@example.vn'
    await subscribeJson({ email, bulletins: true })
    const subscriber = (await subscriberByEmail(email))!
    const old = confirmToken(cms.payload.secret, subscriber.id, subscriber.linkKey!, Date.now() - 49 * 3_600_000)
    const expired = await send({ path: `${SUBSCRIPTION_API.confirm}?t=${old}`, method: 'POST', origin: null })
    expect(expired.status).toBe(400)
    expect(await expired.text()).toContain('hết hạn')
    const forged = confirmToken('another-secret-that-is-long-enough-012345', subscriber.id, subscriber.linkKey!)
    expect((await send({ path: `${SUBSCRIPTION_API.confirm}?t=${forged}`, method: 'POST', origin: null })).status).toBe(400)
    expect((await subscriberByEmail(email))?.status).toBe('pending')
  })

  it('purges requests left unconfirmed for 7 days, and only those', async () => {
    await subscribeJson({ email: 'cu.qua@example.vn', bulletins: true })
    await subscribeJson({ email: 'con.moi@example.vn', bulletins: true })
    await sql(cms.databaseUrl, `UPDATE subscribers SET requested_at = now() - interval '7 days 1 hour' WHERE email = 'cu.qua@example.vn'`)
    await sql(cms.databaseUrl, `UPDATE subscribers SET requested_at = now() - interval '6 days' WHERE email = 'con.moi@example.vn'`)
    expect(await purgeUnconfirmed(cms.payload)).toBeGreaterThanOrEqual(1)
    expect(await subscriberByEmail('cu.qua@example.vn')).toBeUndefined()
    expect(await subscriberByEmail('con.moi@example.vn')).toBeDefined()
  })

  it.each([
    ['a malformed address', { email: 'khong-phai-email' }, 400, /không đúng dạng/],
    ['no choice', { email: 'a@example.vn' }, 400, /ít nhất một/],
    ['an unknown reform area', { email: 'a@example.vn', reformAreas: [999999] }, 400, /lĩnh vực/],
    [
      'a merged unit',
      {
        email: 'a@example.vn',
        get units() {
          return [mergedWard]
        },
      },
      400,
      /sáp nhập.*Phường Kinh Bắc/,
    ],
    ['the hidden bot field filled', { email: 'a@example.vn', bulletins: true, website: 'http://spam' }, 400, /ô ẩn/],
    [
      'a form sent at once',
      {
        email: 'a@example.vn',
        bulletins: true,
        get startToken() {
          return formStartToken(cms.payload.secret, 'subscription-form-start')
        },
      },
      400,
      /nhanh quá/,
    ],
    [
      'a feedback form token',
      {
        email: 'a@example.vn',
        bulletins: true,
        get startToken() {
          return formStartToken(cms.payload.secret, 'feedback-form-start', Date.now() - 5000)
        },
      },
      400,
      /hết hạn hoặc không hợp lệ/,
    ],
  ])('refuses %s with a Vietnamese message and stores nothing', async (_case, data, status, message) => {
    const before = (await cms.payload.count({ collection: 'subscribers', overrideAccess: true })).totalDocs
    const response = await subscribeJson({ ...data })
    expect(response.status).toBe(status)
    expect(JSON.stringify(await response.json())).toMatch(message)
    expect((await cms.payload.count({ collection: 'subscribers', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('refuses another site, a wrong body type, and a flood (429, counted in PostgreSQL)', async () => {
    expect((await subscribeJson({ email: 'a@example.vn', bulletins: true }, { origin: 'https://evil.example' })).status).toBe(403)
    expect((await send({ body: 'x', type: 'text/plain', accept: 'application/json' })).status).toBe(415)
    const flooder = nextClient()
    const statuses: number[] = []
    for (let i = 0; i < PUBLIC_RATE_LIMITS.subscribe.points + 2; i++)
      statuses.push((await subscribeJson({ email: `lu${i}@example.vn`, bulletins: true }, { client: flooder })).status)
    expect(statuses.slice(-2)).toEqual([429, 429])
  })

  it('works without JavaScript: a plain form post is confirmed once on a page, then answered with a page', async () => {
    const form = new URLSearchParams([
      ['email', 'khong.js@example.vn'],
      ['reformAreas', String(areaOne)],
      ['reformAreas', String(areaTwo)],
      ['frequency', 'daily'],
    ])
    const first = await send({ body: form.toString(), type: 'application/x-www-form-urlencoded' })
    expect(first.status).toBe(200)
    const page = await first.text()
    expect(page).toContain('Gửi thư xác nhận')
    const token = page.match(/name="startToken" value="([^"]+)"/)![1]!
    await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 100))
    form.set('startToken', token.replace(/&amp;/g, '&'))
    const second = await send({ body: form.toString(), type: 'application/x-www-form-urlencoded' })
    expect(second.status).toBe(202)
    expect(await second.text()).toContain('khong.js@example.vn')
    expect((await subscriberByEmail('khong.js@example.vn'))?.reformAreas).toHaveLength(2)
  })
})

describe('personal data', () => {
  it('is never readable anonymously (REST or GraphQL) nor by editors, and the audit log names recipients by number', async () => {
    expect((await subscribeJson({ email: 'rieng.tu@example.vn', bulletins: true })).status).toBe(202)
    const anonymous = restAs(cms)
    const editor = restAs(cms, await createStaff(cms, 'editor'))
    for (const path of ['/api/subscribers', '/api/list-members', '/api/mailing-lists', '/api/mail-deliveries', '/api/mail-sendings']) {
      expect((await anonymous.get(path)).status, path).toBe(403)
      expect((await editor.get(path)).status, path).toBe(403)
    }
    const graphql = await cms.handle(
      new Request('http://cms.test/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Subscribers { docs { email } } ListMembers { docs { email } } MailDeliveries { docs { address } } }' }),
      }),
    )
    const answer = JSON.stringify(await graphql.json())
    expect(answer).not.toContain('@example.vn')
    const chief = restAs(cms, await createStaff(cms, 'editor-in-chief'))
    const list = (await (await chief.get('/api/subscribers?limit=100')).json()) as { docs: Array<Record<string, unknown>> }
    expect(list.docs.length).toBeGreaterThan(0)
    // The key of a person's links is theirs alone, even for the editor-in-chief.
    expect(list.docs.every((doc) => !('linkKey' in doc))).toBe(true)
    const { rows } = await sql(cms.databaseUrl, `SELECT document_title, summary, changed_fields FROM audit_log WHERE collection_slug IN ('subscribers', 'list-members')`)
    expect(rows.length).toBeGreaterThan(0)
    expect(JSON.stringify(rows)).not.toContain('@')
    expect(rows.every((row) => /người nhận #\d+/.test(String(row.document_title)))).toBe(true)
  })
})

describe('a subscriber asking what is held about them', () => {
  it('gets their data exported by the editor-in-chief (nobody else), and erased with every trace of their address', async () => {
    const email = 'xuat.du.lieu@example.vn'
    await subscribeAndConfirm(email, { reformAreas: [areaOne], documents: true })
    await publish('Tin để có một thư đã gửi', { reformAreas: [areaOne] })
    await runMailJobs(cms.payload)
    const subscriber = (await subscriberByEmail(email))!
    const editorAnswer = await restAs(cms, await createStaff(cms, 'editor')).get(`/api/subscribers/${subscriber.id}/export`)
    expect(editorAnswer.status).toBe(403)
    expect((await restAs(cms).get(`/api/subscribers/${subscriber.id}/export`)).status).toBe(403)
    const chief = restAs(cms, await createStaff(cms, 'editor-in-chief'))
    const exported = await chief.get(`/api/subscribers/${subscriber.id}/export`)
    expect(exported.headers.get('content-disposition')).toContain('attachment')
    const data = (await exported.json()) as { email: string; reformAreas: string[]; messages: Array<{ status: string }> }
    expect(data).toMatchObject({ email, reformAreas: ['Cải cách thủ tục hành chính'] })
    expect(data.messages.length).toBeGreaterThan(0)
    expect((await chief.delete(`/api/subscribers/${subscriber.id}`)).status).toBe(200)
    const { rows } = await sql(cms.databaseUrl, 'SELECT count(*)::int AS left FROM mail_deliveries WHERE address = $1', [email])
    expect(rows[0].left).toBe(0)
  })
})

describe('citizen feedback', () => {
  it('tells a citizen who left an address, once, that their feedback was answered, with the code and the lookup link', async () => {
    const item = await cms.payload.create({
      collection: 'feedback',
      data: {
        name: 'Trần Văn An',
        email: 'an.tran@example.vn',
        kind: 'question',
        unit: ward,
        reformArea: areaOne,
        subject: 'Hỏi về thủ tục',
        message: 'Xin hỏi thủ tục cấp đổi giấy tờ.',
        publicTitle: 'Hỏi về thủ tục',
        publicQuestion: 'Xin hỏi thủ tục cấp đổi giấy tờ.',
        status: 'received',
      } as never,
      overrideAccess: true,
    })
    smtp.clear()
    await cms.payload.update({
      collection: 'feedback',
      id: item.id,
      data: { status: 'answered', answer: lexicalBody('Thủ tục gồm ba bước.'), answeringUnit: ward } as never,
      overrideAccess: true,
    })
    await runMailJobs(cms.payload)
    const mail = await smtp.waitFor((message) => message.to.includes('an.tran@example.vn'))
    expect(mail.text).toContain(item.trackingCode!)
    expect(mail.text).toContain(`${SITE}/gop-y/tra-cuu/?ma=${item.trackingCode}`)
    await cms.payload.update({ collection: 'feedback', id: item.id, data: { internalNotes: 'Đã gọi điện.' } as never, overrideAccess: true })
    await runMailJobs(cms.payload)
    expect(smtp.messages.filter((message) => message.to.includes('an.tran@example.vn'))).toHaveLength(1)
  })
})

describe('mail at most once per 10 minutes', () => {
  it("sends one mail however many requests for one address arrive at once, and keeps a waiting request's latest choices", async () => {
    const email = 'cung.luc@example.vn'
    smtp.clear()
    const burst = (choices: Record<string, unknown>) => Promise.all(Array.from({ length: 6 }, () => subscribeJson({ email, ...choices })))
    expect((await burst({ bulletins: true })).map((response) => response.status)).toEqual([202, 202, 202, 202, 202, 202])
    await runMailJobs(cms.payload)
    expect(smtp.messages.filter((mail) => mail.to.includes(email))).toHaveLength(1)
    await sql(cms.databaseUrl, `UPDATE subscribers SET confirmation_sent_at = now() - interval '11 minutes' WHERE email = $1`, [email])
    await burst({ documents: true })
    await runMailJobs(cms.payload)
    expect(smtp.messages.filter((mail) => mail.to.includes(email))).toHaveLength(2)
    expect(await subscriberByEmail(email)).toMatchObject({ status: 'pending', bulletins: false, documents: true })
  })

  it('sends nothing to a suspended subscriber (their mail kept coming back), not even their link', async () => {
    const email = 'bi.tra.lai@example.vn'
    await subscribeAndConfirm(email, { bulletins: true })
    await sql(cms.databaseUrl, `UPDATE subscribers SET status = 'suspended', confirmation_sent_at = now() - interval '11 minutes' WHERE email = $1`, [email])
    smtp.clear()
    expect((await subscribeJson({ email, bulletins: true })).status).toBe(202)
    await runMailJobs(cms.payload)
    expect(smtp.messages.filter((mail) => mail.to.includes(email))).toHaveLength(0)
  })
})

describe('double opt-in, for staff too', () => {
  const patch = async (id: number, data: Record<string, unknown>) => {
    const chief = restAs(cms, await createStaff(cms, 'editor-in-chief'))
    return chief.patch(`/api/subscribers/${id}`, data)
  }

  it('keeps the editor-in-chief from confirming someone who never confirmed, even with a confirmation time', async () => {
    const email = 'chua.bam.link@example.vn'
    expect((await subscribeJson({ email, bulletins: true })).status).toBe(202)
    const { id } = (await subscriberByEmail(email))!
    for (const data of [{ status: 'confirmed' }, { status: 'confirmed', confirmedAt: new Date().toISOString() }]) {
      const answer = await patch(id, data)
      expect(answer.status).toBe(400)
      const body = JSON.stringify(await answer.json())
      expect(body).toContain('"path":"status"')
      expect(body).toContain('chưa từng bấm liên kết xác nhận')
    }
    const unchanged = (await subscriberByEmail(email))!
    expect(unchanged.status).toBe('pending')
    expect(unchanged.confirmedAt ?? null).toBeNull()
  })

  it('lets staff give back "confirmed" to someone suspended who had confirmed, and never change the address', async () => {
    const email = 'tam.dung@example.vn'
    await subscribeAndConfirm(email, { documents: true })
    await sql(cms.databaseUrl, `UPDATE subscribers SET status = 'suspended' WHERE email = $1`, [email])
    const { id } = (await subscriberByEmail(email))!
    expect((await patch(id, { status: 'confirmed' })).status).toBe(200)
    expect((await patch(id, { email: 'nguoi.khac@example.vn', frequency: 'weekly' })).status).toBe(200)
    expect(await cms.payload.findByID({ collection: 'subscribers', id, overrideAccess: true })).toMatchObject({ email, status: 'confirmed', frequency: 'weekly' })
  })
})

describe('the pages behind personal links', () => {
  const manageLink = async (email: string) => {
    const subscriber = (await subscriberByEmail(email))!
    return `${SUBSCRIPTION_API.manage}?t=${manageToken({ kind: 'subscriber', id: subscriber.id }, subscriber.linkKey!)}`
  }

  it('tell the browser to name only the site in a Referer, so the token in their address goes nowhere', async () => {
    const email = 'trang.rieng@example.vn'
    const mail = await subscribeAndConfirm(email, { bulletins: true })
    expect((await send({ path: linkIn(mail, SUBSCRIPTION_API.confirm), method: 'GET', origin: null })).headers.get('referrer-policy')).toBe('strict-origin')
    const page = await send({ path: await manageLink(email), method: 'GET', origin: null })
    expect(page.status).toBe(200)
    expect(page.headers.get('referrer-policy')).toBe('strict-origin')
  })

  it('say a failed save of the choices for what it is', async () => {
    const email = 'luu.loi@example.vn'
    await subscribeAndConfirm(email, { bulletins: true })
    const saved = await send({
      path: await manageLink(email),
      method: 'POST',
      body: new URLSearchParams([
        ['action', 'save'],
        ['reformAreas', '999999'],
        ['frequency', 'weekly'],
      ]).toString(),
      type: 'application/x-www-form-urlencoded',
    })
    expect(saved.status).toBe(400)
    const page = await saved.text()
    expect(page).toContain('Chưa lưu được thay đổi')
    expect(page).not.toContain('Chưa đăng ký được')
  })

  it('refuse a subscription too large to read without speaking of feedback', async () => {
    const response = await subscribeJson({ email: 'qua.lon@example.vn', bulletins: true, padding: 'x'.repeat(70_000) })
    expect(response.status).toBe(413)
    const message = JSON.stringify(await response.json())
    expect(message).toMatch(/quá lớn/)
    expect(message).not.toMatch(/góp ý/)
  })
})

describe('a notice the mail server refuses', () => {
  /** Everything Payload kept about mail jobs and everything its logger was given, as text. */
  async function traces(logged: Array<{ mock: { calls: unknown[][] } }>) {
    const jobs = await sql(cms.databaseUrl, `SELECT j::text AS row FROM payload_jobs j WHERE task_slug = 'mailNotice'`)
    const log = await sql(cms.databaseUrl, `SELECT l::text AS row FROM payload_jobs_log l WHERE task_slug = 'mailNotice'`)
    const lines = logged.flatMap((spy) => spy.mock.calls.map((call) => inspect(call, { depth: 8 })))
    return { stored: [...jobs.rows, ...log.rows].map((row) => row.row as string).join('\n'), printed: lines.join('\n') }
  }

  it('is not retried when the mailbox is refused for good (550 at RCPT TO), and its address is neither stored nor logged', async () => {
    const email = 'khong.ton.tai@example.vn'
    const logged = (['error', 'warn', 'info'] as const).map((level) => vi.spyOn(cms.payload.logger, level))
    try {
      smtp.failNext({ code: 550, to: email })
      expect((await subscribeJson({ email, bulletins: true })).status).toBe(202)
      await runMailJobs(cms.payload)
      const { stored, printed } = await traces(logged)
      const { rows } = await sql(cms.databaseUrl, `SELECT count(*)::int AS waiting FROM payload_jobs WHERE task_slug = 'mailNotice' AND completed_at IS NULL`)
      expect(rows[0].waiting).toBe(0)
      expect(logged[0]!.mock.calls).toHaveLength(0)
      expect(printed).toMatch(/recipient was refused \(SMTP EENVELOPE at RCPT TO, reply 550\); not retried/)
      for (const secret of [email, 'Mailbox unavailable']) {
        expect(stored).not.toContain(secret)
        expect(printed).not.toContain(secret)
      }
    } finally {
      logged.forEach((spy) => spy.mockRestore())
    }
  })

  it('is retried after a refusal for now (451), which is kept and logged by its codes only', async () => {
    const email = 'tam.thoi@example.vn'
    const logged = (['error', 'warn', 'info'] as const).map((level) => vi.spyOn(cms.payload.logger, level))
    try {
      smtp.failNext({ code: 451, to: email })
      expect((await subscribeJson({ email, bulletins: true })).status).toBe(202)
      await runMailJobs(cms.payload)
      const { stored, printed } = await traces(logged)
      expect(stored).toContain('Mail notice not sent: SMTP EENVELOPE at RCPT TO, reply 451')
      for (const secret of [email, 'Try again later']) {
        expect(stored).not.toContain(secret)
        expect(printed).not.toContain(secret)
      }
    } finally {
      logged.forEach((spy) => spy.mockRestore())
      // Its retry would come during later tests.
      await sql(cms.databaseUrl, `DELETE FROM payload_jobs WHERE task_slug = 'mailNotice' AND completed_at IS NULL`)
    }
  })
})

describe('the hourly purge of unconfirmed requests', () => {
  it('queues the next purge even when this one fails', async () => {
    await sql(cms.databaseUrl, `DELETE FROM payload_jobs WHERE task_slug = 'purgeUnconfirmed'`)
    const failing = vi.spyOn(cms.payload, 'delete').mockRejectedValueOnce(new Error('database went away'))
    try {
      const run = purgeUnconfirmedTask.handler as (args: unknown) => Promise<unknown>
      await expect(run({ req: { payload: cms.payload } })).rejects.toThrow('database went away')
    } finally {
      failing.mockRestore()
    }
    const { rows } = await sql(cms.databaseUrl, `SELECT wait_until FROM payload_jobs WHERE task_slug = 'purgeUnconfirmed' AND completed_at IS NULL`)
    expect(rows).toHaveLength(1)
    expect(new Date(rows[0].wait_until).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000)
  })
})
