import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FEEDBACK_API } from '@reform/shared'
import { FeedbackDue } from '../src/feedback/FeedbackDue'
import { formStartToken, MIN_FILL_MS } from '../src/publicEndpoints/formStartToken'
import { PUBLIC_RATE_LIMITS } from '../src/publicEndpoints/rateLimits'
import { RATE_LIMIT_TABLE } from '../src/publicEndpoints/postgresLimiters'
import { lexicalBody } from './support/lexicalBody'
import { createStaff, restAs, type StaffMember } from './support/staff'
import { startTestCms, type TestCms } from './support/testCms'

const SITE = 'http://localhost:4321'

let cms: TestCms
let areaId: number
let wardA: number
let wardB: number
let mergedWard: number
let admin: StaffMember
let chief: StaffMember
let editor: StaffMember
let contributorA: StaffMember
let contributorB: StaffMember
let clientNumber = 0

/** Every request from an address of its own unless told otherwise: rate limits are per address. */
const nextClient = () => `198.51.100.${++clientNumber}`
const aged = () => formStartToken(cms.payload.secret, 'feedback-form-start', Date.now() - MIN_FILL_MS - 1000)

const submission = (extra: Record<string, unknown> = {}) => ({
  name: 'Nguyễn Thị Hoà',
  email: 'hoa.nguyen@example.vn',
  phone: '0912 345 678',
  unit: wardA,
  reformArea: areaId,
  subject: 'Thủ tục cấp phép xây dựng còn chậm',
  message: 'Hồ sơ cấp phép xây dựng của gia đình tôi nộp từ tháng trước mà chưa có kết quả.',
  consentToPublish: true,
  startToken: aged(),
  ...extra,
})

type Post = { body: BodyInit; type?: string; client?: string; origin?: string | null; accept?: string }

function post({ body, type = 'application/json', client = nextClient(), origin = SITE, accept }: Post): Promise<Response> {
  const headers: Record<string, string> = { 'x-real-ip': client }
  if (type) headers['content-type'] = type
  if (origin) headers.origin = origin
  if (accept) headers.accept = accept
  return cms.handle(new Request(`http://cms.test${FEEDBACK_API.submit}`, { method: 'POST', headers, body }))
}

const postJson = (data: unknown, options: Omit<Post, 'body'> = {}) => post({ body: JSON.stringify(data), accept: 'application/json', ...options })
const postForm = (data: Record<string, string>, options: Omit<Post, 'body'> = {}) =>
  post({ body: new URLSearchParams(data).toString(), type: 'application/x-www-form-urlencoded', ...options })

const storedCount = async () => (await cms.payload.count({ collection: 'feedback' })).totalDocs
/** What the queued site builds were queued for (a waiting build takes further reasons in). */
const buildTriggers = async () => (await cms.payload.find({ collection: 'site-builds', limit: 0, pagination: false })).docs.map((build) => build.triggers).join('\n')

async function submit(extra: Record<string, unknown> = {}) {
  const response = await postJson(submission(extra))
  expect(response.status).toBe(201)
  const { trackingCode } = (await response.json()) as { trackingCode: string }
  const { docs } = await cms.payload.find({ collection: 'feedback', where: { trackingCode: { equals: trackingCode } } })
  return docs[0]!
}

const status = (code: string, accept = 'application/json') =>
  cms.handle(new Request(`http://cms.test${FEEDBACK_API.status}?ma=${encodeURIComponent(code)}`, { headers: { accept, 'x-real-ip': nextClient() } }))

beforeAll(async () => {
  cms = await startTestCms()
  areaId = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính' } })).id
  wardA = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Kinh Bắc', type: 'ward' } })).id
  wardB = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Võ Cường', type: 'ward' } })).id
  mergedWard = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Cũ', type: 'ward', dissolvedAt: '2025-07-01T00:00:00.000Z', mergedInto: wardA } })).id
  admin = await createStaff(cms, 'admin')
  chief = await createStaff(cms, 'editor-in-chief')
  editor = await createStaff(cms, 'editor')
  contributorA = await createStaff(cms, 'contributor', { unit: wardA })
  contributorB = await createStaff(cms, 'contributor', { unit: wardB })
})

afterAll(() => cms.stop())

describe('a submission', () => {
  it('is stored with a tracking code and a due date from the handling period, and queues no build', async () => {
    const before = Date.now()
    const item = await submit()
    expect(item.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/)
    expect(item).toMatchObject({ status: 'received', name: 'Nguyễn Thị Hoà', publicTitle: 'Thủ tục cấp phép xây dựng còn chậm', consentToPublish: true })
    const days = (new Date(item.dueDate!).getTime() - before) / 86_400_000
    expect(days).toBeGreaterThan(14.99)
    expect(days).toBeLessThan(15.01)
    // A private item changes nothing public.
    expect(await buildTriggers()).not.toContain(`#${item.id}”`)
  })

  it('sent twice from one form (a double click, a page sent again) is stored once, with one code', async () => {
    const count = await storedCount()
    const once = submission()
    const first = await postJson(once)
    const again = await postJson(once)
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(((await again.json()) as { trackingCode: string }).trackingCode).toBe(((await first.json()) as { trackingCode: string }).trackingCode)
    expect(await storedCount()).toBe(count + 1)
    // Both at the same moment: the unique key stops the second, which gets the first's code.
    const raced = submission()
    const answers = await Promise.all([postJson(raced), postJson(raced)])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201])
    const codes = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { trackingCode: string }).trackingCode))
    expect(codes[0]).toBe(codes[1])
    expect(await storedCount()).toBe(count + 2)
  })

  it("lets the site's pages read the answer across origins, and no other site", async () => {
    const fromSite = await postJson(submission())
    expect(fromSite.status).toBe(201)
    expect(fromSite.headers.get('access-control-allow-origin')).toBe(SITE)
    const fromElsewhere = await postJson(submission(), { origin: 'https://evil.example' })
    expect(fromElsewhere.status).toBe(403)
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('takes the handling period from the settings', async () => {
    await cms.payload.updateGlobal({ slug: 'settings', data: { feedbackHandlingDays: 5 } })
    const item = await submit()
    expect((new Date(item.dueDate!).getTime() - Date.now()) / 86_400_000).toBeCloseTo(5, 1)
    await cms.payload.updateGlobal({ slug: 'settings', data: { feedbackHandlingDays: 15 } })
  })

  it('in NFD (decomposed) Vietnamese is stored as NFC', async () => {
    const item = await submit({ name: 'Trần Văn Đức'.normalize('NFD'), subject: 'Đề nghị rút gọn hồ sơ'.normalize('NFD') })
    expect(item.name).toBe('Trần Văn Đức')
    expect(item.subject).toBe('Đề nghị rút gọn hồ sơ')
  })

  it('posted as a plain form is confirmed once, then stored, and the citizen gets a page with the code', async () => {
    const fields = {
      name: 'Lê Minh Tâm',
      unit: String(wardA),
      reformArea: String(areaId),
      subject: 'Góp ý giờ làm việc',
      message: 'Đề nghị mở cửa bộ phận một cửa vào sáng thứ Bảy.',
      consentToPublish: 'on',
    }
    const count = await storedCount()
    const first = await postForm(fields, { client: '203.0.113.9' })
    expect(first.status).toBe(200)
    const page = await first.text()
    expect(page).toContain('Xác nhận gửi góp ý')
    expect(await storedCount()).toBe(count)
    const token = page.match(/name="startToken" value="([^"]+)"/)![1]!
    await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 100))
    const second = await postForm({ ...fields, startToken: token }, { client: '203.0.113.9' })
    expect(second.status).toBe(201)
    expect(second.headers.get('content-type')).toContain('text/html')
    const code = (await second.text()).match(/class="code">([^<]+)</)![1]!
    expect(await storedCount()).toBe(count + 1)
    expect(((await (await status(code)).json()) as { status: string }).status).toBe('received')
  })
})

describe('a malformed submission', () => {
  const cases: Array<[string, () => Promise<Response>, number, RegExp]> = [
    ['with no fields', () => postJson({ startToken: aged() }), 400, /Hãy nhập họ và tên/],
    ['without a message', () => postJson(submission({ message: undefined })), 400, /Hãy nhập nội dung/],
    ['with wrong types', () => postJson(submission({ name: 123, unit: { id: 1 }, consentToPublish: 'maybe', message: ['a'] })), 400, /Họ và tên phải là chữ/],
    ['with a 1 MB message', () => postJson(submission({ message: 'Góp ý rất dài. '.repeat(70_000) })), 413, /quá lớn/],
    ['with a message just over the limit', () => postJson(submission({ message: 'x'.repeat(5001) })), 400, /dài quá 5000 ký tự/],
    ['with a script in the message', () => postJson(submission({ message: 'Xin chào <script>alert(1)</script> cán bộ phường' })), 400, /mã HTML/],
    ['with HTML in the name', () => postJson(submission({ name: '<b>Hoà</b>' })), 400, /mã HTML/],
    ['with a bad e-mail address', () => postJson(submission({ email: 'hoa@' })), 400, /thư điện tử không đúng dạng/],
    ['with an unknown unit', () => postJson(submission({ unit: 999_999 })), 400, /Đơn vị liên quan không có/],
    ["with a unit id beyond the database's integers", () => postJson(submission({ unit: 2_147_483_648, reformArea: 2 ** 40 })), 400, /Đơn vị liên quan không hợp lệ/],
    ['with a unit merged away', () => postJson(submission({ unit: mergedWard })), 400, /đã sáp nhập.*Phường Kinh Bắc/],
    ['with an unknown reform area', () => postJson(submission({ reformArea: 999_999 })), 400, /Lĩnh vực cải cách không có/],
    ['as plain text', () => post({ body: 'name=x', type: 'text/plain' }), 415, /không được hỗ trợ/],
    ['as multipart', () => post({ body: new FormData(), type: 'multipart/form-data; boundary=x' }), 415, /không được hỗ trợ/],
    ['with no content type', () => post({ body: '{}', type: '' }), 415, /không được hỗ trợ/],
    ['as broken JSON', () => post({ body: '{"name": "Hoà", ', accept: 'application/json' }), 400, /lỗi cú pháp/],
    ['as a JSON array', () => post({ body: '[1, 2]', accept: 'application/json' }), 400, /đối tượng/],
    [
      'as JSON named in capitals, with odd extra keys and no start time',
      () => post({ body: JSON.stringify({ ...submission({ startToken: undefined }), x: { toString: 1 } }), type: 'Application/JSON; charset=UTF-8' }),
      400,
      /hết hạn hoặc không hợp lệ/,
    ],
    ['as bytes that are not UTF-8', () => post({ body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), accept: 'application/json' }), 400, /UTF-8/],
    ['with the hidden bot field filled', () => postJson(submission({ website: 'http://spam.example' })), 400, /ô ẩn/],
    ['with a forged start time', () => postJson(submission({ startToken: `${Date.now() - 60_000}.forged` })), 400, /hết hạn hoặc không hợp lệ/],
    ['sent at once', () => postJson(submission({ startToken: formStartToken(cms.payload.secret, 'feedback-form-start') })), 400, /nhanh quá/],
    ['from another site', () => postJson(submission(), { origin: 'https://evil.example' }), 403, /chỉ gửi được từ trang/],
  ]

  it.each(cases)('%s is refused with a clear message, and nothing is stored', async (_, send, expected, message) => {
    const count = await storedCount()
    const response = await send()
    expect(response.status).toBe(expected)
    expect(await response.text()).toMatch(message)
    expect(await storedCount()).toBe(count)
  })

  it('posted as a plain form gets a page naming every problem and showing what was typed', async () => {
    const message = 'Nội dung của tôi <em>đậm</em> phải được giữ lại.'
    const response = await postForm({ name: '', unit: '', reformArea: String(areaId), subject: 'Một góp ý', message })
    expect(response.status).toBe(400)
    const page = await response.text()
    expect(page).toContain('Hãy nhập họ và tên.')
    expect(page).toContain('Hãy chọn đơn vị liên quan.')
    expect(page).toContain('Nội dung không được chứa mã HTML')
    expect(page).toContain('&lt;em&gt;đậm&lt;/em&gt;')
    expect(page).not.toContain('<em>')
  })

  it("posted as a plain form without a start time is confirmed with the form's own fields only", async () => {
    const response = await postForm({
      name: 'Lê Minh Tâm',
      unit: String(wardA),
      reformArea: String(areaId),
      subject: 'Góp ý giờ làm việc',
      message: 'Đề nghị mở cửa vào sáng thứ Bảy.',
      injected: 'lạ',
    })
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain('name="subject" value="Góp ý giờ làm việc"')
    expect(page).not.toContain('injected')
  })

  it('NUL and control characters are dropped, not stored', async () => {
    const item = await submit({ subject: 'Tiêu đề\u0000 có ký tự lạ\u0007' })
    expect(item.subject).toBe('Tiêu đề có ký tự lạ')
  })
})

describe('the rate limit', () => {
  it('answers a flood from one client 429 while another client still gets through, and keeps its count in PostgreSQL', async () => {
    const flooder = '192.0.2.66'
    const statuses: number[] = []
    for (let i = 0; i < PUBLIC_RATE_LIMITS['feedback-submit'].points + 3; i++)
      statuses.push((await postJson(submission({ subject: `Góp ý số ${i + 1} giống nhau` }), { client: flooder })).status)
    expect(statuses.slice(0, PUBLIC_RATE_LIMITS['feedback-submit'].points).every((code) => code === 201)).toBe(true)
    expect(statuses.slice(PUBLIC_RATE_LIMITS['feedback-submit'].points)).toEqual([429, 429, 429])
    const refused = await postJson(submission(), { client: flooder })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await refused.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/thử lại sau \d+ phút/)
    expect((await postJson(submission(), { client: '192.0.2.67' })).status).toBe(201)
    // The count is in the database, so a restarted CMS goes on counting from it.
    const { rows } = await (cms.payload.db as unknown as { pool: import('pg').Pool }).pool.query(`SELECT points FROM ${RATE_LIMIT_TABLE} WHERE key = $1`, [
      `feedback-submit:${flooder}`,
    ])
    expect(rows[0].points).toBeGreaterThan(PUBLIC_RATE_LIMITS['feedback-submit'].points)
  })
})

describe('handling feedback in the admin', () => {
  it("lets a unit contributor see only their own unit's items", async () => {
    const ofA = await submit({ unit: wardA })
    const ofB = await submit({ unit: wardB })
    const seen = async (member: StaffMember) =>
      ((await (await restAs(cms, member).get('/api/feedback?limit=100&depth=0')).json()) as { docs: Array<{ id: number }> }).docs.map((doc) => doc.id)
    expect(await seen(contributorA)).toContain(ofA.id)
    expect(await seen(contributorA)).not.toContain(ofB.id)
    expect(await seen(contributorB)).toContain(ofB.id)
    expect(await seen(contributorB)).not.toContain(ofA.id)
    expect((await restAs(cms, contributorB).patch(`/api/feedback/${ofA.id}`, { internalNotes: 'x' })).status).toBe(403)
    // Assigning an item to a unit puts it in that unit's list.
    expect((await restAs(cms, editor).patch(`/api/feedback/${ofA.id}`, { assignedUnit: wardB })).status).toBe(200)
    expect(await seen(contributorB)).toContain(ofA.id)
  })

  it("lets a contributor answer in their own unit's name, but not refile the item or date it", async () => {
    const item = await submit({ unit: wardA })
    const asContributor = restAs(cms, contributorA)
    await asContributor.patch(`/api/feedback/${item.id}`, { unit: wardB, assignedUnit: wardB, dueDate: '2030-01-01T00:00:00.000Z', answeredAt: '2020-01-01T00:00:00.000Z' })
    const after = await cms.payload.findByID({ collection: 'feedback', id: item.id, depth: 0 })
    expect(after).toMatchObject({ unit: wardA, assignedUnit: null, dueDate: item.dueDate, answeredAt: null })
    const otherUnit = await asContributor.patch(`/api/feedback/${item.id}`, { status: 'answered', answer: lexicalBody('Trả lời.'), answeringUnit: wardB })
    expect(otherUnit.status).toBe(400)
    expect(JSON.stringify(await otherUnit.json())).toContain('chỉ trả lời với tư cách đơn vị của mình')
    expect((await asContributor.patch(`/api/feedback/${item.id}`, { status: 'answered', answer: lexicalBody('Trả lời.'), answeringUnit: wardA })).status).toBe(200)
  })

  it('shows personal data to those who handle feedback, not to the system administrator', async () => {
    const item = await submit()
    for (const member of [chief, editor, contributorA]) {
      const doc = (await (await restAs(cms, member).get(`/api/feedback/${item.id}`)).json()) as Record<string, unknown>
      expect(doc).toMatchObject({ name: 'Nguyễn Thị Hoà', email: 'hoa.nguyen@example.vn', phone: '0912 345 678' })
    }
    const seenByAdmin = (await (await restAs(cms, admin).get(`/api/feedback/${item.id}`)).json()) as Record<string, unknown>
    expect(seenByAdmin.status).toBe('received')
    // Nor the public title and question, which start as the citizen's words, until they are approved.
    for (const field of ['name', 'email', 'phone', 'subject', 'message', 'publicTitle', 'publicQuestion']) expect(seenByAdmin).not.toHaveProperty(field)
  })

  it("keeps the citizen's own words unchanged, and nobody creates items over the API", async () => {
    const item = await submit()
    await restAs(cms, chief).patch(`/api/feedback/${item.id}`, { message: 'Đã sửa', name: 'Người khác' })
    const after = await cms.payload.findByID({ collection: 'feedback', id: item.id })
    expect(after.message).toBe(item.message)
    expect(after.name).toBe(item.name)
    const created = await restAs(cms, chief).post('/api/feedback', { ...submission(), startToken: undefined })
    expect(created.status).toBe(400)
  })

  it('needs an answer and its unit before "answered", and consent before publication; publishing queues a build', async () => {
    const item = await submit({ consentToPublish: false })
    const asEditor = restAs(cms, editor)
    const noAnswer = await asEditor.patch(`/api/feedback/${item.id}`, { status: 'answered' })
    expect(noAnswer.status).toBe(400)
    expect(JSON.stringify(await noAnswer.json())).toContain('Hãy viết nội dung trả lời')
    const answered = await asEditor.patch(`/api/feedback/${item.id}`, { status: 'answered', answer: lexicalBody('Phường đã cấp phép ngày 10/11.'), answeringUnit: wardA })
    expect(answered.status).toBe(200)
    // Editors cannot approve publication; the editor-in-chief cannot without the citizen's consent.
    await asEditor.patch(`/api/feedback/${item.id}`, { publishAnswer: true })
    expect((await cms.payload.findByID({ collection: 'feedback', id: item.id })).publishAnswer).toBe(false)
    const withoutConsent = await restAs(cms, chief).patch(`/api/feedback/${item.id}`, { publishAnswer: true })
    expect(withoutConsent.status).toBe(400)
    expect(JSON.stringify(await withoutConsent.json())).toContain('không đồng ý công khai')

    const consenting = await submit()
    await asEditor.patch(`/api/feedback/${consenting.id}`, { status: 'answered', answer: lexicalBody('Đã giải quyết.'), answeringUnit: wardA })
    expect(await buildTriggers()).not.toContain(`#${consenting.id}”`)
    // Only the editor-in-chief approves, not the system administrator.
    await restAs(cms, admin).patch(`/api/feedback/${consenting.id}`, { publishAnswer: true })
    expect((await cms.payload.findByID({ collection: 'feedback', id: consenting.id })).publishAnswer).toBe(false)
    expect((await restAs(cms, chief).patch(`/api/feedback/${consenting.id}`, { publishAnswer: true })).status).toBe(200)
    // Build reasons are read by all staff: they name the item by number, not by its code.
    expect(await buildTriggers()).toContain(`#${consenting.id}”`)
    expect(await buildTriggers()).not.toContain(consenting.trackingCode)

    // An edit by anyone but the editor-in-chief takes the answer off the site until approved again.
    await asEditor.patch(`/api/feedback/${consenting.id}`, { publicQuestion: 'Nguyễn Thị Hoà, 0912 345 678, hỏi về giấy phép.' })
    expect((await cms.payload.findByID({ collection: 'feedback', id: consenting.id })).publishAnswer).toBe(false)
    const listed = (await (await cms.get('/api/feedback?limit=100')).json()) as { docs: Array<{ id: number }> }
    expect(listed.docs.map((doc) => doc.id)).not.toContain(consenting.id)
  })
})

describe('the dashboard panel of open feedback', () => {
  it('lists the open items a handler may see, nearest due date first, overdue ones marked', async () => {
    const ofA = await submit({ unit: wardA })
    const overdue = await submit({ unit: wardB, subject: 'Góp ý đã quá hạn xử lý' })
    await cms.payload.update({ collection: 'feedback', id: overdue.id, data: { dueDate: '2026-01-05T03:00:00.000Z' } })
    const panel = async (member: StaffMember) => renderToStaticMarkup((await FeedbackDue({ payload: cms.payload, user: member.user as never }))!)
    const forB = await panel(contributorB)
    expect(forB.indexOf(overdue.trackingCode!)).toBeGreaterThan(-1)
    expect(forB).toContain('quá hạn từ 05/01/2026')
    expect(forB).not.toContain(ofA.trackingCode)
    // For the editor, the overdue item comes first.
    const forEditor = await panel(editor)
    expect(forEditor.indexOf(overdue.trackingCode!)).toBeLessThan(forEditor.indexOf('hạn '))
    expect(await FeedbackDue({ payload: cms.payload, user: null })).toBeNull()
    expect(await FeedbackDue({ payload: cms.payload, user: admin.user as never })).toBeNull()
  })
})

describe('the status lookup', () => {
  it('tells the holder of a code where it stands, and the answer once answered', async () => {
    const item = await submit()
    const received = (await (await status(item.trackingCode!.toLowerCase().replace('-', ' '))).json()) as Record<string, unknown>
    expect(received).toMatchObject({ trackingCode: item.trackingCode, status: 'received', statusLabel: 'Đã tiếp nhận', answerHtml: null })
    expect(JSON.stringify(received)).not.toContain('Nguyễn Thị Hoà')
    await restAs(cms, editor).patch(`/api/feedback/${item.id}`, { status: 'answered', answer: lexicalBody('Hồ sơ đã được giải quyết.'), answeringUnit: wardA })
    const answered = (await (await status(item.trackingCode!)).json()) as Record<string, unknown>
    expect(answered).toMatchObject({ status: 'answered', statusLabel: 'Đã trả lời', answeringUnit: 'Phường Kinh Bắc' })
    expect(answered.answerHtml).toContain('Hồ sơ đã được giải quyết.')
    // The site's lookup shows what the CMS's own page shows.
    expect(answered.html).toContain('Trả lời của Phường Kinh Bắc')
    const page = await (await status(item.trackingCode!, 'text/html')).text()
    expect(page).toContain('Đã trả lời')
    expect(page).toContain('Hồ sơ đã được giải quyết.')
  })

  it('refuses what is not a code, and says so when no item has it', async () => {
    expect((await status('abc')).status).toBe(400)
    expect((await status('')).status).toBe(400)
    const unknown = await status('22222-22222')
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain('Không tìm thấy góp ý có mã 22222-22222')
  })
})

describe('anonymous readers', () => {
  let published: { id: number; trackingCode: string }
  let unpublished: { id: number }

  beforeAll(async () => {
    const item = await submit({ name: 'Phạm Riêng Tư', email: 'rieng.tu@example.vn', phone: '0987 654 321' })
    await restAs(cms, editor).patch(`/api/feedback/${item.id}`, {
      status: 'answered',
      answer: lexicalBody('Câu trả lời công khai.'),
      answeringUnit: wardA,
      internalNotes: 'Ghi chú nội bộ bí mật',
    })
    await restAs(cms, chief).patch(`/api/feedback/${item.id}`, { publishAnswer: true })
    published = { id: item.id, trackingCode: item.trackingCode! }
    unpublished = await submit({ name: 'Võ Chưa Duyệt', email: 'chua.duyet@example.vn' })
  })

  const PERSONAL = ['Phạm Riêng Tư', 'rieng.tu@example.vn', '0987 654 321', 'Võ Chưa Duyệt', 'chua.duyet@example.vn', 'Ghi chú nội bộ bí mật']

  it('get published answers only over REST, without personal data, the code or internal notes', async () => {
    const response = await cms.get('/api/feedback?limit=100&depth=1')
    const text = await response.text()
    const { docs } = JSON.parse(text) as { docs: Array<Record<string, unknown>> }
    expect(docs.map((doc) => doc.id)).toContain(published.id)
    expect(docs.map((doc) => doc.id)).not.toContain(unpublished.id)
    for (const doc of docs) expect(doc).toMatchObject({ status: 'answered', publishAnswer: true })
    for (const secret of [...PERSONAL, published.trackingCode]) expect(text).not.toContain(secret)
    for (const field of ['name', 'email', 'phone', 'subject', 'message', 'trackingCode', 'internalNotes', 'assignedUnit', 'dueDate', 'answer', 'consentToPublish']) {
      for (const doc of docs) expect(doc).not.toHaveProperty(field)
    }
    const answer = docs.find((doc) => doc.id === published.id)!
    expect(answer.publicTitle).toBe('Thủ tục cấp phép xây dựng còn chậm')
    expect(answer.answerHtml).toContain('Câu trả lời công khai.')
    expect((await cms.get(`/api/feedback/${unpublished.id}`)).status).toBeGreaterThanOrEqual(400)
  })

  it('cannot find items by their personal data', async () => {
    for (const query of [
      'where[email][equals]=rieng.tu@example.vn',
      'where[name][like]=Riêng',
      'where[trackingCode][equals]=' + published.trackingCode,
      'where[internalNotes][like]=bí mật',
    ]) {
      const response = await cms.get(`/api/feedback?${query}`)
      const body = (await response.json()) as { docs?: unknown[] }
      expect(response.status === 403 || response.status === 400 || body.docs?.length === 0, query).toBe(true)
    }
  })

  it('get no personal data over GraphQL', async () => {
    const response = await cms.handle(
      new Request('http://cms.test/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Feedbacks(limit: 100) { docs { id publicTitle name email phone subject message trackingCode internalNotes } } }' }),
      }),
    )
    const text = await response.text()
    expect(text).toContain('Thủ tục cấp phép xây dựng còn chậm')
    for (const secret of [...PERSONAL, published.trackingCode]) expect(text).not.toContain(secret)
  })

  it('cannot create, change or delete feedback', async () => {
    const count = await storedCount()
    const mutation = await cms.handle(
      new Request('http://cms.test/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { createFeedback(data: { name: "Bot", subject: "Spam", message: "Spam spam spam", publicTitle: "Spam", publicQuestion: "Spam", status: received, kind: proposal, unit: ${wardA}, reformArea: ${areaId} }) { id } }`,
        }),
      }),
    )
    expect(JSON.stringify(await mutation.json())).toMatch(/not allowed|Forbidden/i)
    expect(await storedCount()).toBe(count)
    const anonymous = restAs(cms)
    expect((await anonymous.patch(`/api/feedback/${published.id}`, { publicTitle: 'Bị sửa' })).status).toBe(403)
    expect((await anonymous.delete(`/api/feedback/${published.id}`)).status).toBe(403)
    expect((await cms.payload.findByID({ collection: 'feedback', id: published.id })).publicTitle).not.toBe('Bị sửa')
  })
})

describe('the feedback migration', () => {
  it('can be rolled back and applied again', async () => {
    const feedback = await import('../src/migrations/20261121_103159_feedback')
    const formKey = await import('../src/migrations/20261121_111238_feedback_form_key')
    // A later migration adds the list search's column to feedback: it goes first and comes back last.
    const searchText = await import('../src/migrations/20261203_202643_admin_search_authors')
    const args = { db: (cms.payload.db as unknown as { drizzle: never }).drizzle, payload: cms.payload, req: {} as never }
    await searchText.down(args)
    await formKey.down(args)
    await feedback.down(args)
    const { rows } = await (cms.payload.db as unknown as { pool: import('pg').Pool }).pool.query(
      `SELECT to_regclass('feedback') AS feedback, to_regclass('${RATE_LIMIT_TABLE}') AS limits`,
    )
    expect(rows[0]).toEqual({ feedback: null, limits: null })
    await feedback.up(args)
    await formKey.up(args)
    await searchText.up(args)
    expect(await storedCount()).toBe(0)
    expect(await submit()).toMatchObject({ status: 'received' })
  })
})
