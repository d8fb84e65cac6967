import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendLink, lexicalBody } from './support/lexicalBody'
import { samplePng } from './support/sampleImage'
import { startTestCms, type TestCms } from './support/testCms'

let cms: TestCms
let areaId: number

beforeAll(async () => {
  cms = await startTestCms({ publicUrl: 'https://cms.example.gov.vn' })
  areaId = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thể chế' } })).id
})

const createArticle = (data: Record<string, unknown>) =>
  cms.payload.create({
    collection: 'articles',
    data: { body: lexicalBody('Nội dung.'), reformAreas: [areaId], _status: 'published', ...data } as never,
  })

afterAll(() => cms.stop())

describe('article slugs', () => {
  it('are made from the Vietnamese title, with a suffix when taken', async () => {
    const first = await createArticle({ title: 'Đẩy mạnh cải cách thủ tục hành chính' })
    const second = await createArticle({ title: 'Đẩy mạnh cải cách thủ tục hành chính' })
    const third = await createArticle({ title: 'Đẩy mạnh cải cách thủ tục hành chính'.normalize('NFD') })
    expect(first.slug).toBe('day-manh-cai-cach-thu-tuc-hanh-chinh')
    expect(second.slug).toBe('day-manh-cai-cach-thu-tuc-hanh-chinh-2')
    expect(third.slug).toBe('day-manh-cai-cach-thu-tuc-hanh-chinh-3')
  })

  it('keep an edited slug through later edits of the title', async () => {
    const article = await createArticle({ title: 'Tin gốc', slug: 'Đường Dẫn Riêng' })
    expect(article.slug).toBe('duong-dan-rieng')
    const edited = await cms.payload.update({ collection: 'articles', id: article.id, data: { title: 'Tin đã sửa tiêu đề' } })
    expect(edited.slug).toBe('duong-dan-rieng')
  })

  it('refuse a title that gives no slug, or a slug of digits only, with a clear message', async () => {
    await expect(createArticle({ title: '—?!' })).rejects.toThrow(/slug/i)
    await expect(createArticle({ title: '2025' })).rejects.toThrow(/slug/i)
    const { totalDocs } = await cms.payload.find({ collection: 'articles', where: { title: { in: ['—?!', '2025'] } } })
    expect(totalDocs).toBe(0)
  })

  it('refuse a slug typed by hand that another article has, and store nothing', async () => {
    await createArticle({ title: 'Một cửa liên thông' })
    await expect(createArticle({ title: 'Bài khác', slug: 'mot-cua-lien-thong' })).rejects.toThrow(/slug/i)
    const { totalDocs } = await cms.payload.find({ collection: 'articles', where: { title: { equals: 'Bài khác' } } })
    expect(totalDocs).toBe(0)
  })
})

describe('article text', () => {
  it('is stored as NFC whatever the editor pasted', async () => {
    const article = await createArticle({ title: 'Chính quyền số cấp xã'.normalize('NFD'), summary: 'Tóm tắt có dấu'.normalize('NFD') })
    expect(article.title).toBe('Chính quyền số cấp xã')
    expect(article.summary).toBe('Tóm tắt có dấu')
    expect(article.bodyHtml).toBe('<p>Nội dung.</p>')
  })

  it('needs a title, a body and at least one reform area', async () => {
    await expect(cms.payload.create({ collection: 'articles', data: { title: 'Thiếu lĩnh vực', body: lexicalBody('x'), reformAreas: [] } as never })).rejects.toThrow()
    await expect(cms.payload.create({ collection: 'articles', data: { body: lexicalBody('x'), reformAreas: [areaId] } as never })).rejects.toThrow()
  })

  it('refuses a source URL that is not http(s)', async () => {
    await expect(createArticle({ title: 'Nguồn lạ', sourceUrl: 'javascript:alert(1)' })).rejects.toThrow()
  })
})

describe('article body HTML made by the CMS', () => {
  it('escapes HTML typed as text and neutralises javascript: links', async () => {
    const body = appendLink(
      lexicalBody('<script>alert("x")</script><img src=x onerror=alert(1)>'),
      { linkType: 'custom', url: 'javascript:alert(document.cookie)', newTab: false },
      'bấm vào đây',
    )
    const article = await createArticle({ title: 'Bài có mã độc', body })
    expect(article.bodyHtml).not.toMatch(/<script|<img|javascript:/i)
    expect(article.bodyHtml).toContain('&lt;script&gt;')
    expect(article.bodyHtml).toContain('bấm vào đây')
  })

  it('links other articles by their public path and shows images at absolute URLs', async () => {
    const target = await createArticle({ title: 'Bài được dẫn' })
    const image = await cms.payload.create({ collection: 'media', data: { alt: 'Bộ phận một cửa' }, file: await samplePng() })
    const body = appendLink(lexicalBody('Xem thêm:'), { linkType: 'internal', doc: { relationTo: 'articles', value: target.id }, newTab: false }, 'bài liên quan')
    body.root.children.push({ type: 'upload', version: 3, format: '', relationTo: 'media', value: image.id, fields: null } as never)
    const article = await createArticle({ title: 'Bài có liên kết và ảnh', body })
    expect(article.bodyHtml).toContain(`href="/tin-tuc/${target.slug}/"`)
    expect(article.bodyHtml).toMatch(/<img src="https:\/\/cms\.example\.gov\.vn\/api\/media\/file\/[^"]+\.webp"/)
    expect(article.bodyHtml).toContain('alt="Bộ phận một cửa"')
    expect(article.bodyHtml).toMatch(/srcset="[^"]*400w[^"]*800w/)
  })
})

describe('links to drafts', () => {
  it('render as "#" so an unpublished slug never reaches the public', async () => {
    const secret = await cms.payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Kế hoạch mật chưa công bố', body: lexicalBody('x'), reformAreas: [areaId], _status: 'draft' },
    })
    const body = appendLink(lexicalBody('Xem:'), { linkType: 'internal', doc: { relationTo: 'articles', value: secret.id }, newTab: false }, 'kế hoạch')
    const article = await createArticle({ title: 'Bài dẫn tới bản nháp', body })
    expect(article.bodyHtml).toContain('href="#"')
    expect(article.bodyHtml).not.toContain(secret.slug!)
  })
})

describe('media', () => {
  it('stores images as WebP in several sizes', async () => {
    const image = await cms.payload.create({ collection: 'media', data: { alt: 'Ảnh thử' }, file: await samplePng(2000, 1000) })
    expect(image.mimeType).toBe('image/webp')
    expect(image.sizes?.thumbnail?.width).toBe(400)
    expect(image.sizes?.card?.width).toBe(800)
    expect(image.sizes?.hero?.width).toBe(1600)
  })

  it('refuses an image without alt text', async () => {
    await expect(cms.payload.create({ collection: 'media', data: {} as never, file: await samplePng() })).rejects.toThrow()
  })

  it('refuses a file that is not an image', async () => {
    const data = Buffer.from('%PDF-1.4 không phải ảnh')
    await expect(cms.payload.create({ collection: 'media', data: { alt: 'Giả ảnh' }, file: { data, mimetype: 'image/png', name: 'gia.png', size: data.length } })).rejects.toThrow()
  })
})
