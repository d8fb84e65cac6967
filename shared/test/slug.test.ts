import { describe, expect, it } from 'vitest'
import { slugCandidates, toSlug } from '../src'

describe('toSlug', () => {
  it('turns a Vietnamese title into an ASCII slug', () => {
    expect(toSlug('Đẩy mạnh cải cách thủ tục hành chính')).toBe('day-manh-cai-cach-thu-tuc-hanh-chinh')
  })

  it('gives the same slug for decomposed (NFD) input', () => {
    const nfd = 'Đẩy mạnh cải cách thủ tục hành chính'.normalize('NFD')
    expect(nfd).not.toBe(nfd.normalize('NFC'))
    expect(toSlug(nfd)).toBe('day-manh-cai-cach-thu-tuc-hanh-chinh')
  })

  it('maps đ and Đ to d', () => {
    expect(toSlug('ĐỔI MỚI đồng bộ')).toBe('doi-moi-dong-bo')
  })

  it('drops punctuation and collapses separators', () => {
    expect(toSlug('  “Một cửa” — liên thông: 100% trực tuyến?!  ')).toBe('mot-cua-lien-thong-100-truc-tuyen')
    expect(toSlug('Quyết định số 145/KH-UBND')).toBe('quyet-dinh-so-145-kh-ubnd')
    expect(toSlug('Chính phủ điện tử & Chính phủ số')).toBe('chinh-phu-dien-tu-va-chinh-phu-so')
  })

  it('keeps every tone and vowel mark distinct letters apart', () => {
    expect(toSlug('ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ý ỷ ỹ ỵ')).toBe('a-a-a-a-a-a-a-a-a-a-e-e-e-e-e-o-o-o-o-o-o-o-o-o-o-u-u-u-u-u-y-y-y-y-y')
  })

  it('returns an empty slug for text with no letters or digits', () => {
    expect(toSlug('—?!')).toBe('')
  })
})

describe('slugCandidates', () => {
  it('tries the slug itself, then -2, -3…, in batches', () => {
    expect(slugCandidates('cai-cach', 1, 3)).toEqual(['cai-cach', 'cai-cach-2', 'cai-cach-3'])
    expect(slugCandidates('cai-cach', 4, 2)).toEqual(['cai-cach-4', 'cai-cach-5'])
  })
})
