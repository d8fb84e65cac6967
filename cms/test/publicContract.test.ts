import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_COLLECTIONS } from '@reform/shared'
import type { ZodObject } from 'zod'
import { namedFields, refuseWhatTheSiteRefuses } from '../src/hooks/refuseWhatTheSiteRefuses'
import { lexicalBody } from './support/lexicalBody'
import { samplePng } from './support/sampleImage'
import { createStaff, restAs, type StaffMember } from './support/staff'
import { startTestCms, type TestCms } from './support/testCms'

let cms: TestCms
let publisher: StaffMember
let unit: number

beforeAll(async () => {
  cms = await startTestCms()
  unit = (await cms.payload.create({ collection: 'units', data: { name: 'Tỉnh Bắc Ninh', type: 'province' } })).id
  publisher = await createStaff(cms, 'editor-in-chief')
})

afterAll(() => cms.stop())

type Errors = { errors: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }> }

describe('the CMS refuses to publish what the site would refuse', () => {
  it('checks every public collection against its shared schema, on fields the editor sees', () => {
    for (const { slug, schema } of Object.values(PUBLIC_COLLECTIONS)) {
      const collection = (cms.payload.collections as unknown as Record<string, { config: { fields: never[]; hooks: { afterChange: unknown[] } } } | undefined>)[slug]?.config
      expect(collection, slug).toBeDefined()
      expect(collection!.hooks.afterChange, slug).toContain(refuseWhatTheSiteRefuses)
      // Every field the site reads is a field of the collection (or Payload's own id/updatedAt),
      // so a refused value is shown on the field the editor can correct.
      const fields = new Set(['id', 'updatedAt', 'createdAt', ...namedFields(collection!.fields).map((field: { name: string }) => field.name)])
      const read = Object.keys((schema as unknown as ZodObject).shape)
      expect(
        read.filter((name) => !fields.has(name)),
        slug,
      ).toEqual([])
    }
  })

  it('refuses publishing a rank of 1.5 on the field, in Vietnamese, and keeps the draft', async () => {
    const rest = restAs(cms, publisher)
    const data = { index: 'par-index', year: 2025, unit, score: 80, rank: 1.5 }
    const refused = await rest.post('/api/index-results', { ...data, _status: 'published' })
    expect(refused.status).toBe(400)
    const body = (await refused.json()) as Errors
    expect(body.errors[0]?.data?.errors).toEqual([{ path: 'rank', label: 'Xếp hạng', message: 'Phải là số nguyên.' }])
    expect((await cms.payload.find({ collection: 'index-results', where: { rank: { equals: 1.5 } } })).totalDocs).toBe(0)

    const draft = await rest.post('/api/index-results?draft=true', { ...data, _status: 'draft' })
    expect(draft.status).toBe(201)
    const { doc } = (await draft.json()) as { doc: { id: number } }
    const publish = await rest.patch(`/api/index-results/${doc.id}`, { _status: 'published' })
    expect(publish.status).toBe(400)
    expect((await rest.patch(`/api/index-results/${doc.id}`, { rank: 2, _status: 'published' })).status).toBe(200)
    expect((await restAs(cms).get(`/api/index-results/${doc.id}`)).status).toBe(200)
  })

  it('refuses a bulk publish from the list (draft flag, _status published) when one document would be refused, and publishes none (rolled back whole)', async () => {
    const draft = (rank: number, year: number) =>
      cms.payload.create({ collection: 'index-results', draft: true, data: { index: 'papi', year, unit, score: 1, rank, _status: 'draft' } as never })
    const [bad, good] = [await draft(1.5, 2021), await draft(2, 2022)]
    const response = await restAs(cms, publisher).patch(`/api/index-results?where[id][in]=${bad.id},${good.id}&draft=true`, { _status: 'published' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as Errors).errors[0]?.message).toContain('(rank: Phải là số nguyên.)')
    const served = await restAs(cms).get(`/api/index-results?where[index][equals]=papi&depth=0`)
    expect(((await served.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })
})

describe('a delete or unpublish that would leave published content invalid is refused, naming it', () => {
  const area = async (name: string) => (await cms.payload.create({ collection: 'reform-areas', data: { name } })).id
  const article = (title: string, data: Record<string, unknown>) =>
    cms.payload.create({ collection: 'articles', data: { title, body: lexicalBody('Nội dung.'), _status: 'published', ...data } as never })
  const message = async (response: Response) => ((await response.json()) as Errors).errors[0]?.message

  it("refuses deleting an area that is a published article's only area, and allows it once another area is there", async () => {
    const only = await area('Cải cách tài chính công')
    const other = await area('Cải cách chế độ công vụ')
    const published = await article('Tin chỉ có một lĩnh vực', { reformAreas: [only] })
    await article('Bản nháp cùng lĩnh vực', { reformAreas: [only], _status: 'draft' })
    const rest = restAs(cms, publisher)
    const refused = await rest.delete(`/api/reform-areas/${only}`)
    expect(refused.status).toBe(400)
    expect(await message(refused)).toBe('Không thể xóa vì nội dung đang công khai cần đến nó: Tin bài “Tin chỉ có một lĩnh vực”. Hãy sửa các nội dung đó trước.')
    expect((await cms.payload.findByID({ collection: 'reform-areas', id: only })).id).toBe(only)

    await cms.payload.update({ collection: 'articles', id: published.id, data: { reformAreas: [only, other] } })
    expect((await rest.delete(`/api/reform-areas/${only}`)).status).toBe(200)
    const after = await cms.payload.findByID({ collection: 'articles', id: published.id, depth: 0 })
    expect(after.reformAreas).toEqual([other])
  })

  it('refuses deleting a unit a published index result belongs to', async () => {
    const ward = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Võ Cường', type: 'ward' } })).id
    await cms.payload.create({ collection: 'index-results', data: { index: 'sipas', year: 2024, unit: ward, score: 81, _status: 'published' } as never })
    const refused = await restAs(cms, publisher).delete(`/api/units/${ward}`)
    expect(refused.status).toBe(400)
    expect(await message(refused)).toContain('Kết quả chỉ số')
  })

  it('allows unpublishing a document that published content refers to only optionally', async () => {
    const areaId = await area('Xây dựng Chính phủ số')
    const linked = await article('Tin được văn bản liên kết', { reformAreas: [areaId] })
    const document = await cms.payload.create({
      collection: 'documents',
      data: { number: '12/KH-UBND', title: 'Kế hoạch chuyển đổi số', type: 'plan', issuer: 'UBND tỉnh', issuedAt: '2026-01-05T00:00:00.000Z', _status: 'published' } as never,
    })
    // An article's related documents are optional: the site drops a reference to an unpublished one.
    await cms.payload.update({ collection: 'articles', id: linked.id, data: { relatedDocuments: [document.id] } })
    expect((await restAs(cms, publisher).patch(`/api/documents/${document.id}`, { _status: 'draft' })).status).toBe(200)
  })

  it('refuses deleting an image a published article shows, naming the article; a draft showing it does not stop it', async () => {
    const areaId = await area('Cải cách thủ tục hành chính')
    const shown = await cms.payload.create({ collection: 'media', data: { alt: 'Bộ phận một cửa' }, file: await samplePng() })
    await article('Tin có ảnh đại diện', { reformAreas: [areaId], heroImage: shown.id })
    const rest = restAs(cms, publisher)
    const refused = await rest.delete(`/api/media/${shown.id}`)
    expect(refused.status).toBe(400)
    expect(await message(refused)).toContain('Tin bài “Tin có ảnh đại diện”')

    const inText = await cms.payload.create({ collection: 'media', data: { alt: 'Ảnh trong bài' }, file: await samplePng() })
    const body = lexicalBody('Ảnh:')
    body.root.children.push({ type: 'upload', version: 3, format: '', relationTo: 'media', value: inText.id, fields: null } as never)
    const withImage = await article('Tin có ảnh trong bài', { reformAreas: [areaId], body })
    expect(await message(await rest.delete(`/api/media/${inText.id}`))).toContain('Tin bài “Tin có ảnh trong bài”')
    await cms.payload.update({ collection: 'articles', id: withImage.id, data: { _status: 'draft' } })
    expect((await rest.delete(`/api/media/${inText.id}`)).status).toBe(200)
  })
})
