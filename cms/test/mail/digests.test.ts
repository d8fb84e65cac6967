import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendDigest } from '../../src/mail/digests/sendDigestTask'
import { scheduleDigests } from '../../src/mail/digests/scheduleDigests'
import { lexicalBody } from '../support/lexicalBody'
import { runMailJobs } from '../support/mailJobs'
import { sql } from '../support/testDatabase'
import { startTestCms, type TestCms } from '../support/testCms'
import { startTestSmtp, type TestSmtp } from '../support/testSmtp'

let cms: TestCms
let smtp: TestSmtp
let areaOne: number
let areaTwo: number
let province: number
let commune: number

/** A confirmed subscriber, as the endpoint and the confirm link would leave one. */
async function subscriber(email: string, data: Record<string, unknown>) {
  await cms.payload.create({ collection: 'subscribers', data: { email, status: 'confirmed', confirmedAt: new Date().toISOString(), ...data } as never, overrideAccess: true })
}

/** An article published, recorded as first published at `when` (Vietnam time in the ISO string). */
async function publishedAt(title: string, when: string, extra: Record<string, unknown>) {
  const article = await cms.payload.create({
    collection: 'articles',
    data: { title, summary: `Tóm tắt: ${title}`, body: lexicalBody(title), _status: 'published', ...extra } as never,
  })
  await sql(cms.databaseUrl, `UPDATE published_items SET first_published_at = $1 WHERE item_collection = 'articles' AND item_id = $2`, [new Date(when), article.id])
  return article
}

const digestAt = async (frequency: 'daily' | 'weekly', end: string) => {
  await sendDigest(await createLocalReq({}, cms.payload), frequency, new Date(end))
  await runMailJobs(cms.payload)
}

beforeAll(async () => {
  smtp = await startTestSmtp()
  cms = await startTestCms({ smtpUrl: smtp.url })
  areaOne = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính' } })).id
  areaTwo = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách tài chính công' } })).id
  province = (await cms.payload.create({ collection: 'units', data: { name: 'Tỉnh Bắc Ninh', type: 'province' } })).id
  commune = (await cms.payload.create({ collection: 'units', data: { name: 'Xã Tiên Du', type: 'commune', parent: province } })).id
  await subscriber('hang.ngay@example.vn', { reformAreas: [areaOne], frequency: 'daily' })
  await subscriber('hang.tuan@example.vn', { units: [province], frequency: 'weekly' })
  await subscriber('ngay.lap.tuc@example.vn', { reformAreas: [areaOne], frequency: 'immediate' })
  await subscriber('khong.khop@example.vn', { reformAreas: [areaTwo], frequency: 'daily' })

  await publishedAt('Tin trước kỳ', '2026-12-02T06:59:00+07:00', { reformAreas: [areaOne] })
  await publishedAt('Tin lúc bảy giờ sáng', '2026-12-02T07:00:00+07:00', { reformAreas: [areaOne] })
  await publishedAt('Tin lúc nửa đêm', '2026-12-03T00:00:00+07:00', { reformAreas: [areaOne], units: [commune] })
  const withdrawn = await publishedAt('Tin đã gỡ', '2026-12-02T12:00:00+07:00', { reformAreas: [areaOne] })
  await cms.payload.update({ collection: 'articles', id: withdrawn.id, data: { _status: 'draft' } })
  await publishedAt('Tin sau kỳ', '2026-12-03T07:00:00+07:00', { reformAreas: [areaOne] })
  // The "at once" alerts of these articles are not what this file is about.
  await runMailJobs(cms.payload)
  smtp.clear()
})

afterAll(async () => {
  await cms?.stop()
  await smtp?.stop()
})

describe('the daily digest', () => {
  it('holds what was first published in the 24 hours to 07:00 in Vietnam, still published, for whom it matches', async () => {
    await digestAt('daily', '2026-12-03T07:00:00+07:00')
    const mails = smtp.messages
    expect(mails.map((mail) => mail.to).flat()).toEqual(['hang.ngay@example.vn'])
    const [digest] = mails
    expect(digest!.subject).toContain('02/12/2026')
    expect(digest!.text).toContain('Tin lúc bảy giờ sáng')
    // Midnight in Vietnam is 17:00 UTC the day before: still this digest's day.
    expect(digest!.text).toContain('Tin lúc nửa đêm')
    expect(digest!.text).not.toContain('Tin trước kỳ')
    expect(digest!.text).not.toContain('Tin sau kỳ')
    expect(digest!.text).not.toContain('Tin đã gỡ')
    expect(digest!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
  })

  it('goes once per period, however often its job runs', async () => {
    smtp.clear()
    await digestAt('daily', '2026-12-03T07:00:00+07:00')
    expect(smtp.messages).toHaveLength(0)
  })

  it('is not sent when it would be empty', async () => {
    smtp.clear()
    await digestAt('daily', '2026-11-20T07:00:00+07:00')
    expect(smtp.messages).toHaveLength(0)
    expect(
      (
        await cms.payload.find({
          collection: 'mail-sendings',
          where: { key: { equals: `digest:daily:${new Date('2026-11-20T07:00:00+07:00').toISOString()}` } },
          overrideAccess: true,
        })
      ).docs,
    ).toHaveLength(0)
  })
})

describe('the weekly digest', () => {
  it('goes to unit followers with the news of the communes under the unit, on Monday at 07:00 in Vietnam', async () => {
    smtp.clear()
    await digestAt('weekly', '2026-12-07T07:00:00+07:00')
    const mails = smtp.messages
    expect(mails.map((mail) => mail.to).flat()).toEqual(['hang.tuan@example.vn'])
    expect(mails[0]!.text).toContain('Tin lúc nửa đêm')
    expect(mails[0]!.text).not.toContain('Tin lúc bảy giờ sáng')
  })

  it('has its next job waiting at 07:00 in Vietnam, one per frequency however often it is scheduled', async () => {
    await scheduleDigests(cms.payload, new Date('2026-12-03T10:00:00+07:00'))
    await scheduleDigests(cms.payload, new Date('2026-12-03T10:00:00+07:00'))
    const { docs } = await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendDigest' } }, pagination: false, overrideAccess: true })
    const waiting = docs.filter((job) => !job.completedAt).map((job) => [(job.input as { frequency: string }).frequency, new Date(job.waitUntil!).toISOString()])
    expect(waiting).toEqual(
      expect.arrayContaining([
        ['daily', '2026-12-04T00:00:00.000Z'],
        ['weekly', '2026-12-07T00:00:00.000Z'],
      ]),
    )
    expect(waiting.filter(([frequency]) => frequency === 'daily')).toHaveLength(1)
  })
})
