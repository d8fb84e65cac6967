import { toSlug } from '@reform/shared'
import type { Random } from './random'

/** Syllables common in commune and ward names; pairs of them make names that sound like real ones. */
const PLACE_FIRST = [
  'An',
  'Bình',
  'Cẩm',
  'Đại',
  'Đông',
  'Đức',
  'Gia',
  'Hòa',
  'Hưng',
  'Hải',
  'Hồng',
  'Hiệp',
  'Kim',
  'Long',
  'Lộc',
  'Mỹ',
  'Minh',
  'Nam',
  'Ngọc',
  'Nghĩa',
  'Phú',
  'Phúc',
  'Phước',
  'Quang',
  'Quảng',
  'Tân',
  'Tây',
  'Thạnh',
  'Thanh',
  'Thái',
  'Thuận',
  'Thượng',
  'Tiên',
  'Trung',
  'Vĩnh',
  'Xuân',
  'Yên',
  'Sơn',
  'Bắc',
  'Cao',
  'Hạ',
  'Hương',
  'Lạc',
  'Liên',
  'Tam',
  'Văn',
  'Việt',
  'Kiến',
  'Châu',
  'Đồng',
  'Cát',
  'Diễn',
  'Hoàng',
  'Khánh',
  'Lam',
  'Nhân',
  'Phổ',
  'Quế',
  'Thọ',
  'Triệu',
]
const PLACE_SECOND = [
  'An',
  'Bình',
  'Cường',
  'Chánh',
  'Điền',
  'Định',
  'Đông',
  'Đức',
  'Giang',
  'Hà',
  'Hải',
  'Hòa',
  'Hợp',
  'Hưng',
  'Hương',
  'Khánh',
  'Lạc',
  'Lâm',
  'Lập',
  'Lợi',
  'Long',
  'Lộc',
  'Lương',
  'Mỹ',
  'Minh',
  'Nam',
  'Nghĩa',
  'Ninh',
  'Phong',
  'Phú',
  'Phúc',
  'Phước',
  'Quang',
  'Sơn',
  'Tân',
  'Tây',
  'Thành',
  'Thạnh',
  'Thắng',
  'Thịnh',
  'Thọ',
  'Thuận',
  'Thủy',
  'Tiến',
  'Trung',
  'Trường',
  'Tường',
  'Vinh',
  'Xuân',
  'Yên',
  'Hiệp',
  'Hồng',
  'Kiệt',
  'Lĩnh',
  'Mai',
  'Nguyên',
  'Phát',
  'Quý',
  'Thái',
  'Tín',
]

/**
 * Every two-syllable place name in a random order, one per slug ("Thạnh An" and "Thanh An" would
 * both be thanh-an): take names from the list and none repeats, in a name or in a slug.
 */
export function placeNames(random: Random): string[] {
  const names = random.shuffle(PLACE_FIRST.flatMap((first) => PLACE_SECOND.filter((second) => second !== first).map((second) => `${first} ${second}`)))
  const slugs = new Set<string>()
  return names.filter((name) => {
    const slug = toSlug(name)
    if (slugs.has(slug)) return false
    slugs.add(slug)
    return true
  })
}

/** The 13 special zones (đặc khu) that replaced island districts on 1 July 2025, with their province. */
export const SPECIAL_ZONES = [
  { name: 'Vân Đồn', province: 'Tỉnh Quảng Ninh' },
  { name: 'Cô Tô', province: 'Tỉnh Quảng Ninh' },
  { name: 'Cát Hải', province: 'Thành phố Hải Phòng' },
  { name: 'Bạch Long Vĩ', province: 'Thành phố Hải Phòng' },
  { name: 'Phú Quốc', province: 'Tỉnh An Giang' },
  { name: 'Thổ Châu', province: 'Tỉnh An Giang' },
  { name: 'Kiên Hải', province: 'Tỉnh An Giang' },
  { name: 'Côn Đảo', province: 'Thành phố Hồ Chí Minh' },
  { name: 'Lý Sơn', province: 'Tỉnh Quảng Ngãi' },
  { name: 'Hoàng Sa', province: 'Thành phố Đà Nẵng' },
  { name: 'Trường Sa', province: 'Tỉnh Khánh Hòa' },
  { name: 'Phú Quý', province: 'Tỉnh Lâm Đồng' },
  { name: 'Cồn Cỏ', province: 'Tỉnh Quảng Trị' },
] as const

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Lương', 'Mai']
// Nguyễn alone is about a third of Vietnamese people.
const SURNAME_WEIGHT = (surname: string) => (surname === 'Nguyễn' ? 12 : surname === 'Trần' || surname === 'Lê' ? 4 : 1)
const MIDDLE = { male: ['Văn', 'Minh', 'Quốc', 'Hữu', 'Đức', 'Công', 'Xuân', 'Thanh', 'Anh'], female: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Phương', 'Hồng'] }
const GIVEN = {
  male: [
    'Anh',
    'Bình',
    'Cường',
    'Dũng',
    'Đạt',
    'Hải',
    'Hiếu',
    'Hoàng',
    'Hùng',
    'Huy',
    'Khánh',
    'Long',
    'Minh',
    'Nam',
    'Phong',
    'Quân',
    'Sơn',
    'Tài',
    'Thắng',
    'Thành',
    'Trung',
    'Tuấn',
    'Việt',
    'Vinh',
  ],
  female: [
    'Anh',
    'Châu',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hoa',
    'Hương',
    'Lan',
    'Linh',
    'Loan',
    'Mai',
    'Nga',
    'Ngân',
    'Nhung',
    'Phương',
    'Quyên',
    'Tâm',
    'Thảo',
    'Trang',
    'Vân',
    'Yến',
  ],
}

const BYLINE_SYLLABLES = [...new Set([...MIDDLE.male, ...MIDDLE.female, ...GIVEN.male, ...GIVEN.female])].filter((syllable) => syllable !== 'Thị' && syllable !== 'Văn')

export type Person = { fullName: string; honorific: 'Ông' | 'Bà' }

export function person(random: Random): Person {
  const sex = random.chance(0.5) ? 'male' : 'female'
  const fullName = `${random.weighted(SURNAMES, SURNAME_WEIGHT)} ${random.pick(MIDDLE[sex])} ${random.pick(GIVEN[sex])}`
  return { fullName, honorific: sex === 'male' ? 'Ông' : 'Bà' }
}

/** A reporter's byline as portals print it: two syllables of a name, now and then the desk. */
export function byline(random: Random): string {
  if (random.chance(0.08)) return random.pick(['Ban biên tập', 'Phóng viên', 'Cộng tác viên'])
  // Pen names pair two given-name syllables ("Minh Anh", "Thu Hà"), never the same one twice.
  const [first, second] = random.sample(BYLINE_SYLLABLES, 2)
  return `${first} ${second}`
}
