import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './support/testCms'
import { lexicalBody } from './support/lexicalBody'
import { createStaff, restAs } from './support/staff'

let cms: TestCms
let areaId: number

beforeAll(async () => {
  cms = await startTestCms()
  const area = await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính' } })
  areaId = area.id
})

async function anonymousList(query = '') {
  const response = await cms.get(`/api/articles${query}`)
  expect(response.status).toBe(200)
  return (await response.json()) as { docs: Array<{ id: number; title: string; _status?: string }> }
}

afterAll(() => cms.stop())

describe('anonymous REST reads of articles', () => {
  it('never shows a draft, and shows it once published', async () => {
    const draft = await cms.payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Bản nháp chưa duyệt về một cửa', body: lexicalBody('Nội dung nháp.'), reformAreas: [areaId], _status: 'draft' },
    })
    expect((await anonymousList()).docs.map((doc) => doc.id)).not.toContain(draft.id)
    expect((await anonymousList('?draft=true')).docs.map((doc) => doc.id)).not.toContain(draft.id)
    expect((await cms.get(`/api/articles/${draft.id}`)).status).toBe(404)

    await cms.payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    const published = (await anonymousList()).docs.find((doc) => doc.id === draft.id)
    expect(published?.title).toBe('Bản nháp chưa duyệt về một cửa')
  })

  it('keeps serving the published version while an unpublished edit waits', async () => {
    const article = await cms.payload.create({
      collection: 'articles',
      data: { title: 'Tiếp nhận hồ sơ trực tuyến', body: lexicalBody('Bản đã đăng.'), reformAreas: [areaId], _status: 'published' },
    })
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: 'Tiêu đề sửa chưa duyệt', body: lexicalBody('Bản sửa chưa duyệt.'), _status: 'draft' },
    })
    for (const query of ['', '?draft=true']) {
      const text = JSON.stringify(await anonymousList(query))
      expect(text).not.toContain('Tiêu đề sửa chưa duyệt')
      expect(text).not.toContain('Bản sửa chưa duyệt')
    }
    const single = await cms.get(`/api/articles/${article.id}?draft=true`)
    expect(JSON.stringify(await single.json())).not.toContain('chưa duyệt')
  })

  it('gives an anonymous reader the HTML of an article, not its staff-only Lexical body', async () => {
    const article = await cms.payload.create({
      collection: 'articles',
      data: { title: 'Chuyển đổi số cấp xã', body: lexicalBody('Nội dung công khai.'), reformAreas: [areaId], _status: 'published' },
    })
    const anonymous = (await (await cms.get(`/api/articles/${article.id}`)).json()) as Record<string, unknown>
    expect(anonymous).not.toHaveProperty('body')
    expect(anonymous.bodyHtml).toContain('Nội dung công khai.')
    const listed = (await anonymousList('?limit=100')).docs.find((doc) => doc.id === article.id)
    expect(listed).not.toHaveProperty('body')
    const editor = await createStaff(cms, 'editor')
    const asEditor = (await (await restAs(cms, editor).get(`/api/articles/${article.id}`)).json()) as Record<string, unknown>
    expect(asEditor).toHaveProperty('body')
  })

  it('refuses versions and users to an anonymous reader', async () => {
    expect((await cms.get('/api/articles/versions')).status).toBe(403)
    expect((await cms.get('/api/users')).status).toBe(403)
  })
})
