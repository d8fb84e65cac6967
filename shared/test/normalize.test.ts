import { describe, expect, it } from 'vitest'
import { normalizeDeep, toNFC } from '../src'

describe('NFC normalisation', () => {
  it('composes decomposed Vietnamese', () => {
    const nfd = 'Thủ tục hành chính'.normalize('NFD')
    expect(toNFC(nfd)).toBe('Thủ tục hành chính')
    expect(toNFC(nfd).length).toBeLessThan(nfd.length)
  })

  it('normalises every string in nested data and leaves other values alone', () => {
    const when = new Date('2026-01-01T00:00:00Z')
    const data = {
      title: 'Cải cách'.normalize('NFD'),
      tags: ['Đổi mới'.normalize('NFD'), 3],
      body: { root: { children: [{ text: 'Hồ sơ'.normalize('NFD') }] } },
      count: 2,
      when,
      empty: null,
    }
    const result = normalizeDeep(data)
    expect(result.title).toBe('Cải cách')
    expect(result.tags).toEqual(['Đổi mới', 3])
    expect(result.body.root.children[0]!.text).toBe('Hồ sơ')
    expect(result.count).toBe(2)
    expect(result.when).toBe(when)
    expect(result.empty).toBeNull()
  })
})

describe('dAliases', () => {
  it('spells every word with đ/Đ with d/D, once each', async () => {
    const { dAliases } = await import('../src')
    expect(dAliases('Đổi mới đồng bộ; đổi mới cải cách, Đà Nẵng')).toEqual([
      ['Dổi', 'Đổi'],
      ['dồng', 'đồng'],
      ['dổi', 'đổi'],
      ['Dà', 'Đà'],
    ])
    expect(dAliases('Không có chữ nào')).toEqual([])
  })
})
