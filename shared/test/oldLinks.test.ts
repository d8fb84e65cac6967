import { describe, expect, it } from 'vitest'
import { oldLinksOf, oldPathFile, oldLinks } from '../src/urls/oldLinks'

const wordpress = (itemId: string, url: string) => ({ system: 'wordpress', site: 'https://cu.example.gov.vn', itemId, url: `https://cu.example.gov.vn${url}` })

describe("an imported portal's old links", () => {
  it('names each old path the file a static host serves there: an old page file itself, any other path a folder', () => {
    expect(oldPathFile('/2019/05/bai-cu/')).toBe('2019/05/bai-cu/index.html')
    expect(oldPathFile('/2019/05/bai-cu')).toBe('2019/05/bai-cu/index.html')
    expect(oldPathFile('/tin-tuc/abc-123.html')).toBe('tin-tuc/abc-123.html')
    expect(oldPathFile('/tin-tuc/abc-123.html/')).toBe('tin-tuc/abc-123.html')
    expect(oldPathFile('/phien-ban-1.2/')).toBe('phien-ban-1.2/index.html')
  })

  it("keeps the new site's own addresses and paths that name no file out", () => {
    expect(oldLinks(wordpress('1', '/tin-tuc/bai-moi/')).paths).toEqual([])
    expect(oldLinks(wordpress('1', '/tin-tuc/abc-123.html')).paths).toEqual(['/tin-tuc/abc-123.html'])
    expect(oldLinks(wordpress('1', '/a/%2e%2e/%2e%2e/etc/')).paths).toEqual(['/etc/', '/etc'])
    expect(oldLinks(wordpress('1', '/a/%252e%252e/x/')).paths).toEqual([])
    expect(oldLinks(wordpress('1', '/old-links/00.json')).paths).toEqual([])
  })

  it('gives a contested old address to the first item, and WordPress ids their ?p= and ?page_id= addresses', () => {
    const links = oldLinksOf([
      { to: '/tin-tuc/mot/', source: wordpress('1', '/bai/') },
      { to: '/tin-tuc/hai/', source: wordpress('2', '/bai/') },
    ])
    expect(links.filter((link) => link.from.startsWith('/bai'))).toEqual([
      { from: '/bai/', to: '/tin-tuc/mot/', kind: 'path' },
      { from: '/bai', to: '/tin-tuc/mot/', kind: 'path' },
    ])
    expect(links.filter((link) => link.to === '/tin-tuc/hai/').map((link) => link.from)).toEqual(['/?p=2', '/index.php?p=2', '/?page_id=2', '/index.php?page_id=2'])
  })
})
