import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createStaff, type StaffMember } from '../support/staff'
import { startTestCms, type TestCms } from '../support/testCms'
import { sql } from '../support/testDatabase'
import { xlsxFile } from '../support/xlsxFile'

let cms: TestCms
let admin: StaffMember
let chief: StaffMember
let editor: StaffMember
let contributor: StaffMember
let leaders: number

const NFD = (text: string) => text.normalize('NFD')
const BAD_ADDRESS = 'Địa chỉ thư điện tử không đúng dạng (ví dụ: ten@example.com).'
const NO_NAME = 'Thiếu họ và tên (và không có cơ quan, đơn vị để thay).'
const ON_LIST = 'Địa chỉ thư điện tử này đã có trong danh sách.'
const sameAs = (row: number) => `Trùng với dòng ${row} (cùng địa chỉ thư điện tử).`

/** The sheet of the province's leaders as old Excel on Vietnamese Windows saves it: BOM, `;`, CRLF. */
const LEADERS_CSV = Buffer.from(
  '\uFEFF' +
    [
      'Họ và tên;Chức vụ;Cơ quan, đơn vị;Email',
      `${NFD('Nguyễn Văn An')};${NFD('Chủ tịch')};${NFD('UBND tỉnh')};An.Nguyen@Example.gov.vn`, // 2: good, NFD, mixed case
      'Trần Thị Bình;Phó Chủ tịch;UBND tỉnh;binh@@example', // 3: bad address
      '', // 4: blank
      ' Lê  Văn Cường ;Giám đốc;Sở Nội vụ; cuong@example.gov.vn ', // 5: good, spaces
      ';;Sở Tư pháp;stp@example.gov.vn', // 6: a body, no person: its name stands in
      'Phạm Minh Dũng;;;AN.NGUYEN@example.gov.vn', // 7: same address as row 2
      'Hoàng Thị Em;Giám đốc;Sở Y tế;co.san@example.vn', // 8: already on the list
      ';Chánh văn phòng;;vp@example.gov.vn', // 9: no name
      '"Đặng Văn Phúc";"Giám đốc";"Sở Tài chính; Kho bạc";phuc@example.gov.vn', // 10: quoted, `;` inside
      ';;;', // 11: blank
    ].join('\r\n') +
    '\r\n',
  'utf8',
)

const LEADERS_REPORT = {
  imported: 4,
  total: 8,
  skipped: [
    { row: 3, reason: BAD_ADDRESS },
    { row: 7, reason: sameAs(2) },
    { row: 8, reason: ON_LIST },
    { row: 9, reason: NO_NAME },
  ],
}

type Upload = { as?: StaffMember | null; name?: string; type?: string; dryRun?: boolean }

function upload(list: number, data: Uint8Array, { as = chief, name = 'danh-sach.csv', type = 'text/csv', dryRun = false }: Upload = {}) {
  const body = new FormData()
  body.append('file', new Blob([Uint8Array.from(data)], { type }), name)
  return cms.handle(
    new Request(`http://cms.test/api/mailing-lists/${list}/import${dryRun ? '?dryRun=1' : ''}`, {
      method: 'POST',
      headers: as ? { authorization: `JWT ${as.token}` } : {},
      body,
    }),
  )
}

async function report(response: Response) {
  expect(response.status, await response.clone().text()).toBe(200)
  return response.json()
}

async function refusal(response: Response, status: number) {
  expect(response.status).toBe(status)
  return ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message
}

async function membersOf(list: number) {
  const { docs } = await cms.payload.find({ collection: 'list-members', where: { list: { equals: list } }, sort: 'email', pagination: false, depth: 0 })
  return docs.map(({ name, position, organisation, email, status }) => ({ name, position, organisation, email, status }))
}

const memberCount = async () => (await cms.payload.count({ collection: 'list-members' })).totalDocs
const importEntries = async () =>
  (await cms.payload.find({ collection: 'audit-log', where: { collectionSlug: { equals: 'list-members' }, documentTitle: { like: 'Nhập ' } }, pagination: false })).docs

const newList = async (name: string) => (await cms.payload.create({ collection: 'mailing-lists', data: { name } })).id

beforeAll(async () => {
  cms = await startTestCms()
  const unit = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Kinh Bắc', type: 'ward' } })).id
  admin = await createStaff(cms, 'admin')
  chief = await createStaff(cms, 'editor-in-chief')
  editor = await createStaff(cms, 'editor')
  contributor = await createStaff(cms, 'contributor', { unit })
  leaders = await newList('Lãnh đạo tỉnh')
  await cms.payload.create({ collection: 'list-members', data: { list: leaders, name: 'Hoàng Thị Em', email: 'Co.San@Example.vn', status: 'active' } })
})

afterAll(() => cms.stop())

describe('importing a CSV sheet', () => {
  it('checks it first without writing anything', async () => {
    expect(await report(await upload(leaders, LEADERS_CSV, { dryRun: true }))).toEqual(LEADERS_REPORT)
    expect(await membersOf(leaders)).toHaveLength(1)
    expect(await importEntries()).toHaveLength(0)
  })

  it('imports the good rows and reports the others by their row in the sheet', async () => {
    expect(await report(await upload(leaders, LEADERS_CSV))).toEqual(LEADERS_REPORT)
    expect(await membersOf(leaders)).toEqual([
      { name: 'Nguyễn Văn An', position: 'Chủ tịch', organisation: 'UBND tỉnh', email: 'an.nguyen@example.gov.vn', status: 'active' },
      { name: 'Hoàng Thị Em', position: null, organisation: null, email: 'co.san@example.vn', status: 'active' },
      { name: 'Lê Văn Cường', position: 'Giám đốc', organisation: 'Sở Nội vụ', email: 'cuong@example.gov.vn', status: 'active' },
      { name: 'Đặng Văn Phúc', position: 'Giám đốc', organisation: 'Sở Tài chính; Kho bạc', email: 'phuc@example.gov.vn', status: 'active' },
      { name: 'Sở Tư pháp', position: null, organisation: 'Sở Tư pháp', email: 'stp@example.gov.vn', status: 'active' },
    ])
    // Stored as NFC, not as the sheet's decomposed letters.
    const { rows } = await sql(cms.databaseUrl, 'SELECT name, link_key, hard_bounces FROM list_members WHERE list_id = $1', [leaders])
    expect(rows.map((row) => row.name)).toContain('Nguyễn Văn An'.normalize('NFC'))
    expect(rows.every((row) => row.name === row.name.normalize('NFC'))).toBe(true)
    // Each has the random key of their own unsubscribe link, as the collection's hook would give.
    const keys = rows.map((row) => row.link_key as string)
    expect(keys.every((key) => /^[A-Za-z0-9_-]{32}$/.test(key))).toBe(true)
    expect(new Set(keys).size).toBe(keys.length)
    expect(rows.every((row) => Number(row.hard_bounces) === 0)).toBe(true)
  })

  it('records one audit entry with the count and the list, naming no one', async () => {
    const entries = await importEntries()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'create',
      collectionSlug: 'list-members',
      documentTitle: 'Nhập 4 người nhận vào danh sách “Lãnh đạo tỉnh”',
      summary: `${chief.email}: Nhập 4 người nhận vào danh sách “Lãnh đạo tỉnh” (bỏ qua 4 dòng)`,
      userEmail: chief.email,
    })
    const { rows } = await sql(cms.databaseUrl, 'SELECT * FROM audit_log')
    const log = JSON.stringify(rows)
    for (const address of ['an.nguyen', 'cuong@', 'stp@', 'phuc@', 'co.san', 'binh@', 'vp@']) expect(log).not.toContain(address)
    for (const name of ['Nguyễn Văn An', 'Lê Văn Cường', 'Đặng Văn Phúc']) expect(log).not.toContain(name)
  })

  it('imported again, adds no one and records nothing', async () => {
    const again = await report(await upload(leaders, LEADERS_CSV))
    expect(again.imported).toBe(0)
    expect(again.skipped.filter((row: { reason: string }) => row.reason === ON_LIST).map((row: { row: number }) => row.row)).toEqual([2, 5, 6, 8, 10])
    expect(await membersOf(leaders)).toHaveLength(5)
    expect(await importEntries()).toHaveLength(1)
  })

  it('reads a comma- or tab-separated UTF-8 file without a BOM, headers in any case and accents', async () => {
    const list = await newList('Thử dấu phân cách')
    const comma = 'HO TEN,chức  danh,"Cơ quan, đơn vị",Địa chỉ email\n"Vũ Thị Giang","Trưởng phòng, phụ trách",Sở Xây dựng,giang@example.vn\n'
    expect(await report(await upload(list, Buffer.from(comma)))).toEqual({ imported: 1, skipped: [], total: 1 })
    const tab = 'Tên\tThư điện tử\tĐơn vị\nNgô Hải\thai@example.vn\tSở Công Thương\n'
    expect(await report(await upload(list, Buffer.from(tab)))).toEqual({ imported: 1, skipped: [], total: 1 })
    expect(await membersOf(list)).toEqual([
      { name: 'Vũ Thị Giang', position: 'Trưởng phòng, phụ trách', organisation: 'Sở Xây dựng', email: 'giang@example.vn', status: 'active' },
      { name: 'Ngô Hải', position: null, organisation: 'Sở Công Thương', email: 'hai@example.vn', status: 'active' },
    ])
  })
})

describe('importing an Excel (.xlsx) sheet', () => {
  it('reads the first sheet, under a title, with real row numbers', async () => {
    const wards = await newList('UBND xã, phường')
    const sheet = xlsxFile(
      [
        ['DANH SÁCH UBND XÃ, PHƯỜNG NHẬN BẢN TIN'],
        null, // row 2 is not in the file at all
        ['STT', 'HỌ VÀ TÊN', 'Chức danh', 'Đơn vị', 'E-mail'],
        [1, NFD('Trịnh Thị Hạnh'), 'Chủ tịch', NFD('UBND phường Kinh Bắc'), 'Hanh.Trinh@Example.vn'],
        [2, '', '', NFD('UBND xã Đông Phong'), 'dongphong@example.vn'],
        [3, 'Lý Văn Khoa', 'Phó Chủ tịch', 'UBND phường Võ Cường', 'khoa(at)example.vn'],
        null,
        [5],
        [6, 'Mai Thị Lan', '', '', 'hanh.trinh@example.vn'],
        [7, '', 'Văn thư', '', ''],
      ],
      [
        ['Họ và tên', 'Email'],
        ['Không được đọc', 'sheet2@example.vn'],
      ],
    )
    const expected = {
      imported: 2,
      total: 5,
      skipped: [
        { row: 6, reason: BAD_ADDRESS },
        { row: 9, reason: sameAs(4) },
        { row: 10, reason: `Thiếu địa chỉ thư điện tử. ${NO_NAME}` },
      ],
    }
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    expect(await report(await upload(wards, sheet, { name: 'xa-phuong.xlsx', type, dryRun: true }))).toEqual(expected)
    expect(await membersOf(wards)).toEqual([])
    expect(await report(await upload(wards, sheet, { name: 'xa-phuong.xlsx', type }))).toEqual(expected)
    expect(await membersOf(wards)).toEqual([
      { name: 'UBND xã Đông Phong', position: null, organisation: 'UBND xã Đông Phong', email: 'dongphong@example.vn', status: 'active' },
      { name: 'Trịnh Thị Hạnh', position: 'Chủ tịch', organisation: 'UBND phường Kinh Bắc', email: 'hanh.trinh@example.vn', status: 'active' },
    ])
    expect((await importEntries()).map((entry) => entry.documentTitle)).toContain('Nhập 2 người nhận vào danh sách “UBND xã, phường”')
  })
})

describe('a file the import cannot take', () => {
  let list: number
  beforeAll(async () => {
    list = await newList('Tệp hỏng')
  })

  async function refusedWithNothingWritten(data: Uint8Array, status: number, options: Upload = {}) {
    const before = { members: await memberCount(), entries: (await importEntries()).length }
    const message = await refusal(await upload(list, data, options), status)
    expect({ members: await memberCount(), entries: (await importEntries()).length }).toEqual(before)
    return message
  }

  it('a picture renamed .csv', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
    expect(await refusedWithNothingWritten(png, 415)).toBe('Tệp này không phải bảng tính CSV hoặc Excel (.xlsx): nội dung của nó là image/png.')
  })

  it('an Excel 97–2003 workbook (.xls)', async () => {
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)])
    expect(await refusedWithNothingWritten(xls, 415, { name: 'danh-sach.xls', type: 'application/vnd.ms-excel' })).toMatch(
      /^Tệp Excel 97–2003 \(\.xls\) chưa đọc được\. Hãy mở tệp bằng Excel/,
    )
  })

  it('a file over 5 MB', async () => {
    const big = Buffer.alloc(6 * 1024 * 1024, 'Nguyễn Văn An;an@example.vn\n')
    expect(await refusedWithNothingWritten(big, 413)).toBe('Tệp quá lớn: mỗi lần chỉ nhập được tệp đến 5 MB. Hãy chia danh sách thành nhiều tệp.')
  })

  it('more than 20,000 rows', async () => {
    const rows = Array.from({ length: 20_001 }, (_, index) => `Người ${index};n${index}@example.vn`)
    const message = await refusedWithNothingWritten(Buffer.from(['Họ tên;Email', ...rows].join('\n')), 413)
    expect(message).toBe('Tệp có 20.001 dòng; mỗi lần chỉ nhập được tối đa 20.000 dòng. Hãy chia danh sách thành nhiều tệp.')
  })

  it('a CSV saved in Windows-1258 by old Excel', async () => {
    // "Họ tên;Email / Nguyễn An;an@example.vn" in Windows-1258: single bytes above 0x7F, not UTF-8.
    const legacy = Buffer.concat([
      Buffer.from('H'),
      Buffer.from([0xf2]),
      Buffer.from(' t'),
      Buffer.from([0xea]),
      Buffer.from('n;Email\r\nNguy'),
      Buffer.from([0xea, 0xde]),
      Buffer.from('n An;an@example.vn\r\n'),
    ])
    const message = await refusedWithNothingWritten(legacy, 400)
    expect(message).toContain('không ở bảng mã UTF-8')
    expect(message).toContain('“CSV UTF-8 (Comma delimited) (*.csv)”')
  })

  it('a sheet without an e-mail column', async () => {
    const message = await refusedWithNothingWritten(Buffer.from('Họ và tên;Chức vụ\nNguyễn Văn An;Chủ tịch\n'), 400)
    expect(message).toMatch(/^Không tìm thấy cột địa chỉ thư điện tử, nên chưa nhập gì\./)
  })

  it('an empty file, a broken .xlsx, a request without a file', async () => {
    expect(await refusedWithNothingWritten(Buffer.from('\uFEFF\r\n;;\r\n'), 400)).toBe('Tệp trống: không có dòng nào để nhập.')
    const broken = xlsxFile([['Email'], ['a@example.vn']]).subarray(0, 400)
    expect(await refusedWithNothingWritten(broken, 400)).toMatch(/^Không đọc được tệp Excel này/)
    const noFile = await cms.handle(
      new Request(`http://cms.test/api/mailing-lists/${list}/import`, { method: 'POST', headers: { authorization: `JWT ${chief.token}` }, body: new FormData() }),
    )
    expect(await refusal(noFile, 400)).toBe('Hãy chọn một tệp CSV hoặc Excel (không rỗng) để nhập.')
  })

  it('a list that does not exist', async () => {
    expect(await refusal(await upload(999_999, LEADERS_CSV), 404)).toMatch(/^Không tìm thấy danh sách nhận thư này/)
  })
})

describe('who may import', () => {
  it('the editor-in-chief and administrators; editors, contributors and anonymous readers get 403 and change nothing', async () => {
    const list = await newList('Quyền nhập')
    for (const as of [editor, contributor, null]) {
      const message = await refusal(await upload(list, LEADERS_CSV, { as }), 403)
      expect(message).toBe('Chỉ Tổng biên tập hoặc Quản trị được nhập người nhận vào danh sách.')
      expect(await refusal(await upload(list, LEADERS_CSV, { as, dryRun: true }), 403)).toBe(message)
    }
    expect(await membersOf(list)).toEqual([])
    expect((await report(await upload(list, LEADERS_CSV, { as: admin }))).imported).toBe(5)
  })

  it('downloads the template with the headers the import reads, for them only', async () => {
    const template = (as: StaffMember | null) =>
      cms.handle(new Request('http://cms.test/api/mailing-lists/import-template.csv', { headers: as ? { authorization: `JWT ${as.token}` } : {} }))
    const response = await template(chief)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(bytes.subarray(3).toString('utf8')).toBe('Họ và tên,Chức vụ,"Cơ quan, đơn vị",Email\r\n')
    // Filled in and sent back, it is read.
    const list = await newList('Từ tệp mẫu')
    const filled = Buffer.concat([bytes, Buffer.from('Nguyễn Văn An,Chủ tịch,"UBND tỉnh",an@example.vn\r\n')])
    expect(await report(await upload(list, filled))).toEqual({ imported: 1, skipped: [], total: 1 })
    for (const as of [editor, null]) expect((await template(as)).status).toBe(403)
  })
})

describe('all or nothing', () => {
  it('a row the database refuses mid-insert leaves nothing written, and the log names no one', async () => {
    const list = await newList('Lỗi giữa chừng')
    // A rule the import cannot know of (for new rows only): the database refuses the second good row.
    await sql(cms.databaseUrl, `ALTER TABLE list_members ADD CONSTRAINT test_refuses_one CHECK (name <> 'Lê Văn Cường') NOT VALID`)
    const errors = vi.spyOn(cms.payload.logger, 'error')
    try {
      const entries = (await importEntries()).length
      const message = await refusal(await upload(list, LEADERS_CSV), 500)
      expect(message).toBe('Không nhập được vì lỗi khi ghi vào cơ sở dữ liệu; chưa người nhận nào được thêm. Hãy thử lại, hoặc báo Quản trị nếu lỗi lặp lại.')
      expect(await membersOf(list)).toEqual([])
      expect((await importEntries()).length).toBe(entries)
      const logged = JSON.stringify(errors.mock.calls)
      expect(logged).toContain('test_refuses_one')
      expect(logged).not.toContain('@')
      expect(logged).not.toContain('Cường')
    } finally {
      errors.mockRestore()
      await sql(cms.databaseUrl, 'ALTER TABLE list_members DROP CONSTRAINT test_refuses_one')
    }
  })

  it('an audit entry that cannot be written undoes the rows already inserted', async () => {
    const list = await newList('Không ghi được nhật ký')
    await sql(cms.databaseUrl, `ALTER TABLE audit_log ADD CONSTRAINT test_no_import_entry CHECK (document_title NOT LIKE 'Nhập %') NOT VALID`)
    try {
      await refusal(await upload(list, LEADERS_CSV), 500)
      expect(await membersOf(list)).toEqual([])
    } finally {
      await sql(cms.databaseUrl, 'ALTER TABLE audit_log DROP CONSTRAINT test_no_import_entry')
    }
    // Nothing was half-written: the same file goes in whole afterwards.
    expect((await report(await upload(list, LEADERS_CSV))).imported).toBe(5)
  })

  it('two imports of one sheet at once add each person once', async () => {
    const list = await newList('Nhập cùng lúc')
    const [first, second] = await Promise.all([upload(list, LEADERS_CSV).then(report), upload(list, LEADERS_CSV).then(report)])
    expect(first.imported + second.imported).toBe(5)
    expect(Math.min(first.imported, second.imported)).toBe(0)
    expect(await membersOf(list)).toHaveLength(5)
    expect((await importEntries()).filter((entry) => entry.documentTitle?.endsWith('“Nhập cùng lúc”'))).toHaveLength(1)
  })
})
