import { describe, expect, it } from 'vitest'
import { currentUnits, isDissolved, mergedUnitsByTarget, mergerNotice, mergerSentence, unitTree, type UnitWithMerger as Unit } from '../src/lib/units'

let nextId = 1
const units: Unit[] = []
function unit(name: string, type: Unit['type'], more: Partial<Unit> = {}): Unit {
  const made = { id: nextId++, name, slug: name.toLowerCase().replace(/\s+/g, '-'), type, updatedAt: '2026-01-01T00:00:00.000Z', ...more } as Unit
  units.push(made)
  return made
}

const bacNinh = unit('Tỉnh Bắc Ninh', 'province')
const hanoi = unit('Thành phố Hà Nội', 'city')
const ministry = unit('Bộ Nội vụ', 'ministry')
const kinhBac = unit('Phường Kinh Bắc', 'ward', { parent: bacNinh.id })
unit('Xã Lục Ngạn', 'commune', { parent: bacNinh.id })
unit('Đặc khu Thử', 'special-zone', { parent: bacNinh.id })
unit('Sở Nội vụ', 'department', { parent: bacNinh.id })
const team = unit('Tổ một cửa', 'department', { parent: kinhBac.id })
const suoiHoa = unit('Phường Suối Hoa', 'ward', { parent: bacNinh.id, dissolvedAt: '2025-06-30T17:00:00.000Z', mergedInto: kinhBac.id, mergedIntoUnit: kinhBac })
const bacGiang = unit('Tỉnh Bắc Giang', 'province', { dissolvedAt: '2025-06-30T17:00:00.000Z', mergedInto: bacNinh.id, mergedIntoUnit: bacNinh })
const orphan = unit('Phường Mồ Côi', 'ward', { parent: 9999 })

describe('history mode of units', () => {
  it('says which units are dissolved, when, and where they went', () => {
    expect(isDissolved(suoiHoa)).toBe(true)
    expect(isDissolved(kinhBac)).toBe(false)
    expect(currentUnits([kinhBac, suoiHoa, bacGiang])).toEqual([kinhBac])
    expect(mergerNotice(kinhBac)).toBeUndefined()
    const notice = mergerNotice(suoiHoa)!
    expect(notice).toMatchObject({ date: '01/07/2025', isoDate: '2025-07-01', into: kinhBac })
    expect(mergerSentence(notice)).toBe('Đơn vị đã giải thể, sắp xếp từ ngày 01/07/2025 và sáp nhập vào Phường Kinh Bắc')
    expect(mergerSentence({ ...notice, into: undefined })).toBe('Đơn vị đã giải thể, sắp xếp từ ngày 01/07/2025')
    expect(mergedUnitsByTarget(units).get(kinhBac.id)).toEqual([suoiHoa])
    expect(mergedUnitsByTarget(units).get(bacNinh.id)).toEqual([bacGiang])
  })

  it('makes a tree: provinces first, each with its units by kind, a former province with the one it joined', () => {
    // In the order lib/content gives them: by name.
    const tree = unitTree([...units].sort((a, b) => new Intl.Collator('vi').compare(a.name, b.name)))
    // A unit whose parent is not published stays at the top, after the province-level units.
    expect(tree.map((section) => section.unit)).toEqual([hanoi, bacNinh, ministry, orphan])
    const province = tree[1]!
    expect(province.groups.map((group) => [group.label, group.units.map((node) => node.unit.name)])).toEqual([
      ['Xã', ['Xã Lục Ngạn']],
      ['Phường', ['Phường Kinh Bắc', 'Phường Suối Hoa']],
      ['Đặc khu', ['Đặc khu Thử']],
      ['Sở, ban, ngành', ['Sở Nội vụ']],
    ])
    // Deeper units stay under theirs.
    expect(province.groups[1]!.units[0]!.groups[0]!.units.map((node) => node.unit)).toEqual([team])
    expect(province.merged.map((node) => node.unit)).toEqual([bacGiang])
    expect(tree.some((section) => section.unit === bacGiang)).toBe(false)
  })
})
