import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { planIndex, shardCount, shardOf, writeSearchIndex, writeShardList } from '../integrations/searchIndex'

let site: string

const article = (title: string) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${title} ở cấp xã.</p></main></body></html>`

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'reform-search-'))
  for (const [slug, title] of [
    ['mot-cua', 'Một cửa liên thông'],
    ['chinh-phu-so', 'Chính phủ số'],
    ['dat-dai', 'Thủ tục đất đai'],
    ['ho-tich', 'Đăng ký hộ tịch'],
  ]) {
    await mkdir(path.join(site, 'tin-tuc', slug!), { recursive: true })
    await writeFile(path.join(site, 'tin-tuc', slug!, 'index.html'), article(title!))
  }
  // A listing: never indexed.
  await writeFile(path.join(site, 'index.html'), article('Trang chủ'))
})
afterAll(() => rm(site, { recursive: true, force: true }))

const pagesIn = async (shard: number) => {
  const entry = JSON.parse(await readFile(path.join(site, 'pagefind', String(shard), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
}

describe('search index in parts', () => {
  it('stays one part for a small site and doubles the parts as the site grows', () => {
    expect([0, 1, 1000].map((pages) => shardCount(pages))).toEqual([1, 1, 1])
    expect([1001, 2000, 2001, 15_000, 1_000_000].map((pages) => shardCount(pages))).toEqual([2, 2, 4, 16, 32])
    // Hovering at a threshold does not switch back and forth: the current count holds within a tenth.
    expect([2001, 2200, 1850].map((pages) => shardCount(pages, 2))).toEqual([2, 2, 2])
    expect(shardCount(2201, 2)).toBe(4)
    expect([1999, 1850].map((pages) => shardCount(pages, 4))).toEqual([4, 4])
    expect(shardCount(1750, 4)).toBe(2)
  })

  it('puts each page in a part that does not change and spreads pages evenly', () => {
    const pages = Array.from({ length: 10_000 }, (_, n) => `tin-tuc/bai-viet-so-${n}/index.html`)
    const sizes = new Array<number>(16).fill(0)
    for (const page of pages) sizes[shardOf(page, 16)]!++
    for (const size of sizes) expect(size).toBeGreaterThan(550)
    expect(pages.map((page) => shardOf(page, 16))).toEqual(pages.map((page) => shardOf(page, 16)))
  })

  it('writes each part with its own pages and lists the parts that hold pages for the search page', async () => {
    const { pages } = await planIndex(site)
    expect(pages.sort()).toEqual(['tin-tuc/chinh-phu-so/index.html', 'tin-tuc/dat-dai/index.html', 'tin-tuc/ho-tich/index.html', 'tin-tuc/mot-cua/index.html'])
    const count = 8
    expect(await writeSearchIndex(site, { plan: { pages, count } })).toBe(4)
    const filled = [...new Set(pages.map((page) => shardOf(page, count)))].sort((a, b) => a - b)
    for (const shard of filled) expect(await pagesIn(shard)).toBe(pages.filter((page) => shardOf(page, count) === shard).length)
    expect(await writeShardList(path.join(site, 'pagefind'), count)).toEqual({ count, filled })
    expect(JSON.parse(await readFile(path.join(site, 'pagefind', 'shards.json'), 'utf8'))).toEqual({ count, filled })
  })
})
