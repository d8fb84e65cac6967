import { describe, expect, it } from 'vitest'
import { keyPointsOf } from '../../src/print/keyPoints'

describe('keyPointsOf', () => {
  it('takes the outermost list items, their own words only, as plain text', () => {
    const html = `<p>Mở đầu.</p><h2>Mục</h2>
      <ul><li>Tiếp nhận <strong>trực tuyến</strong>
        toàn trình<ul><li>Ở cấp xã</li></ul></li><li><p>Trả kết quả tại nhà</p></li></ul>
      <ol><li>Bước ba</li><li>  </li><li>Tiếp nhận trực tuyến toàn trình</li></ol>`
    expect(keyPointsOf(html)).toEqual(['Tiếp nhận trực tuyến toàn trình', 'Trả kết quả tại nhà', 'Bước ba'])
  })

  it('takes the subheadings when there is no list, and stops at the limit', () => {
    const html = '<h2>Một</h2><p>A.</p><h3>Hai</h3><h4>Ba &amp; bốn</h4><h2>Năm</h2>'
    expect(keyPointsOf(html)).toEqual(['Một', 'Hai', 'Ba & bốn', 'Năm'])
    expect(keyPointsOf(html, 2)).toEqual(['Một', 'Hai'])
  })

  it('takes the first sentences of the paragraphs when there is neither', () => {
    const html = '<p>Xã đã số hóa hồ sơ. Người dân hài lòng hơn!</p><figure><figcaption>Chú thích ảnh.</figcaption></figure><p>Còn khó khăn? Sẽ khắc phục.</p>'
    expect(keyPointsOf(html, 3)).toEqual(['Xã đã số hóa hồ sơ.', 'Người dân hài lòng hơn!', 'Còn khó khăn?'])
    expect(keyPointsOf('')).toEqual([])
  })

  it('gives NFC text from decomposed input', () => {
    const [point] = keyPointsOf('<ul><li>Đổi mới thủ tục</li></ul>'.normalize('NFD'))
    expect(point).toBe('Đổi mới thủ tục')
    expect(point).toBe(point!.normalize('NFC'))
  })
})
