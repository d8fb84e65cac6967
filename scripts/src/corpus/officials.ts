import type { Random } from './random'
import type { UnitPlan } from './unitPlan'

/** The position of someone speaking for `unit`: "Phó Chủ tịch UBND xã Tân Phú", "Giám đốc Sở Nội vụ tỉnh Bắc Ninh". */
export function officialPosition(random: Random, unit: UnitPlan): string {
  switch (unit.type) {
    case 'department':
      return `${random.pick(['Giám đốc', 'Phó Giám đốc'])} ${unit.name}`
    case 'province':
    case 'city':
      return `${random.pick(['Chủ tịch UBND', 'Phó Chủ tịch UBND', 'Chánh Văn phòng UBND'])} ${unit.mention}`
    default:
      return `${random.pick(['Chủ tịch UBND', 'Phó Chủ tịch UBND', 'công chức bộ phận một cửa'])} ${unit.mention}`
  }
}
