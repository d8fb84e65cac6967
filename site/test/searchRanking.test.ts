import { describe, expect, it } from 'vitest'
import { rankResults } from '../src/search/rankResults'
import { excerptOf, withoutAliases } from '../src/search/searchText'

const titles = (query: string, texts: string[]) =>
  rankResults(
    query,
    texts.map((text) => ({ title: text.split('.')[0]!, text })),
  ).map((result) => result.title)

describe("the search page's re-ranking", () => {
  it("puts the words together and in order first, the query's accents before folded ones, Pagefind's order within a tier", () => {
    const pagefindOrder = ['Mọi người. đời sống mới', 'Thay đổi. lịch làm việc mới', 'Cải cách. đổi mới thủ tục', 'Đổi mới. cách làm', 'Đối mới. đối mới']
    expect(titles('doi moi', pagefindOrder)).toEqual(['Đổi mới', 'Đối mới', 'Cải cách', 'Mọi người', 'Thay đổi'])
    expect(titles('đổi mới', pagefindOrder)).toEqual(['Đổi mới', 'Cải cách', 'Đối mới', 'Thay đổi', 'Mọi người'])
  })

  it('reads a document number the same however it is typed', () => {
    const pagefindOrder = ['Kế hoạch số 1450/KH-UBND. 145 trang', 'Quyết định số 145/QĐ-UBND. KH', 'Kế hoạch số 145/KH-UBND. Kế hoạch']
    for (const query of ['145/KH-UBND', '145/kh-ubnd', '145 KH UBND']) expect(titles(query, pagefindOrder)[0]).toBe('Kế hoạch số 145/KH-UBND')
  })
})

describe("a result's text and excerpt", () => {
  it('leaves out the d-spellings the page carries at its end, and only those', () => {
    expect(withoutAliases('Đổi mới thủ tục đất đai. Dổi dất.')).toBe('Đổi mới thủ tục đất đai.')
    expect(withoutAliases('Thủ tục một cửa.')).toBe('Thủ tục một cửa.')
  })

  it("marks the query's words where they stand together", () => {
    const marked = excerptOf('doi moi', 'Mọi người biết. Xã đã đổi mới cách tiếp dân.', 6)
      .map((part) => (part.hit ? `[${part.text}]` : part.text))
      .join('')
    expect(marked).toBe('… đã [đổi] [mới] cách tiếp dân.')
  })
})
