import { load } from 'cheerio'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { bulletinMailFields, publishersOnly, sendingReportField } from '../../src/mail/bulletins/bulletinMailFields'
import { BulletinDeliveryReport, SendingDeliveryReport } from '../../src/mail/bulletins/DeliveryReport'
import { failedDeliveriesHref, loadDeliveryReport, sendingHref } from '../../src/mail/bulletins/deliveryReport'
import { DeliveryReportTable } from '../../src/mail/bulletins/DeliveryReportTable'
import { restFinder } from '../../src/mail/bulletins/restFinder'
import { SendBulletinField } from '../../src/mail/bulletins/SendBulletinField'
import { askAudience, sendBulletin, type AdminRequest, type BulletinChoice } from '../../src/mail/bulletins/sendBulletinRequests'
import { audienceSummary, confirmText, formatCount, startedText } from '../../src/mail/bulletins/sendBulletinText'
import { deliveryCounts } from '../../src/mail/sending/deliveryStore'
import { markMailingDone, markMailingWaiting, recordMailingCounts } from '../../src/mail/sending/sendingStore'
import { createStaff, restAs, type StaffMember } from '../support/staff'
import { sql } from '../support/testDatabase'
import { startTestCms, type TestCms } from '../support/testCms'

// Payload's admin kit loads stylesheets Node cannot import: its button and modal stand in as plain markup.
vi.mock('@payloadcms/ui', () => ({
  Button: ({ children, disabled }: { children: React.ReactNode; disabled?: boolean }) => React.createElement('button', { type: 'button', disabled }, children),
  ConfirmationModal: () => null,
  useModal: () => ({ openModal: () => undefined }),
}))

let cms: TestCms
let chief: StaffMember
let admin: StaffMember
let editor: StaffMember
let contributor: StaffMember
let leaders: number
let wards: number
let issue: { id: number; number: number; year: number }
let draft: number

/** The panel's own requests, made as a member of staff signed in to the admin. */
const requestAs =
  (member: StaffMember): AdminRequest =>
  (path, init = {}) =>
    cms.handle(new Request(new URL(path, 'http://cms.test'), { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `JWT ${member.token}` } }))

const choice = (lists: number[], extra: Partial<BulletinChoice> = {}): BulletinChoice => ({ lists, subscribers: false, resend: false, ...extra })

/** What Payload hands a ui field's server component, as far as ours read it. */
const fieldProps = (member: StaffMember, id: number | undefined, data: Record<string, unknown> = {}) => ({ payload: cms.payload, req: { user: member.user }, id, data }) as never

const html = (element: React.ReactNode) => renderToStaticMarkup(element as React.ReactElement)

async function list(name: string, members: Array<[string, 'active' | 'unsubscribed']>) {
  const { id } = await cms.payload.create({ collection: 'mailing-lists', data: { name } })
  for (const [email, status] of members) await cms.payload.create({ collection: 'list-members', data: { list: id, name: email, email, status } })
  return id
}

/** What the sender would have done with a sending's deliveries: each address's outcome, then the counts on the sending. */
async function deliver(sending: number, outcomes: Record<string, { status: string; lastError?: string; attempts?: number; nextAttemptAt?: string; unsubscribed?: boolean }>) {
  for (const [address, outcome] of Object.entries(outcomes)) {
    await sql(
      cms.databaseUrl,
      `UPDATE mail_deliveries SET status = $3, last_error = $4, attempts = $5, next_attempt_at = $6, unsubscribed = $7 WHERE sending_id = $1 AND address = $2`,
      [sending, address, outcome.status, outcome.lastError ?? null, outcome.attempts ?? 1, outcome.nextAttemptAt ?? null, outcome.unsubscribed ?? false],
    )
  }
  const lastError = Object.values(outcomes).find((outcome) => outcome.status === 'queued')?.lastError
  await recordMailingCounts(cms.payload, sending, await deliveryCounts(cms.payload, sending), lastError)
}

beforeAll(async () => {
  cms = await startTestCms()
  // One by one: the first account of a CMS becomes its administrator, whatever role it asks for.
  admin = await createStaff(cms, 'admin')
  chief = await createStaff(cms, 'editor-in-chief')
  editor = await createStaff(cms, 'editor')
  const unit = await cms.payload.create({ collection: 'units', data: { name: 'Sở Nội vụ', type: 'department' } as never })
  contributor = await createStaff(cms, 'contributor', { unit: unit.id })
  leaders = await list('Lãnh đạo tỉnh', [
    ['chu.tich@example.vn', 'active'],
    ['pho.chu.tich@example.vn', 'active'],
    ['giam.doc@example.vn', 'active'],
    ['da.nghi@example.vn', 'unsubscribed'],
  ])
  wards = await list('UBND xã, phường', [
    ['phuong.kinh.bac@example.vn', 'active'],
    ['xa.hoa.long@example.vn', 'active'],
  ])
  await cms.payload.create({ collection: 'subscribers', data: { email: 'nguoi.dan@example.vn', status: 'confirmed', bulletins: true, frequency: 'immediate' } })
  const published = await cms.payload.create({ collection: 'bulletins', data: { issueDate: '2026-12-03T03:00:00.000Z', _status: 'published' } as never })
  issue = { id: published.id, number: published.number!, year: published.year! }
  draft = (await cms.payload.create({ collection: 'bulletins', data: { issueDate: '2026-12-10T03:00:00.000Z', _status: 'draft' } as never })).id
})

afterAll(async () => {
  await cms?.stop()
})

describe('what the panel says', () => {
  it('writes numbers the Vietnamese way and asks before sending', () => {
    expect(formatCount(1234)).toBe('1.234')
    expect(confirmText('12/2026', 1234)).toBe('Gửi bản tin số 12/2026 tới 1.234 người? Không thể thu hồi thư đã gửi.')
    expect(startedText(1234)).toContain('tới 1.234 người')
    expect(audienceSummary({ recipients: 1234, alreadyReceived: 5678, alreadySentTo: [] }, false)).toEqual({
      lines: ['Sẽ gửi tới 1.234 người.', '5.678 người đã nhận trước đó sẽ không nhận lại.'],
    })
    // An issue already sent to a chosen list: explained, and offered again only as a resend.
    const again = { recipients: 2, alreadyReceived: 3, alreadySentTo: ['danh sách “Lãnh đạo tỉnh”'] }
    expect(audienceSummary(again, false).blocked).toContain('đã được gửi tới danh sách “Lãnh đạo tỉnh”')
    expect(audienceSummary(again, true)).toEqual({ lines: ['Sẽ gửi tới 2 người.', '3 người đã nhận trước đó sẽ không nhận lại.'] })
    expect(audienceSummary({ recipients: 0, alreadyReceived: 3, alreadySentTo: [] }, true).blocked).toMatch(/^Không có ai để gửi/)
  })
})

describe('who sees the panels', () => {
  it('builds them for the editor-in-chief and administrators only', () => {
    const bulletins = cms.payload.collections.bulletins.config.fields
    for (const field of bulletinMailFields) expect(bulletins).toContainEqual(expect.objectContaining({ name: (field as { name: string }).name, type: 'ui' }))
    expect(cms.payload.collections['mail-sendings'].config.fields).toContainEqual(expect.objectContaining({ name: (sendingReportField as { name: string }).name }))
    const sees = (member: StaffMember) => publishersOnly({}, {}, { user: member.user, blockData: {}, operation: 'update', path: [] } as never)
    expect([chief, admin, editor, contributor].map(sees)).toEqual([true, true, false, false])
  })

  it('renders nothing for an editor, whatever the condition', async () => {
    expect(await SendBulletinField(fieldProps(editor, issue.id))).toBeNull()
    expect(await BulletinDeliveryReport(fieldProps(editor, issue.id))).toBeNull()
    expect(await SendingDeliveryReport(fieldProps(contributor, issue.id))).toBeNull()
  })

  it('offers every list with its members, and says why not for an unsaved or unpublished issue', async () => {
    const panel = html(await SendBulletinField(fieldProps(chief, issue.id, { _status: 'published' })))
    const $ = load(panel)
    expect($('legend').text()).toBe('Gửi tới')
    expect(
      $('label')
        .map((_, label) => $(label).text())
        .get(),
    ).toEqual(['Lãnh đạo tỉnh (3 người)', 'UBND xã, phường (2 người)', 'Người đăng ký nhận bản tin (1 người)', 'Chỉ gửi lại cho người chưa nhận được'])
    expect($(`label[for="${$('input').first().attr('id')}"]`).length).toBe(1)
    expect($('[role=status]').text()).toContain('Hãy chọn ít nhất một danh sách')
    expect($('button').text()).toContain('Gửi bản tin')
    expect(html(await SendBulletinField(fieldProps(chief, issue.id, { _status: 'draft' })))).toContain('sửa đổi còn là bản nháp sẽ không có trong thư')
    expect(html(await SendBulletinField(fieldProps(chief, draft)))).toContain('Chỉ gửi được bản tin đã xuất bản')
    expect(html(await SendBulletinField(fieldProps(admin, undefined)))).toContain('Lưu và xuất bản bản tin trước')
  })
})

describe('the panel and the endpoints', () => {
  it('refuses an editor', async () => {
    expect(await askAudience(requestAs(editor), issue.id, choice([leaders]))).toEqual({ ok: false, message: 'Chỉ Tổng biên tập (hoặc Quản trị) được gửi bản tin.' })
    expect(await sendBulletin(requestAs(editor), issue.id, choice([leaders]))).toEqual({ ok: false, message: 'Chỉ Tổng biên tập (hoặc Quản trị) được gửi bản tin.' })
    expect((await restAs(cms, editor).get(`/api/mail-sendings/bulletin-audience?bulletin=${issue.id}&lists=${leaders}`)).status).toBe(403)
    expect((await restAs(cms, editor).post('/api/mail-sendings/bulletin', { bulletin: issue.id, lists: [leaders] })).status).toBe(403)
    expect(await cms.payload.count({ collection: 'mail-sendings' })).toEqual({ totalDocs: 0 })
  })

  it('counts, sends, explains a second sending to the same list and sends it only as a resend', async () => {
    const asChief = requestAs(chief)
    expect(await askAudience(asChief, draft, choice([leaders]))).toMatchObject({ ok: false, message: expect.stringContaining('đã xuất bản') })
    expect(await askAudience(asChief, issue.id, choice([leaders]))).toEqual({ ok: true, value: { recipients: 3, alreadyReceived: 0, alreadySentTo: [] } })
    expect(await sendBulletin(asChief, issue.id, choice([leaders]))).toEqual({ ok: true, value: startedText(3) })

    const again = await askAudience(asChief, issue.id, choice([leaders, wards]))
    expect(again).toEqual({ ok: true, value: { recipients: 2, alreadyReceived: 3, alreadySentTo: ['danh sách “Lãnh đạo tỉnh”'] } })
    const summary = audienceSummary((again as { value: Parameters<typeof audienceSummary>[0] }).value, false)
    // The panel's explanation is the endpoint's own refusal (409).
    expect(await sendBulletin(asChief, issue.id, choice([leaders, wards]))).toEqual({ ok: false, message: summary.blocked })
    expect((await restAs(cms, chief).post('/api/mail-sendings/bulletin', { bulletin: issue.id, lists: [leaders, wards] })).status).toBe(409)
    expect(await sendBulletin(asChief, issue.id, choice([leaders, wards], { resend: true }))).toEqual({ ok: true, value: startedText(2) })
  })
})

describe('the delivery report', () => {
  let first: number
  let second: number

  beforeAll(async () => {
    const sendings = await cms.payload.find({ collection: 'mail-sendings', where: { bulletin: { equals: issue.id } }, sort: 'createdAt' })
    ;[first, second] = sendings.docs.map((sending) => sending.id) as [number, number]
    await deliver(first, {
      'chu.tich@example.vn': { status: 'sent', unsubscribed: true },
      'pho.chu.tich@example.vn': { status: 'bounced', lastError: '550 5.1.1 Hộp thư không tồn tại' },
      'giam.doc@example.vn': { status: 'uncertain', lastError: 'Gián đoạn khi đang gửi' },
    })
    await markMailingDone(cms.payload, first)
    await deliver(second, {
      'phuong.kinh.bac@example.vn': { status: 'sent' },
      'xa.hoa.long@example.vn': { status: 'queued', lastError: '421 Máy chủ đang bận', nextAttemptAt: '2026-12-03T03:30:00.000Z' },
    })
    await markMailingWaiting(cms.payload, second)
  })

  const cells = (markup: string) => {
    const $ = load(markup)
    return $('tbody tr')
      .map((_, row) => [
        $(row)
          .children()
          .map((__, cell) => $(cell).text())
          .get(),
      ])
      .get() as string[][]
  }

  it('lists every sending of the issue, newest first, with its status and counts', async () => {
    const markup = html(await BulletinDeliveryReport(fieldProps(chief, issue.id)))
    const [waiting, done] = cells(markup)
    expect(waiting!.slice(1)).toEqual([
      chief.email,
      'danh sách “Lãnh đạo tỉnh”, danh sách “UBND xã, phường” (chỉ gửi lại cho người chưa nhận được)',
      'Chờ gửi lại lúc 10:30, 03/12/2026. Máy chủ thư trả lời: 421 Máy chủ đang bận',
      '2',
      '1',
      '0',
      '0',
      '0',
      '0',
    ])
    expect(done!.slice(1, 3)).toEqual([chief.email, 'danh sách “Lãnh đạo tỉnh”'])
    expect(done![3]).toMatch(/^Đã gửi xong lúc \d\d:\d\d, \d\d\/\d\d\/\d{4}Xem 2 thư không gửi được$/)
    expect(done!.slice(4)).toEqual(['3', '1', '0', '1', '1', '1'])
    const $ = load(markup)
    expect($(`a[href="${sendingHref(first)}"]`).length).toBe(1)
    expect($(`a[href="${failedDeliveriesHref(first)}"]`).text()).toBe('Xem 2 thư không gửi được')
    expect($(`a[href="${failedDeliveriesHref(second)}"]`).length).toBe(0)
    expect(markup).toContain('Không rõ: gián đoạn khi đang gửi')
  })

  it('says so when an issue was never sent', async () => {
    expect(html(await BulletinDeliveryReport(fieldProps(admin, draft)))).toContain('Bản tin này chưa được gửi qua thư điện tử.')
  })

  it('shows one sending with the deliveries that did not arrive', async () => {
    const $ = load(html(await SendingDeliveryReport(fieldProps(chief, first))))
    expect($('caption').text()).toBe('Thư không gửi được (2)')
    expect(cells($.html()).slice(1)).toEqual([
      ['pho.chu.tich@example.vn', 'Bị trả lại', '550 5.1.1 Hộp thư không tồn tại', '1'],
      ['giam.doc@example.vn', 'Không rõ (gián đoạn khi đang gửi)', 'Gián đoạn khi đang gửi', '1'],
    ])
    expect($('a[href^="/admin/collections/mail-sendings/"]').length).toBe(0)
  })

  it('links the failed deliveries in the form the admin list view and the API read', async () => {
    const href = failedDeliveriesHref(first)
    expect(href).toBe(
      `/admin/collections/mail-deliveries?where[or][0][and][0][sending][equals]=${first}&where[or][0][and][1][status][in][0]=failed&where[or][0][and][1][status][in][1]=bounced&where[or][0][and][1][status][in][2]=uncertain`,
    )
    const listed = (await (await restAs(cms, chief).get(href.replace('/admin/collections/', '/api/'))).json()) as { docs: Array<{ address: string }> }
    expect(listed.docs.map((doc) => doc.address).sort()).toEqual(['giam.doc@example.vn', 'pho.chu.tich@example.vn'])
  })

  it('reads the same report over REST while polling, and refuses it to an editor', async () => {
    for (const scope of [
      { by: 'bulletin', id: issue.id },
      { by: 'sending', id: first },
    ] as const) {
      const polled = await loadDeliveryReport(
        restFinder((path) => restAs(cms, chief).get(path)),
        scope,
      )
      const rendered = html(await (scope.by === 'bulletin' ? BulletinDeliveryReport : SendingDeliveryReport)(fieldProps(chief, scope.id)))
      expect(html(React.createElement(DeliveryReportTable, { report: polled, scope }))).toBe(rendered)
    }
    await expect(
      loadDeliveryReport(
        restFinder((path) => restAs(cms, editor).get(path)),
        { by: 'bulletin', id: issue.id },
      ),
    ).rejects.toThrow(/403/)
  })
})
