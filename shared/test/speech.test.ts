import { describe, expect, it } from 'vitest'
import { ABBREVIATIONS, readingTime, spokenDate, spokenText, vietnamWeek, WORDS_PER_MINUTE } from '../src'

/** Any key of the table still standing as a whole word. */
const rawAbbreviations = (text: string) =>
  Object.keys(ABBREVIATIONS).filter((key) => new RegExp(`(?<![\\p{L}\\p{N}])${key.replace(/\./g, '\\.')}${key.endsWith('.') ? '' : '(?![\\p{L}\\p{N}])'}`, 'u').test(text))

describe('spokenText', () => {
  it('writes out the abbreviations of the one table, whole words only and case-sensitively', () => {
    expect(spokenText('UBND xã triển khai CCHC và rà soát TTHC.')).toBe('Ủy ban nhân dân xã triển khai cải cách hành chính và rà soát thủ tục hành chính.')
    for (const [key, full] of Object.entries(ABBREVIATIONS)) {
      const spoken = spokenText(`Về ${key} mới`)
      expect(spoken, key).toBe(`Về ${full} mới`)
      expect(rawAbbreviations(spoken), key).toEqual([])
    }
    // Not inside a longer word, not in another case.
    expect(spokenText('Mã UBNDX và ubnd, cchc')).toBe('Mã UBNDX và ubnd, cchc')
    // Longest first.
    expect(spokenText('Có DVCTT, DVC')).toBe('Có dịch vụ công trực tuyến, dịch vụ công')
    expect(spokenText('TP.HCM, Q.1, P. Kinh Bắc')).toBe('Thành phố Hồ Chí Minh, Quận một, Phường Kinh Bắc')
  })

  it('starts a sentence with a capital when what it replaced did', () => {
    expect(spokenText('CCHC là trọng tâm. CCHC cần người dân. Đẩy mạnh CCHC')).toBe(
      'Cải cách hành chính là trọng tâm. Cải cách hành chính cần người dân. Đẩy mạnh cải cách hành chính',
    )
    expect(spokenText('- 95% hồ sơ đúng hạn\n- 3 thủ tục mới')).toBe('Chín mươi lăm phần trăm hồ sơ đúng hạn\nBa thủ tục mới')
  })

  it('reads dates as they are said, with or without leading zeros', () => {
    expect(spokenText('12/3/2026')).toBe('Ngày mười hai tháng ba năm hai nghìn không trăm hai mươi sáu')
    expect(spokenText('họp ngày 03/12/2026')).toBe('họp ngày ba tháng mười hai năm hai nghìn không trăm hai mươi sáu')
    expect(spokenText('từ 1/7/2025')).toBe('từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm')
    expect(spokenText('sáng 12/3, từ 1/4')).toBe('sáng ngày mười hai tháng ba, từ ngày một tháng tư')
    expect(spokenText('hạn 2026-03-12')).toBe('hạn ngày mười hai tháng ba năm hai nghìn không trăm hai mươi sáu')
    expect(spokenText('tháng 4/2026, quý IV/2026')).toBe('tháng tư năm hai nghìn không trăm hai mươi sáu, quý bốn năm hai nghìn không trăm hai mươi sáu')
    // Not a date: a 13th month, or a fraction-like pair with no word announcing a date.
    expect(spokenText('31/13/2026')).not.toContain('tháng')
  })

  it('reads times, including midnight', () => {
    expect(spokenText('lúc 14:30 và 14h30')).toBe('lúc mười bốn giờ ba mươi phút và mười bốn giờ ba mươi phút')
    expect(spokenText('00:00 ngày 1/1/2026')).toBe('Không giờ ngày một tháng một năm hai nghìn không trăm hai mươi sáu')
    expect(spokenText('từ 7h đến 16:00')).toBe('từ bảy giờ đến mười sáu giờ')
  })

  it('reads percentages, amounts and decimals the Vietnamese way', () => {
    expect(spokenText('đạt 95%')).toBe('đạt chín mươi lăm phần trăm')
    expect(spokenText('đạt 98,6 %')).toBe('đạt chín mươi tám phẩy sáu phần trăm')
    expect(spokenText('12.418 hồ sơ')).toBe('Mười hai nghìn bốn trăm mười tám hồ sơ')
    expect(spokenText('tiếp nhận 1.234.567,5 đồng')).toBe('tiếp nhận một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy phẩy năm đồng')
    expect(spokenText('giai đoạn 2021-2025')).toBe('giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm')
    expect(spokenText('thứ 4, lần thứ 1, tháng 4')).toBe('thứ tư, lần thứ nhất, tháng tư')
    expect(spokenText('gọi 0912345678')).toBe('gọi không chín một hai ba bốn năm sáu bảy tám')
  })

  it('reads a document number as "số … trên …" with its symbol written out', () => {
    expect(spokenText('Kế hoạch số 145/KH-UBND')).toBe('Kế hoạch số một trăm bốn mươi lăm trên Kế hoạch Ủy ban nhân dân')
    expect(spokenText('Nghị định 61/2018/NĐ-CP')).toBe('Nghị định số sáu mươi mốt trên hai nghìn không trăm mười tám trên Nghị định của Chính phủ')
    expect(spokenText('Quyết định 1294/QĐ-TTg')).toBe('Quyết định số một nghìn hai trăm chín mươi tư trên Quyết định Thủ tướng Chính phủ')
  })

  it('takes decomposed (NFD) text and gives NFC', () => {
    const spoken = spokenText('Đẩy mạnh CCHC ở cấp xã, tháng 4'.normalize('NFD'))
    expect(spoken).toBe('Đẩy mạnh cải cách hành chính ở cấp xã, tháng tư')
    expect(spoken.normalize('NFC')).toBe(spoken)
  })

  it('leaves no markup from HTML-looking input, and drops scripts with their content', () => {
    const spoken = spokenText('<p>Tin <b>CCHC</b></p><script>alert("UBND")</script><style>p{}</style><p>Hai &amp; &lt;i&gt;ba&lt;/i&gt; &lt;script&gt;x()&lt;/script&gt;</p>a < b')
    expect(spoken).toBe('Tin cải cách hành chính\nHai và ba\na b')
    expect(spoken).not.toMatch(/[<>]/)
  })

  it('keeps a character reference that names no character as written, rather than failing the build', () => {
    expect(() => spokenText('Mã &#99999999; và &#xD800; lạ')).not.toThrow()
    expect(spokenText('Chữ &#272;&#7893;i')).toBe('Chữ Đổi')
  })

  it('leaves web and mail addresses as they are written', () => {
    expect(spokenText('Xem https://dichvucong.gov.vn/p/123 hoặc gửi hotro@xa.gov.vn')).toBe('Xem https://dichvucong.gov.vn/p/123 hoặc gửi hotro@xa.gov.vn')
  })
})

describe('spokenDate', () => {
  it('says the calendar day in Vietnam: midnight of New Year is already the new year', () => {
    expect(spokenDate('2025-12-31T17:00:00.000Z')).toBe('ngày một tháng một năm hai nghìn không trăm hai mươi sáu')
    expect(spokenDate('2025-12-31T16:59:59.000Z')).toBe('ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi lăm')
  })
})

describe('vietnamWeek', () => {
  it('runs from Monday 00:00 to Sunday 23:59:59 in Vietnam, across a year boundary too', () => {
    // Monday 23 November 2026, 00:00 in Vietnam.
    expect(vietnamWeek('2026-11-22T17:00:00.000Z')).toEqual({ start: new Date('2026-11-22T17:00:00.000Z'), end: new Date('2026-11-29T16:59:59.999Z') })
    // One second earlier is Sunday of the week before.
    expect(vietnamWeek('2026-11-22T16:59:59.000Z').start).toEqual(new Date('2026-11-15T17:00:00.000Z'))
    expect(vietnamWeek('2025-12-31T17:00:00.000Z')).toEqual({ start: new Date('2025-12-28T17:00:00.000Z'), end: new Date('2026-01-04T16:59:59.999Z') })
  })
})

describe('readingTime', () => {
  it(`counts ${WORDS_PER_MINUTE} words a minute, rounded up to the half minute, then the minute`, () => {
    expect(readingTime(0).label).toBe('khoảng nửa phút đọc')
    expect(readingTime(150)).toEqual({ words: 150, minutes: 1, label: 'khoảng 1 phút đọc' })
    expect(readingTime(151).label).toBe('khoảng 1 phút rưỡi đọc')
    expect(readingTime(300).label).toBe('khoảng 2 phút đọc')
    expect(readingTime(1501).label).toBe('khoảng 11 phút đọc')
    expect(readingTime('Ủy ban nhân dân xã, Vê-en-e-ai-đi 2026').words).toBe(11)
  })
})
