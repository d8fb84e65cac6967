import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CACHE_HEADER } from '../src/publicReadCache/withPublicReadCache'
import { lexicalBody } from './support/lexicalBody'
import { createStaff, restAs } from './support/staff'
import { startTestCms, type TestCms } from './support/testCms'

let cms: TestCms
let areaId: number

beforeAll(async () => {
  cms = await startTestCms()
  areaId = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách tổ chức bộ máy' } })).id
})

afterAll(() => cms.stop())

const publish = (title: string) => cms.payload.create({ collection: 'articles', data: { title, body: lexicalBody(`${title}.`), reformAreas: [areaId], _status: 'published' } })

const title = async (response: Response) => ((await response.json()) as { title: string }).title

describe('the header that tells a cached answer from a computed one', () => {
  it('says miss for the first anonymous read of a list and hit for the same read again, with the same answer', async () => {
    await publish('Số hóa hồ sơ một cửa')
    const path = '/api/articles?limit=50&depth=1&where[title][like]=hồ sơ'
    const computed = await cms.get(path)
    expect(computed.headers.get(CACHE_HEADER)).toBe('miss')
    const cached = await cms.get(path)
    expect(cached.headers.get(CACHE_HEADER)).toBe('hit')
    expect(cached.status).toBe(200)
    expect(cached.headers.get('content-type')).toBe(computed.headers.get('content-type'))
    const [first, again] = [await computed.text(), await cached.text()]
    expect(again).toBe(first)
    expect(JSON.parse(again).docs.map((doc: { title: string }) => doc.title)).toContain('Số hóa hồ sơ một cửa')
  })

  it('computes another query string; two first reads at once get one answer', async () => {
    await publish('Liên thông khai sinh, thường trú')
    expect((await cms.get('/api/articles?limit=7')).headers.get(CACHE_HEADER)).toBe('miss')
    expect((await cms.get('/api/articles?limit=8')).headers.get(CACHE_HEADER)).toBe('miss')
    const together = await Promise.all([cms.get('/api/articles?limit=9'), cms.get('/api/articles?limit=9')])
    // One computes; the other shares that computation, or finds its answer kept if it asks later.
    const said = together.map((response) => response.headers.get(CACHE_HEADER))
    expect(said).toContain('miss')
    expect(said.every((value) => value === 'miss' || value === 'hit')).toBe(true)
    const [one, other] = await Promise.all(together.map((response) => response.text()))
    expect(other).toBe(one)
    expect((await cms.get('/api/articles?limit=9')).headers.get(CACHE_HEADER)).toBe('hit')
  })

  it('is absent where the cache never answers: a reader with credentials, a write, a collection that is not public', async () => {
    await cms.get('/api/articles?limit=3')
    expect((await cms.get('/api/articles?limit=3')).headers.get(CACHE_HEADER)).toBe('hit')
    const editor = await createStaff(cms, 'editor')
    expect((await restAs(cms, editor).get('/api/articles?limit=3')).headers.get(CACHE_HEADER)).toBeNull()
    expect((await cms.get('/api/articles?limit=3', { headers: { cookie: `payload-token=${editor.token}` } })).headers.get(CACHE_HEADER)).toBeNull()
    expect((await cms.get('/api/articles?limit=3', { headers: { authorization: 'JWT not-a-token' } })).headers.get(CACHE_HEADER)).toBeNull()
    expect((await cms.get('/api/users')).headers.get(CACHE_HEADER)).toBeNull()
    expect((await cms.get('/api/globals/settings')).headers.get(CACHE_HEADER)).toBeNull()
    const created = await restAs(cms, editor).post('/api/reform-areas', { name: 'Cải cách tài chính công' })
    expect(created.headers.get(CACHE_HEADER)).toBeNull()
  })
})

describe('the anonymous read cache', () => {
  it('answers a repeated read from memory and a changed document at once, whoever changed it', async () => {
    const article = await publish('Một cửa liên thông cấp xã')
    const first = await cms.get(`/api/articles/${article.id}`)
    expect(first.headers.get(CACHE_HEADER)).toBe('miss')
    const again = await cms.get(`/api/articles/${article.id}`)
    expect(again.headers.get(CACHE_HEADER)).toBe('hit')
    expect(await title(again)).toBe('Một cửa liên thông cấp xã')

    await cms.payload.update({ collection: 'articles', id: article.id, data: { title: 'Một cửa liên thông đã sửa' } })
    const afterUpdate = await cms.get(`/api/articles/${article.id}`)
    expect(afterUpdate.headers.get(CACHE_HEADER)).toBe('miss')
    expect(await title(afterUpdate)).toBe('Một cửa liên thông đã sửa')

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
  })
})
