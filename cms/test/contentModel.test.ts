import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bulletinCadence } from '../src/components/cadenceRows'
import { lexicalBody } from './support/lexicalBody'
import { samplePng } from './support/sampleImage'
import { rejectionMessages, samplePdf } from './support/sampleFiles'
import { startTestCms, type TestCms } from './support/testCms'

let cms: TestCms
let areaId: number
let province: number
let ward: number

beforeAll(async () => {
  cms = await startTestCms()
  areaId = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thể chế' } })).id
  province = (await cms.payload.create({ collection: 'units', data: { name: 'Tỉnh Bắc Ninh', type: 'province' } })).id
  ward = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Kinh Bắc', type: 'ward', parent: province } })).id
})

afterAll(() => cms.stop())

const bulletin = (issueDate: string, extra: Record<string, unknown> = {}) =>
  cms.payload.create({ collection: 'bulletins', data: { issueDate, _status: 'published', ...extra } as never })

describe('bulletin numbering', () => {
  it('gives the next free number of the year and a default title', async () => {
    const first = await bulletin('2026-03-02T03:00:00.000Z')
    const second = await bulletin('2026-03-09T03:00:00.000Z')
    expect([first.number, second.number]).toEqual([1, 2])
    expect(first).toMatchObject({ year: 2026, title: 'Bản tin CCHC số 1/2026' })
  })

  it('refuses a number already used that year, in Vietnamese, and keeps an editable one', async () => {
    const messages = await rejectionMessages(bulletin('2026-04-01T03:00:00.000Z', { number: 2 }))
    expect(messages).toEqual(['Số 2/2026 đã được dùng cho một bản tin khác. Hãy chọn số khác hoặc để trống để tự đánh số.'])
    expect((await bulletin('2026-04-06T03:00:00.000Z', { number: 10, title: 'Số đặc biệt' })).number).toBe(10)
    expect((await bulletin('2026-04-13T03:00:00.000Z')).number).toBe(11)
  })

  it('restarts each year, by the date in Vietnam', async () => {
    // 00:30 on 1 January 2027 in Vietnam is still 31 December 2026 in UTC.
    const newYear = await bulletin('2026-12-31T17:30:00.000Z')
    expect(newYear).toMatchObject({ year: 2027, number: 1, title: 'Bản tin CCHC số 1/2027' })
  })

  it('renumbers an issue moved to another year, and its default title follows', async () => {
    const moved = await bulletin('2026-05-04T03:00:00.000Z')
    const next = await cms.payload.update({
      collection: 'bulletins',
      id: moved.id,
      data: { issueDate: '2027-02-01T03:00:00.000Z', number: moved.number, title: moved.title } as never,
    })
    expect(next).toMatchObject({ year: 2027, number: 2, title: 'Bản tin CCHC số 2/2027' })
    const renumbered = await cms.payload.update({ collection: 'bulletins', id: moved.id, data: { number: 9 } })
    expect(renumbered.title).toBe('Bản tin CCHC số 9/2027')
    const copy = await cms.payload.duplicate({ collection: 'bulletins', id: moved.id })
    expect(copy).toMatchObject({ year: 2027, number: 10, title: 'Bản tin CCHC số 10/2027' })
  })

  it('shows the monthly cadence against the target', () => {
    const rows = bulletinCadence(['2026-11-02T03:00:00Z', '2026-11-09T03:00:00Z', '2026-10-31T18:00:00Z', '2026-10-05T03:00:00Z'], 4, new Date('2026-11-21T03:00:00Z'), 3)
    // 18:00 UTC on 31 October is 1 November in Vietnam.
    expect(rows).toEqual([
      { month: '2026-11', published: 3, target: 4, shortfall: 1 },
      { month: '2026-10', published: 1, target: 4, shortfall: 3 },
      { month: '2026-09', published: 0, target: 4, shortfall: 4 },
    ])
  })
})

describe('documents', () => {
  const document = (number: string, extra: Record<string, unknown> = {}) =>
    cms.payload.create({
      collection: 'documents',
      data: {
        number,
        title: 'Kế hoạch cải cách hành chính năm 2026',
        type: 'plan',
        issuer: 'UBND tỉnh Bắc Ninh',
        issuedAt: '2026-01-15T00:00:00.000Z',
        _status: 'published',
        ...extra,
      } as never,
    })

  it('accept Vietnamese numbers and symbols', async () => {
    for (const number of ['145/KH-UBND', '76/NQ-CP', '61/2018/NĐ-CP', '1294/QĐ-TTg', '80/2015/QH13']) {
      expect((await document(number)).number).toBe(number)
    }
  })

  it('refuse a malformed number with a Vietnamese message', async () => {
    const messages = await rejectionMessages(document('145-KH-UBND'))
    expect(messages[0]).toContain('"145-KH-UBND" không phải số, ký hiệu văn bản hợp lệ')
  })

  it('refuse an effective date before the issue date', async () => {
    expect(await rejectionMessages(document('12/QĐ-UBND', { effectiveAt: '2026-01-01T00:00:00.000Z' }))).toContain('Ngày hiệu lực không được trước ngày ban hành.')
  })

  it('take a PDF and refuse an image posing as one, in Vietnamese', async () => {
    const file = await cms.payload.create({ collection: 'document-files', data: { title: 'Kế hoạch 145' }, file: samplePdf() })
    expect(file.mimeType).toBe('application/pdf')
    const png = await samplePng(200, 100, 'ke-hoach.pdf')
    const messages = await rejectionMessages(cms.payload.create({ collection: 'document-files', data: { title: 'Giả PDF' }, file: { ...png, mimetype: 'application/pdf' } }))
    expect(messages[0]).toBe('Tệp "ke-hoach.pdf" không đúng loại: cần tệp PDF hoặc DOCX, nhưng nội dung tệp là image/png.')
  })
})

describe('images', () => {
  it('need alt text, said in Vietnamese', async () => {
    const messages = await rejectionMessages(cms.payload.create({ collection: 'media', data: { alt: '  ' }, file: await samplePng() }))
    expect(messages[0]).toContain('Cần mô tả ảnh (alt)')
  })

  it('refuse a PDF uploaded as an image', async () => {
    const messages = await rejectionMessages(cms.payload.create({ collection: 'media', data: { alt: 'Ảnh' }, file: { ...samplePdf('anh.png'), mimetype: 'image/png' } }))
    expect(messages[0]).toContain('không đúng loại: cần ảnh JPEG, PNG, WebP, GIF hoặc AVIF, nhưng nội dung tệp là application/pdf')
  })
})

describe('procedure statistics', () => {
  const row = (month: string, unit = ward) =>
    cms.payload.create({
      collection: 'procedure-stats',
      data: { unit, month, received: 120, onTime: 110, late: 4, pending: 6, onlineShare: 68.5, _status: 'published' } as never,
    })

  it('keep one row per unit and month, with a clear message', async () => {
    await row('2026-10')
    const messages = await rejectionMessages(row('2026-10'))
    expect(messages[0]).toMatch(/^Đơn vị này đã có số liệu tháng 10\/2026 \(bản ghi số \d+\)/)
    expect((await row('2026-10', province)).month).toBe('2026-10')
  })

  it('refuse a month that is not YYYY-MM', async () => {
    expect(await rejectionMessages(row('10/2026'))).toContain('Tháng viết theo dạng năm-tháng, ví dụ 2026-10.')
  })
})

describe('units', () => {
  it('record a merger with its date, and refuse merging into itself', async () => {
    const old = await cms.payload.create({ collection: 'units', data: { name: 'Phường Suối Hoa', type: 'ward', parent: province } })
    expect(await rejectionMessages(cms.payload.update({ collection: 'units', id: old.id, data: { mergedInto: ward } }))).toContain('Hãy nhập ngày giải thể / sáp nhập.')
    expect(await rejectionMessages(cms.payload.update({ collection: 'units', id: old.id, data: { mergedInto: old.id, dissolvedAt: '2025-06-30T17:00:00.000Z' } }))).toContain(
      'Đơn vị không thể sáp nhập vào chính nó.',
    )
    const merged = await cms.payload.update({ collection: 'units', id: old.id, data: { mergedInto: ward, dissolvedAt: '2025-06-30T17:00:00.000Z' } })
    expect(merged.mergedInto).toMatchObject({ id: ward })
  })
})

describe('articles, practices and index results', () => {
  it('take only video links of known providers', async () => {
    const create = (videoUrl: string) =>
      cms.payload.create({ collection: 'articles', data: { title: 'Video', body: lexicalBody('x'), reformAreas: [areaId], videoUrl, _status: 'published' } as never })
    expect((await create('https://www.youtube.com/watch?v=abc')).videoUrl).toBe('https://www.youtube.com/watch?v=abc')
    expect((await rejectionMessages(create('https://evil.example/video')))[0]).toContain('Chỉ nhận đường dẫn https://')
  })

  it('store NFD input as NFC', async () => {
    const practice = await cms.payload.create({
      collection: 'practices',
      data: {
        title: 'Một cửa liên thông tại nhà'.normalize('NFD'),
        summary: 'Đưa dịch vụ công đến tận nhà người cao tuổi.'.normalize('NFD'),
        kind: 'good-practice',
        unit: ward,
        results: [{ outcome: 'Thời gian giải quyết giảm 50%'.normalize('NFD') }],
        _status: 'published',
      } as never,
    })
    expect(practice.title).toBe('Một cửa liên thông tại nhà')
    expect(practice.slug).toBe('mot-cua-lien-thong-tai-nha')
    expect(practice.results?.[0]?.outcome).toBe('Thời gian giải quyết giảm 50%')

    const result = await cms.payload.create({
      collection: 'index-results',
      data: { index: 'other', otherIndexName: 'Chỉ số chuyển đổi số'.normalize('NFD'), year: 2025, unit: province, score: 82.4, _status: 'published' } as never,
    })
    expect(result.otherIndexName).toBe('Chỉ số chuyển đổi số')
  })
})
