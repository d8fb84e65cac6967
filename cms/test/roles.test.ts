import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendLink, lexicalBody } from './support/lexicalBody'
import { samplePng } from './support/sampleImage'
import { createStaff, restAs, type StaffMember } from './support/staff'
import { startTestCms, type TestCms } from './support/testCms'

let cms: TestCms
let areaId: number
let wardA: number
let wardB: number
let admin: StaffMember
let chief: StaffMember
let editor: StaffMember
let contributor: StaffMember

const article = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  body: lexicalBody(`Nội dung của "${title}".`),
  reformAreas: [areaId],
  ...extra,
})

async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

beforeAll(async () => {
  cms = await startTestCms()
  areaId = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính' } })).id
  wardA = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Kinh Bắc', type: 'ward' } })).id
  wardB = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Võ Cường', type: 'ward' } })).id
  admin = await createStaff(cms, 'admin')
  chief = await createStaff(cms, 'editor-in-chief')
  editor = await createStaff(cms, 'editor')
  contributor = await createStaff(cms, 'contributor', { unit: wardA })
})

afterAll(() => cms.stop())

describe('an editor', () => {
  it('writes drafts but cannot publish, unpublish or delete', async () => {
    const rest = restAs(cms, editor)
    const created = await json(await rest.post('/api/articles', article('Tin của biên tập viên')))
    expect(created.status).toBe(201)
    expect(created.body.doc._status).toBe('draft')

    const publishing = await json(await rest.post('/api/articles', article('Tin tự xuất bản', { _status: 'published' })))
    expect(publishing.status).toBe(403)
    expect(publishing.body.errors[0].message).toContain('Bạn không có quyền xuất bản')

    const live = await cms.payload.create({ collection: 'articles', data: article('Tin đã đăng', { _status: 'published' }) })
    expect((await rest.patch(`/api/articles/${live.id}`, { _status: 'published', title: 'Sửa rồi tự đăng' })).status).toBe(403)
    // Saving over a published article only makes a new draft: the public keeps the published one.
    expect((await rest.patch(`/api/articles/${live.id}`, { title: 'Gỡ xuống bằng cách lưu', _status: 'draft' })).status).toBe(200)
    const stillLive = await cms.payload.findByID({ collection: 'articles', id: live.id })
    expect(stillLive).toMatchObject({ _status: 'published', title: 'Tin đã đăng' })

    expect((await rest.delete(`/api/articles/${live.id}`)).status).toBe(403)
  })

  it('restores an old version only as a draft, and duplicates only as a draft', async () => {
    const live = await cms.payload.create({ collection: 'articles', data: article('Tin có nhiều phiên bản', { _status: 'published' }) })
    await cms.payload.update({ collection: 'articles', id: live.id, data: { title: 'Tin có nhiều phiên bản (sửa)' } })
    const { docs } = await cms.payload.findVersions({ collection: 'articles', where: { parent: { equals: live.id } }, sort: 'createdAt' })
    const first = docs[0]!
    const asEditor = { overrideAccess: false, user: editor.user as never }
    await expect(cms.payload.restoreVersion({ collection: 'articles', id: first.id, ...asEditor })).rejects.toThrow('Bạn chỉ được khôi phục phiên bản dưới dạng bản nháp')
    expect((await restAs(cms, editor).post(`/api/articles/versions/${first.id}?draft=true`, {})).status).toBe(200)
    expect(await cms.payload.findByID({ collection: 'articles', id: live.id })).toMatchObject({
      _status: 'published',
      title: 'Tin có nhiều phiên bản (sửa)',
    })

    const copy = await cms.payload.duplicate({ collection: 'articles', id: live.id, ...asEditor })
    expect(copy._status).toBe('draft')
    expect(copy.slug).not.toBe(live.slug)
  })

  it('is refused the same through the Local API with access enforced', async () => {
    await expect(
      cms.payload.create({
        collection: 'articles',
        data: article('Qua Local API', { _status: 'published' }),
        overrideAccess: false,
        user: editor.user as never,
      }),
    ).rejects.toThrow('Bạn không có quyền xuất bản')
    await expect(
      cms.payload.create({ collection: 'users', data: { email: 'moi@example.gov.vn', password: 'x'.repeat(12) }, overrideAccess: false, user: editor.user as never }),
    ).rejects.toThrow()
  })

  it('cannot give themself another role or create users', async () => {
    const rest = restAs(cms, editor)
    await rest.patch(`/api/users/${editor.id}`, { role: 'admin' })
    expect((await cms.payload.findByID({ collection: 'users', id: editor.id })).role).toBe('editor')
    expect((await rest.post('/api/users', { email: 'a@b.vn', password: 'x'.repeat(12), role: 'admin' })).status).toBe(403)
  })
})

describe('an editor and files', () => {
  it('uploads, but cannot change or delete a file that may be live', async () => {
    const image = await cms.payload.create({ collection: 'media', data: { alt: 'Ảnh đang dùng' }, file: await samplePng() })
    const rest = restAs(cms, editor)
    expect((await rest.patch(`/api/media/${image.id}`, { alt: 'Đổi mô tả' })).status).toBe(403)
    expect((await rest.delete(`/api/media/${image.id}`)).status).toBe(403)
    expect((await restAs(cms, chief).patch(`/api/media/${image.id}`, { alt: 'Đổi mô tả' })).status).toBe(200)
  })

  it('only saves drafts through a bulk update', async () => {
    const live = await cms.payload.create({ collection: 'articles', data: article('Tin cập nhật hàng loạt', { _status: 'published' }) })
    const response = await restAs(cms, editor).patch(`/api/articles?where[id][equals]=${live.id}`, { title: 'Đổi hàng loạt', _status: 'draft' })
    expect(response.status).toBe(200)
    expect(await cms.payload.findByID({ collection: 'articles', id: live.id })).toMatchObject({ _status: 'published', title: 'Tin cập nhật hàng loạt' })
  })
})

describe('settings', () => {
  it('are changed by the administrator only', async () => {
    expect((await restAs(cms, chief).post('/api/globals/settings', { bulletinsPerMonth: 2 })).status).toBe(403)
    expect((await restAs(cms, admin).post('/api/globals/settings', { bulletinsPerMonth: 5 })).status).toBe(200)
    expect((await cms.payload.findGlobal({ slug: 'settings' })).bulletinsPerMonth).toBe(5)
    const logged = await cms.payload.find({ collection: 'audit-log', where: { collectionSlug: { equals: 'settings' } } })
    expect(logged.docs[0]).toMatchObject({ action: 'update', userEmail: admin.email, changedFields: 'bulletinsPerMonth' })
  })
})

describe('a unit contributor', () => {
  it('writes only for their own unit', async () => {
    const rest = restAs(cms, contributor)
    // The admin shows "Create" from these permissions, asked without any data.
    const permissions = await json(await rest.get('/api/access'))
    expect(permissions.body.collections.articles.create).toBe(true)
    const own = await json(await rest.post('/api/articles', article('Tin phường Kinh Bắc', { units: [wardA] })))
    expect(own.status).toBe(201)
    expect((await rest.post('/api/articles', article('Tin phường khác', { units: [wardB] }))).status).toBe(403)
    expect((await rest.post('/api/articles', article('Tin không đơn vị'))).status).toBe(403)

    const other = await cms.payload.create({ collection: 'articles', data: article('Tin Võ Cường', { units: [wardB] }) })
    expect([403, 404]).toContain((await rest.patch(`/api/articles/${other.id}?draft=true`, { title: 'Sửa trộm' })).status)
    expect((await cms.payload.findByID({ collection: 'articles', id: other.id, draft: true })).title).toBe('Tin Võ Cường')

    const moving = await rest.patch(`/api/articles/${own.body.doc.id}?draft=true`, { units: [wardB] })
    expect(moving.status).toBe(403)
    expect((await rest.post('/api/articles', article('Tin tự đăng', { units: [wardA], _status: 'published' }))).status).toBe(403)
    expect((await rest.delete(`/api/articles/${own.body.doc.id}`)).status).toBe(403)
  })

  it("does not see another unit's drafts", async () => {
    const hidden = await cms.payload.create({ collection: 'articles', data: article('Nháp của phường khác', { units: [wardB] }) })
    const list = await json(await restAs(cms, contributor).get('/api/articles?draft=true&limit=200'))
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(hidden.id)
    expect([403, 404]).toContain((await restAs(cms, contributor).get(`/api/articles/${hidden.id}?draft=true`)).status)
  })
})

describe('review', () => {
  it('goes from submitted to returned with a comment the author sees, then to published', async () => {
    const writer = restAs(cms, editor)
    const chiefRest = restAs(cms, chief)
    const draft = await json(await writer.post('/api/articles?draft=true', article('Tin chờ duyệt', { reviewState: 'submitted' })))
    const id = draft.body.doc.id
    expect(draft.body.doc.reviewState).toBe('submitted')
    expect(draft.body.doc.createdBy).toMatchObject({ id: editor.id })

    // Returning is the editor-in-chief's decision, not the author's.
    await writer.patch(`/api/articles/${id}?draft=true`, { reviewState: 'returned' })
    expect((await cms.payload.findByID({ collection: 'articles', id, draft: true })).reviewState).toBe('submitted')

    await chiefRest.patch(`/api/articles/${id}?draft=true`, { reviewState: 'returned', reviewComment: 'Bổ sung số liệu quý III.' })
    const mine = await json(await writer.get(`/api/articles?draft=true&where[createdBy][equals]=${editor.id}&where[reviewState][equals]=returned`))
    expect(mine.body.docs.map((doc: { title: string; reviewComment: string }) => [doc.title, doc.reviewComment])).toEqual([['Tin chờ duyệt', 'Bổ sung số liệu quý III.']])

    await writer.patch(`/api/articles/${id}?draft=true`, { summary: 'Đã bổ sung số liệu.', reviewState: 'submitted' })
    const published = await json(await chiefRest.patch(`/api/articles/${id}`, { _status: 'published' }))
    expect(published.status).toBe(200)
    expect(published.body.doc).toMatchObject({ _status: 'published', reviewState: 'published', summary: 'Đã bổ sung số liệu.' })
  })
})

describe('an anonymous reader', () => {
  it('gets no drafts, versions, users or audit log, through REST or GraphQL', async () => {
    const anonymous = restAs(cms)
    await cms.payload.create({ collection: 'articles', data: article('Bản nháp kín') })
    const list = await json(await anonymous.get('/api/articles?draft=true&limit=100'))
    expect(list.body.docs.map((doc: { title: string }) => doc.title)).not.toContain('Bản nháp kín')
    expect(JSON.stringify(list.body)).not.toMatch(/reviewState|reviewComment|createdBy/)
    for (const path of ['/api/articles/versions', '/api/users', '/api/audit-log']) {
      expect((await anonymous.get(path)).status, path).toBe(403)
    }

    const graphql = async (query: string) =>
      json(await cms.handle(new Request('http://cms.test/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })))
    const articles = await graphql('{ Articles(draft: true, limit: 100) { docs { title _status } } }')
    expect(articles.body.data.Articles.docs.every((doc: { _status: string }) => doc._status === 'published')).toBe(true)
    expect(JSON.stringify(articles.body)).not.toContain('Bản nháp kín')
    for (const query of ['{ Users { docs { email } } }', '{ AuditLogs { docs { action } } }', '{ versionsArticles { docs { id } } }']) {
      const result = await graphql(query)
      expect(result.body.errors?.[0]?.message, query).toBeTruthy()
      expect(JSON.stringify(result.body.data ?? {}), query).not.toContain('@example.gov.vn')
    }
  })
})

describe('the audit log', () => {
  it('records who created, updated, published, unpublished, deleted and logged in', async () => {
    const chiefRest = restAs(cms, chief)
    const created = await json(await chiefRest.post('/api/articles?draft=true', article('Tin để ghi nhật ký')))
    const id = created.body.doc.id
    await chiefRest.patch(`/api/articles/${id}?draft=true`, { title: 'Tin để ghi nhật ký (sửa)' })
    await chiefRest.patch(`/api/articles/${id}`, { _status: 'published' })
    await chiefRest.patch(`/api/articles/${id}`, { _status: 'draft' })
    await chiefRest.delete(`/api/articles/${id}`)

    const { docs } = await cms.payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: String(id) }, collectionSlug: { equals: 'articles' } },
      sort: 'createdAt',
      pagination: false,
    })
    expect(docs.map((entry) => entry.action)).toEqual(['create', 'update', 'publish', 'unpublish', 'delete'])
    expect(docs.every((entry) => entry.userEmail === chief.email)).toBe(true)
    expect(docs[1]!.changedFields).toBe('title')

    const logins = await cms.payload.find({ collection: 'audit-log', where: { action: { equals: 'login' }, userEmail: { equals: editor.email } } })
    expect(logins.totalDocs).toBe(1)
  })

  it('records a user deleting their own account, by e-mail (the account is gone)', async () => {
    const leaving = await createStaff(cms, 'admin')
    const response = await restAs(cms, leaving).delete(`/api/users/${leaving.id}`)
    expect(response.status).toBe(200)
    const { docs } = await cms.payload.find({
      collection: 'audit-log',
      where: { collectionSlug: { equals: 'users' }, action: { equals: 'delete' }, documentId: { equals: String(leaving.id) } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ userEmail: leaving.email })
    expect(docs[0]!.user ?? null).toBeNull()
  })

  it('tells a draft save from an unpublish, and names only the fields that changed', async () => {
    const linked = await cms.payload.create({ collection: 'articles', data: article('Tin được dẫn', { _status: 'published' }) })
    const body = appendLink(lexicalBody('Xem:'), { linkType: 'internal', doc: { relationTo: 'articles', value: linked.id }, newTab: false }, 'tin')
    const live = await cms.payload.create({ collection: 'articles', data: article('Tin có liên kết', { body, units: [wardA], _status: 'published' }) })
    // What the admin sends when an editor saves a draft of a published article.
    await restAs(cms, chief).patch(`/api/articles/${live.id}?draft=true&depth=0`, { summary: 'Tóm tắt mới' })
    const entry = (await cms.payload.find({ collection: 'audit-log', where: { documentId: { equals: String(live.id) } }, sort: '-createdAt', limit: 1 })).docs[0]!
    expect(entry).toMatchObject({ action: 'update', changedFields: 'summary' })
  })

  it('can be read by the editor-in-chief but changed by nobody', async () => {
    expect((await json(await restAs(cms, chief).get('/api/audit-log'))).body.totalDocs).toBeGreaterThan(0)
    expect((await restAs(cms, editor).get('/api/audit-log')).status).toBe(403)
    const entry = (await cms.payload.find({ collection: 'audit-log', limit: 1 })).docs[0]!
    expect((await restAs(cms, admin).patch(`/api/audit-log/${entry.id}`, { action: 'login' })).status).toBe(403)
    expect((await restAs(cms, admin).delete(`/api/audit-log/${entry.id}`)).status).toBe(403)
    expect((await restAs(cms, admin).post('/api/audit-log', { action: 'login', collectionSlug: 'users' })).status).toBe(403)
  })
})

describe('scheduled publishing', () => {
  const input = (doc: { id: number }, member: StaffMember) => ({
    type: 'publish' as const,
    doc: { relationTo: 'articles' as const, value: doc.id },
    user: { relationTo: 'users' as const, value: member.id },
  })

  it('publishes what the editor-in-chief scheduled, and nothing an editor or a demoted scheduler did', async () => {
    const byChief = await cms.payload.create({ collection: 'articles', data: article('Tin hẹn giờ của TBT') })
    const byEditor = await cms.payload.create({ collection: 'articles', data: article('Tin hẹn giờ của BTV') })
    const byFormerChief = await cms.payload.create({ collection: 'articles', data: article('Tin hẹn giờ của TBT cũ') })
    const formerChief = await createStaff(cms, 'editor-in-chief')
    const past = new Date(Date.now() - 60_000)
    // As the admin's schedule action does it: the scheduling user goes into the job's input.
    await cms.payload.jobs.queue({ task: 'schedulePublish', input: input(byChief, chief), waitUntil: past })
    await cms.payload.jobs.queue({ task: 'schedulePublish', input: input(byEditor, editor), waitUntil: past })
    await cms.payload.jobs.queue({ task: 'schedulePublish', input: input(byFormerChief, formerChief), waitUntil: past })
    await cms.payload.update({ collection: 'users', id: formerChief.id, data: { role: 'editor' } })

    await cms.payload.jobs.run({ queue: 'default' })
    expect((await cms.payload.findByID({ collection: 'articles', id: byChief.id }))._status).toBe('published')
    expect((await cms.payload.findByID({ collection: 'articles', id: byEditor.id }))._status).toBe('draft')
    expect((await cms.payload.findByID({ collection: 'articles', id: byFormerChief.id }))._status).toBe('draft')
    // The publish that fired queued the site build that puts it on the public site.
    const { docs: queued } = await cms.payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } } })
    expect(queued.map((build) => build.triggers).join('\n')).toContain('Tin hẹn giờ của TBT”')
  })

  it("cannot be cancelled by an editor through the admin's own cancel action", async () => {
    // The schedule drawer's cancel button calls this server function with the job's id only: a bulk
    // delete of the job with access checks off, so only the jobs collection's beforeDelete hook guards it.
    const { schedulePublishHandler } = await import('@payloadcms/ui/utilities/schedulePublishHandler')
    const doc = await cms.payload.create({ collection: 'articles', data: article('Tin hẹn giờ, hủy từ màn hình quản trị') })
    const job = await cms.payload.jobs.queue({ task: 'schedulePublish', input: input(doc, chief), waitUntil: new Date(Date.now() + 3_600_000) })
    const cancel = async (member: StaffMember) =>
      schedulePublishHandler({ deleteID: job.id, req: await createLocalReq({ user: { ...member.user, collection: 'users' } as never }, cms.payload) } as never)
    const scheduled = () => cms.payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } } }).then((found) => found.totalDocs)

    // The hook runs there too (despite the start-up warning about jobs.runHooks): the schedule stays.
    await cancel(editor)
    expect(await scheduled()).toBe(1)
    await cancel(chief)
    expect(await scheduled()).toBe(0)
  })

  it('cannot be cancelled by an editor', async () => {
    const doc = await cms.payload.create({ collection: 'articles', data: article('Tin hẹn giờ không được hủy') })
    const job = await cms.payload.jobs.queue({ task: 'schedulePublish', input: input(doc, chief), waitUntil: new Date(Date.now() + 3_600_000) })
    // As the admin's cancel action does it: delete the job as the signed-in user.
    await expect(cms.payload.delete({ collection: 'payload-jobs', id: job.id, user: editor.user as never })).rejects.toThrow(
      'Chỉ Tổng biên tập được hẹn giờ hoặc hủy hẹn giờ xuất bản.',
    )
    await cms.payload.delete({ collection: 'payload-jobs', id: job.id, user: chief.user as never })
  })
})

describe('login', () => {
  it('locks an account after five failed attempts', async () => {
    const victim = await createStaff(cms, 'editor')
    const attempt = (password: string) =>
      cms.handle(
        new Request('http://cms.test/api/users/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: victim.email, password }),
        }),
      )
    for (let i = 0; i < 5; i++) expect((await attempt('sai-mat-khau')).status).toBe(401)
    expect((await attempt('mat-khau-thu-nghiem-dai')).status).not.toBe(200)
  })
})
