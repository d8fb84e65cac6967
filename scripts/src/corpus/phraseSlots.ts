import { periodBefore, vietnamParts } from './calendar'
import { capitalise } from './letterCase'
import type { Random } from './random'
import type { UnitPlan } from './unitPlan'

/** What a phrase template may mention; numbers are drawn afresh each time one is used. */
export type Slots = {
  /** The unit at the start of a sentence ("Xã Tân Phú") and inside one ("xã Tân Phú"). */
  Unit: string
  unit: string
  /** The province-level unit the subject belongs to, inside a sentence. */
  province: string
  /** The period a report covers ("quý II/2024"), and capitalised to open a sentence. */
  period: string
  Period: string
  year: number
  /** A field of administrative procedures ("đất đai", "hộ tịch"). */
  field: string
  /** A local policy under discussion ("mức hỗ trợ chuyển đổi số cấp xã"). */
  policy: string
  /** A whole number in Vietnamese notation: 12.418. */
  n: (min: number, max: number) => string
  /** A percentage without its sign, one decimal in Vietnamese notation: 98,6. */
  pct: (min: number, max: number) => string
}

export type Template = (slots: Slots) => string

const FIELDS = [
  'đất đai',
  'hộ tịch',
  'xây dựng',
  'đăng ký kinh doanh',
  'chứng thực',
  'tư pháp',
  'đầu tư',
  'giao thông vận tải',
  'y tế',
  'giáo dục và đào tạo',
  'bảo trợ xã hội',
  'lao động, việc làm',
  'tài nguyên và môi trường',
  'cư trú',
  'nông nghiệp',
  'người có công',
]

const POLICIES = [
  'mức hỗ trợ chuyển đổi số cấp xã',
  'chính sách thu hút nhân lực chất lượng cao',
  'phân cấp quản lý đầu tư công',
  'mức thu phí, lệ phí khi nộp hồ sơ trực tuyến',
  'hỗ trợ cán bộ dôi dư sau sắp xếp',
  'quản lý, sử dụng nhà văn hóa thôn, tổ dân phố',
  'mức chi cho công tác kiểm soát thủ tục hành chính',
  'khen thưởng sáng kiến cải cách hành chính',
  'hỗ trợ tổ công nghệ số cộng đồng',
  'chế độ bồi dưỡng công chức bộ phận một cửa',
]

const integer = new Intl.NumberFormat('vi-VN')
const oneDecimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

export function slotsFor(random: Random, subject: UnitPlan, province: UnitPlan, moment: Date): Slots {
  const period = periodBefore(random, moment)
  return {
    Unit: subject.name,
    unit: subject.mention,
    province: province.mention,
    period,
    Period: capitalise(period),
    year: vietnamParts(moment).year,
    field: random.pick(FIELDS),
    policy: random.pick(POLICIES),
    n: (min, max) => integer.format(random.int(min, max)),
    pct: (min, max) => oneDecimal.format(random.decimal(min, max)),
  }
}
