import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './support/testCms'
import { lexicalBody } from './support/lexicalBody'
import { createStaff, restAs } from './support/staff'
import pg from 'pg'
import { CACHE_HEADER } from '../src/publicReadCache/withPublicReadCache'

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

describe('the anonymous read cache', () => {
  const title = async (response: Response) => ((await response.json()) as { title: string }).title

  it('answers a repeated read from memory and a changed document at once, whoever changed it', async () => {
    const article = await cms.payload.create({
      collection: 'articles',
      data: { title: 'Một cửa liên thông cấp xã', body: lexicalBody('Bản đầu.'), reformAreas: [areaId], _status: 'published' },
    })
    const first = await cms.get(`/api/articles/${article.id}`)
    expect(first.headers.get(CACHE_HEADER)).toBe('miss')
    const again = await cms.get(`/api/articles/${article.id}`)
    expect(again.headers.get(CACHE_HEADER)).toBe('hit')
    expect(await title(again)).toBe('Một cửa liên thông cấp xã')

    await cms.payload.update({ collection: 'articles', id: article.id, data: { title: 'Một cửa liên thông đã sửa' } })
    expect(await title(await cms.get(`/api/articles/${article.id}`))).toBe('Một cửa liên thông đã sửa')

    // Another process (the builder, an import, a restore) writes straight to the database.
    const other = new pg.Client({ connectionString: cms.databaseUrl })
    await other.connect()
    await other.query('UPDATE articles SET title = $1 WHERE id = $2', ['Sửa từ tiến trình khác', article.id])
    await other.end()
    const afterOther = await cms.get(`/api/articles/${article.id}`)
    expect(afterOther.headers.get(CACHE_HEADER)).toBe('miss')
    expect(await title(afterOther)).toBe('Sửa từ tiến trình khác')
  })

  it('never serves a signed-in reader from it, nor keeps refusals', async () => {
    const editor = await createStaff(cms, 'editor')
    const draft = await cms.payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Nháp chỉ biên tập viên thấy', body: lexicalBody('Nháp.'), reformAreas: [areaId], _status: 'draft' },
    })
    await cms.get('/api/articles?draft=true&limit=100')
    const asEditor = await restAs(cms, editor).get('/api/articles?draft=true&limit=100')
    expect(asEditor.headers.get(CACHE_HEADER)).toBeNull()
    expect(JSON.stringify(await asEditor.json())).toContain('Nháp chỉ biên tập viên thấy')
    expect(JSON.stringify(await (await cms.get('/api/articles?draft=true&limit=100')).json())).not.toContain('Nháp chỉ')

    expect((await cms.get(`/api/articles/${draft.id}`)).status).toBe(404)
    const refusedAgain = await cms.get(`/api/articles/${draft.id}`)
    expect(refusedAgain.headers.get(CACHE_HEADER)).toBe('miss')
    expect((await cms.get('/api/users')).headers.get(CACHE_HEADER)).toBeNull()
  })
})
