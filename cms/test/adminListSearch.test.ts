import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foldSearchQuery } from '../src/listSearch/foldSearchQuery'
import { foldQuery, searchTextOf } from '../src/listSearch/searchText'
import { lexicalBody } from './support/lexicalBody'
import { createStaff, restAs, type StaffMember } from './support/staff'
import { startTestCms, type TestCms } from './support/testCms'

/*
 * The admin's list search without accents (listSearch/): "doi moi" finds "Đổi mới". The list view
 * asks the search field with `like`, as the REST calls below do; the browser test
 * (adminInVietnamese.test.ts) searches each list through the admin itself.
 */

describe('the folded search text', () => {
  it('drops case, tone and vowel marks and writes đ as d', () => {
    expect(searchTextOf({ title: 'Đổi mới  phương thức', summary: 'ĐẤT ĐAI' }, ['title', 'summary'])).toBe('doi moi phuong thuc dat dai')
    expect(searchTextOf({ number: '145/KH-UBND', title: 'Kế hoạch' }, ['number', 'title', 'issuer'])).toBe('145/kh-ubnd ke hoach')
    expect(foldQuery(' Đổi   Mới ')).toBe('doi moi')
  })

  it('folds a search on the field, widens a title search to it, and falls back to the title for who may not read it', () => {
    const list = { or: [{ searchText: { like: 'Đổi mới' } }] }
    expect(foldSearchQuery(list, { titleField: 'title', canReadSearchField: true })).toEqual({ or: [{ searchText: { like: 'doi moi' } }] })
    expect(foldSearchQuery(list, { titleField: 'trackingCode', canReadSearchField: false })).toEqual({ or: [{ trackingCode: { like: 'Đổi mới' } }] })
    // A relationship picker's search on the title field.
    expect(foldSearchQuery({ and: [{ id: { not_in: [1] } }, { name: { like: 'tien du' } }] }, { titleField: 'name', canReadSearchField: true })).toEqual({
      and: [{ id: { not_in: [1] } }, { and: [{ or: [{ name: { like: 'tien du' } }, { searchText: { like: 'tien du' } }] }] }],
    })
    expect(foldSearchQuery({ name: { equals: 'x' } }, { titleField: 'name', canReadSearchField: true })).toEqual({ name: { equals: 'x' } })
  })
})

describe('searching the admin lists', () => {
  let cms: TestCms
  let chief: StaffMember
  let admin: StaffMember
  let areaId: number
  let ward: number

  const found = async (member: StaffMember | undefined, collection: string, where: string) => {
    const response = await restAs(cms, member).get(`/api/${collection}?depth=0&limit=50&${where}`)
    expect(response.status, `${collection}?${where}`).toBe(200)
    return ((await response.json()) as { docs: Array<Record<string, unknown>> }).docs
  }
  const searching = (query: string) => `where[or][0][searchText][like]=${encodeURIComponent(query)}`

  beforeAll(async () => {
    cms = await startTestCms()
    areaId = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính' } })).id
    ward = (await cms.payload.create({ collection: 'units', data: { name: 'Xã Tiên Du', type: 'commune' } })).id
    // The first account is made an administrator whatever its role (Users/hooks/firstUserIsAdmin).
    admin = await createStaff(cms, 'admin')
    chief = await createStaff(cms, 'editor-in-chief')
    const { payload } = cms
    await payload.create({ collection: 'articles', data: { title: 'Đổi mới cách tiếp nhận hồ sơ', body: lexicalBody('Nội dung.'), reformAreas: [areaId], _status: 'published' } })
    await payload.create({ collection: 'articles', data: { title: 'Đời sống người dân mọi nơi', body: lexicalBody('Nội dung.'), reformAreas: [areaId], _status: 'published' } })
    await payload.create({
      collection: 'documents',
      data: { number: '145/KH-UBND', title: 'Kế hoạch đổi mới thủ tục', type: 'plan', issuer: 'UBND tỉnh Bắc Ninh', issuedAt: '2026-01-05T12:00:00.000Z', _status: 'published' },
    })
    await payload.create({
      collection: 'feedback',
      data: {
        name: 'Nguyễn Văn Đông',
        subject: 'Đổi mới giờ tiếp dân',
        message: 'Xin mở cửa thứ Bảy.',
        publicTitle: 'Đổi mới giờ tiếp dân',
        publicQuestion: 'Xin mở cửa thứ Bảy.',
        unit: ward,
        reformArea: areaId,
      } as never,
    })
  })

  afterAll(() => cms?.stop())

  it('finds “Đổi mới” typed with or without accents, in any case', async () => {
    for (const query of ['doi moi', 'Đổi mới', 'ĐỔI MỚI', 'DOI MOI']) {
      // Like Payload's own search, each word anywhere: "Đời … mọi" folds to the same words.
      expect((await found(chief, 'articles', searching(query))).map((doc) => doc.title).sort()).toEqual(['Đời sống người dân mọi nơi', 'Đổi mới cách tiếp nhận hồ sơ'].sort())
    }
    expect((await found(chief, 'articles', searching('doi moi cach'))).map((doc) => doc.title)).toEqual(['Đổi mới cách tiếp nhận hồ sơ'])
    expect((await found(chief, 'documents', searching('doi moi'))).map((doc) => doc.number)).toEqual(['145/KH-UBND'])
    expect(await found(chief, 'documents', searching('145/kh-ubnd'))).toHaveLength(1)
    expect(await found(chief, 'documents', searching('bac ninh'))).toHaveLength(1)
  })

  it('keeps the search text in step with an edit', async () => {
    const [doc] = await found(chief, 'articles', searching('doi moi cach'))
    expect((await restAs(cms, chief).patch(`/api/articles/${doc!.id}`, { title: 'Cải tiến cách tiếp nhận hồ sơ' })).status).toBe(200)
    expect(await found(chief, 'articles', searching('doi moi cach'))).toHaveLength(0)
    expect(await found(chief, 'articles', searching('cai tien'))).toHaveLength(1)
  })

  it('lets a relationship picker find a unit without accents', async () => {
    expect((await found(chief, 'units', `where[name][like]=${encodeURIComponent('tien du')}`)).map((unit) => unit.name)).toEqual(['Xã Tiên Du'])
  })

  it('searches feedback by the citizen’s words only for those who may read them', async () => {
    const [item] = await cms.payload.find({ collection: 'feedback', limit: 1 }).then((result) => result.docs)
    expect((await found(chief, 'feedback', searching('nguyen van dong'))).map((doc) => doc.id)).toEqual([item!.id])
    // The administrator does not read a citizen's name or subject: their search is by tracking code.
    expect(await found(admin, 'feedback', searching('nguyen van dong'))).toHaveLength(0)
    expect((await found(admin, 'feedback', searching(String(item!.trackingCode)))).map((doc) => doc.id)).toEqual([item!.id])
    // Nobody outside gets the field, nor may query it (as any field they cannot read).
    expect((await restAs(cms).get(`/api/feedback?${searching('dong')}`)).status).toBe(400)
    expect((await found(chief, 'feedback', 'sort=id'))[0]).toHaveProperty('searchText')
    expect((await found(undefined, 'articles', 'sort=id'))[0]).not.toHaveProperty('searchText')
  })

  it('records who saved each version', async () => {
    const [doc] = await found(chief, 'articles', searching('cai tien'))
    const versions = await cms.payload.findVersions({ collection: 'articles', where: { parent: { equals: doc!.id } }, sort: '-updatedAt', depth: 0 })
    expect(versions.docs[0]!.version.updatedBy).toBe(chief.id)
    // The seed and other system writes name nobody.
    expect(versions.docs.at(-1)!.version.updatedBy ?? null).toBeNull()
  })
})
