import { toSlug, type DocumentType } from '@reform/shared'
import { CORPUS_MONTHS, vietnamParts, vietnamTime, workingMoment } from './calendar'
import type { CorpusSize } from './corpusSize'
import { NATIONAL_DOCUMENTS } from './nationalDocuments'
import { slotsFor, type Template } from './phraseSlots'
import type { Random } from './random'
import { UniqueTitles } from './uniqueTitles'
import type { UnitPlan } from './unitPlan'
import { person } from './vietnameseNames'

export type DocumentPlan = {
  number: string
  title: string
  type: DocumentType
  issuer: string
  signer: string
  issuedAt: Date
  effectiveAt?: Date
  summary: string
  reformAreas: number[]
  unit?: number
  /** Indexes of earlier documents in the plan. */
  relatedDocuments: number[]
  /** A PDF name when the document comes with its file. */
  fileName?: string
}

type Issuer = 'ubnd' | 'hdnd' | 'snv'

/** A kind of provincial document: who issues it, its symbol and what it is about. */
type DocumentKind = {
  weight: number
  issuer: Issuer
  type: DocumentType
  /** What follows the number: 145/KH-UBND. Legal documents carry the year too: 12/2024/NQ-HĐND. */
  symbol: string
  withYear?: boolean
  areas: number[]
  /** `year` is the year a plan is for: next year's when issued in November or December. */
  titles: Template[]
  summary: Template
  /** Days from signing to taking effect; none: the document says nothing about it. */
  effectiveAfter?: [number, number]
}

const ALL_AREAS = [0, 1, 2, 3, 4, 5]

const KINDS: DocumentKind[] = [
  {
    weight: 6,
    issuer: 'ubnd',
    type: 'plan',
    symbol: 'KH-UBND',
    areas: ALL_AREAS,
    titles: [
      ({ year, province }) => `Kế hoạch cải cách hành chính năm ${year} của ${province}`,
      ({ year, province }) => `Kế hoạch kiểm tra công tác cải cách hành chính năm ${year} tại ${province}`,
      ({ year, province }) => `Kế hoạch tuyên truyền cải cách hành chính năm ${year} của ${province}`,
    ],
    summary: ({ year }) => `Mục tiêu, nhiệm vụ và phân công thực hiện các nội dung cải cách hành chính năm ${year}; thời hạn báo cáo và trách nhiệm của các cơ quan, đơn vị.`,
  },
  {
    weight: 5,
    issuer: 'ubnd',
    type: 'plan',
    symbol: 'KH-UBND',
    areas: [1],
    titles: [
      ({ year, province }) => `Kế hoạch rà soát, đánh giá thủ tục hành chính năm ${year} tại ${province}`,
      ({ year, province }) => `Kế hoạch kiểm soát thủ tục hành chính năm ${year} của ${province}`,
      ({ year, province }) => `Kế hoạch nâng cao Chỉ số hài lòng của người dân, tổ chức năm ${year} tại ${province}`,
    ],
    summary: ({ n }) => `Rà soát ${n(20, 120)} thủ tục hành chính, đề xuất phương án đơn giản hóa và giao chỉ tiêu cho từng cơ quan, đơn vị.`,
  },
  {
    weight: 5,
    issuer: 'ubnd',
    type: 'plan',
    symbol: 'KH-UBND',
    areas: [5],
    titles: [
      ({ year, province }) => `Kế hoạch chuyển đổi số năm ${year} của ${province}`,
      ({ year, province }) => `Kế hoạch số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm ${year} tại ${province}`,
      ({ year, province }) => `Kế hoạch phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử năm ${year} tại ${province}`,
    ],
    summary: ({ pct }) => `Chỉ tiêu đến cuối năm: ${pct(50, 95)}% hồ sơ được nộp trực tuyến, 100% kết quả giải quyết thủ tục hành chính được số hóa.`,
  },
  {
    weight: 16,
    issuer: 'ubnd',
    type: 'decision',
    symbol: 'QĐ-UBND',
    areas: [1],
    effectiveAfter: [0, 0],
    titles: [
      ({ field, year, province }) => `Quyết định công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung lĩnh vực ${field} năm ${year} của ${province}`,
      ({ field, year, province }) => `Quyết định phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực ${field} năm ${year} tại ${province}`,
    ],
    summary: ({ n }) => `Công bố ${n(3, 25)} thủ tục hành chính mới ban hành, ${n(2, 20)} thủ tục được sửa đổi, bổ sung và ${n(1, 10)} thủ tục bị bãi bỏ.`,
  },
  {
    weight: 2,
    issuer: 'ubnd',
    type: 'decision',
    symbol: 'QĐ-UBND',
    areas: ALL_AREAS,
    effectiveAfter: [0, 0],
    titles: [
      ({ year, province }) => `Quyết định ban hành Bộ chỉ số đánh giá kết quả cải cách hành chính của các sở, ngành năm ${year} thuộc ${province}`,
      ({ year, province }) => `Quyết định công bố Chỉ số cải cách hành chính năm ${year - 1} của các sở, ngành thuộc ${province}`,
    ],
    summary: () => 'Các tiêu chí, thang điểm và cách thức đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính của từng cơ quan.',
  },
  {
    weight: 3,
    issuer: 'ubnd',
    type: 'directive',
    symbol: 'CT-UBND',
    areas: [3, 1],
    effectiveAfter: [0, 0],
    titles: [
      ({ year, province }) => `Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính năm ${year} tại ${province}`,
      ({ year, province }) => `Chỉ thị về đẩy mạnh cải cách hành chính, nâng cao Chỉ số cải cách hành chính năm ${year} của ${province}`,
    ],
    summary: () => 'Yêu cầu người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trực tiếp về kết quả cải cách hành chính tại cơ quan mình.',
  },
  {
    weight: 14,
    issuer: 'ubnd',
    type: 'report',
    symbol: 'BC-UBND',
    areas: ALL_AREAS,
    titles: [
      ({ period, province }) => `Báo cáo kết quả công tác cải cách hành chính ${period} của ${province}`,
      ({ period, province }) => `Báo cáo kết quả kiểm soát thủ tục hành chính ${period} tại ${province}`,
    ],
    summary: ({ period }) => `Tổng hợp kết quả thực hiện nhiệm vụ cải cách hành chính ${period}, những tồn tại, hạn chế và nhiệm vụ trọng tâm thời gian tới.`,
  },
  {
    weight: 14,
    issuer: 'ubnd',
    type: 'official-letter',
    symbol: 'UBND-KSTT',
    areas: [1],
    titles: [
      ({ period, province }) => `Công văn đôn đốc giải quyết hồ sơ thủ tục hành chính quá hạn ${period} tại ${province}`,
      ({ period, province }) => `Công văn chấn chỉnh kỷ luật, kỷ cương tại bộ phận một cửa ${period} của ${province}`,
      ({ period, province }) => `Công văn triển khai thu phí, lệ phí không dùng tiền mặt ${period} tại ${province}`,
    ],
    summary: () => 'Đề nghị các cơ quan, đơn vị khẩn trương thực hiện và báo cáo kết quả về Văn phòng UBND trước thời hạn.',
  },
  {
    weight: 6,
    issuer: 'ubnd',
    type: 'notice',
    symbol: 'TB-UBND',
    areas: ALL_AREAS,
    titles: [({ period, province }) => `Thông báo kết luận của Chủ tịch UBND ${province} tại hội nghị sơ kết công tác cải cách hành chính ${period}`],
    summary: () => 'Kết luận về kết quả đạt được, những hạn chế và các nhiệm vụ cần tập trung chỉ đạo trong thời gian tới.',
  },
  {
    weight: 5,
    issuer: 'hdnd',
    type: 'resolution',
    symbol: 'NQ-HĐND',
    withYear: true,
    areas: [0, 4],
    effectiveAfter: [10, 30],
    titles: [
      ({ policy, province }) => `Nghị quyết quy định ${policy} trên địa bàn ${province}`,
      ({ policy, year, province }) => `Nghị quyết quy định ${policy} từ năm ${year} trên địa bàn ${province}`,
    ],
    summary: () => 'Quy định đối tượng, mức hỗ trợ, nguồn kinh phí và trách nhiệm tổ chức thực hiện.',
  },
  {
    weight: 4,
    issuer: 'snv',
    type: 'guidance',
    symbol: 'HD-SNV',
    areas: ALL_AREAS,
    titles: [
      ({ year, province }) => `Hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm ${year} đối với các cơ quan, đơn vị thuộc ${province}`,
      ({ year, province }) => `Hướng dẫn xây dựng kế hoạch cải cách hành chính năm ${year} cho các cơ quan, đơn vị thuộc ${province}`,
    ],
    summary: () => 'Cách tự chấm điểm, tài liệu kiểm chứng cần có và thời hạn gửi báo cáo tự đánh giá.',
  },
  {
    weight: 4,
    issuer: 'snv',
    type: 'plan',
    symbol: 'KH-SNV',
    areas: [3, 1],
    titles: [
      ({ year, province }) => `Kế hoạch khảo sát sự hài lòng của người dân, tổ chức năm ${year} tại ${province}`,
      ({ year, province }) => `Kế hoạch bồi dưỡng kỹ năng cho công chức bộ phận một cửa năm ${year} tại ${province}`,
    ],
    summary: ({ n }) => `Khảo sát ${n(1000, 9000)} phiếu tại bộ phận một cửa các cấp; kết quả dùng để đánh giá, xếp loại cơ quan, đơn vị.`,
  },
  {
    weight: 6,
    issuer: 'snv',
    type: 'report',
    symbol: 'BC-SNV',
    areas: ALL_AREAS,
    titles: [({ period, province }) => `Báo cáo kết quả kiểm tra công tác cải cách hành chính ${period} tại ${province}`],
    summary: ({ n }) => `Kết quả kiểm tra tại ${n(5, 30)} cơ quan, đơn vị; những việc làm tốt và những tồn tại cần khắc phục.`,
  },
  {
    weight: 10,
    issuer: 'snv',
    type: 'official-letter',
    symbol: 'SNV-CCHC',
    areas: ALL_AREAS,
    titles: [
      ({ period, province }) => `Công văn hướng dẫn báo cáo kết quả cải cách hành chính ${period} tại ${province}`,
      ({ period, province }) => `Công văn đề nghị cập nhật tài liệu kiểm chứng Chỉ số cải cách hành chính ${period} của ${province}`,
    ],
    summary: () => 'Đề nghị các cơ quan, đơn vị cập nhật số liệu, tài liệu kiểm chứng đầy đủ và gửi đúng hạn.',
  },
]

const SIGNERS: Record<Issuer, string[]> = { ubnd: ['Chủ tịch', 'Phó Chủ tịch'], hdnd: ['Chủ tịch', 'Phó Chủ tịch'], snv: ['Giám đốc', 'Phó Giám đốc'] }
/** How far numbers jump between two documents of the corpus: the issuer signs many others between them. */
const NUMBER_STEP: Record<Issuer, number> = { ubnd: 120, hdnd: 4, snv: 40 }
const DAY_MS = 86_400_000

/**
 * The national documents, then provincial ones issued by the provinces' people's committees,
 * councils and home-affairs departments, numbered per issuer, symbol and year in order of issue.
 */
export function planDocuments(random: Random, size: CorpusSize, units: UnitPlan[]): DocumentPlan[] {
  const national: DocumentPlan[] = NATIONAL_DOCUMENTS.map((document) => ({ ...document, relatedDocuments: [] }))
  const provinces = units.flatMap((unit, index) => (unit.stage === 'province' ? [index] : []))
  const homeAffairs = new Map(units.flatMap((unit, index) => (unit.name.startsWith('Sở Nội vụ') ? [[unit.province, index] as const] : [])))
  const titles = new UniqueTitles()
  const drafts = Array.from({ length: size.provincialDocuments }, () =>
    titles.draw(() => {
      const kind = random.weighted(KINDS, (candidate) => candidate.weight)
      const provinceIndex = random.pick(provinces)
      const province = units[provinceIndex]!
      const { year, month, day } = vietnamParts(workingMoment(random, random.pick(CORPUS_MONTHS)))
      const issuedAt = vietnamTime(year, month, day)
      const slots = { ...slotsFor(random, province, province, issuedAt), year: month >= 11 ? year + 1 : year }
      const earlierNational = national.flatMap((document, index) => (document.issuedAt < issuedAt ? [index] : []))
      return {
        kind,
        province,
        title: random.pick(kind.titles)(slots),
        type: kind.type,
        issuer: `${{ ubnd: 'UBND', hdnd: 'HĐND', snv: 'Sở Nội vụ' }[kind.issuer]} ${province.mention}`,
        signer: `${random.pick(SIGNERS[kind.issuer])} ${person(random).fullName}`,
        issuedAt,
        effectiveAt: kind.effectiveAfter && new Date(issuedAt.getTime() + random.int(...kind.effectiveAfter) * DAY_MS),
        summary: kind.summary(slots),
        reformAreas: kind.areas,
        unit: kind.issuer === 'snv' ? homeAffairs.get(provinceIndex) : provinceIndex,
        relatedDocuments: earlierNational.length > 0 && random.chance(0.3) ? [random.pick(earlierNational)] : [],
      }
    }),
  )

  drafts.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime())
  const lastNumbers = new Map<string, number>()
  const provincial = drafts.map(({ kind, province, ...document }): DocumentPlan => {
    const year = vietnamParts(document.issuedAt).year
    const key = `${document.issuer}|${kind.symbol}|${year}`
    const number = (lastNumbers.get(key) ?? 0) + random.int(1, NUMBER_STEP[kind.issuer])
    lastNumbers.set(key, number)
    const fullNumber = `${number}${kind.withYear ? `/${year}` : ''}/${kind.symbol}`
    const fileName = random.chance(0.1) ? `${toSlug(fullNumber)}-${year}-${toSlug(province.name)}.pdf` : undefined
    return { ...document, number: fullNumber, fileName }
  })
  return [...national, ...provincial]
}
