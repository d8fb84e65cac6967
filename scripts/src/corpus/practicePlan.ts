import { toSlug, type PRACTICE_KINDS } from '@reform/shared'
import type { ArticlePlan } from './articlePlan'
import { CORPUS_MONTHS, vietnamTime } from './calendar'
import type { CorpusSize } from './corpusSize'
import type { DocumentPlan } from './documentPlan'
import { decapitalise } from './letterCase'
import { officialPosition } from './officials'
import { slotsFor, type Template } from './phraseSlots'
import type { Random } from './random'
import { UniqueTitles } from './uniqueTitles'
import type { UnitPlan } from './unitPlan'
import { person } from './vietnameseNames'

type PracticeKind = (typeof PRACTICE_KINDS)[number]['value']

export type PracticePlan = {
  title: string
  kind: PracticeKind
  unit: number
  reformAreas: number[]
  yearStarted: number
  summary: string
  problem: string
  solution: string
  results: string[]
  replicability: string
  contact: { name: string; phone: string; email: string }
  awards: string[]
  images: number[]
  relatedArticles: number[]
  relatedDocuments: number[]
}

/** A practice a unit can run, with what it answers and what it measurably changed. */
type Theme = {
  areas: number[]
  models: string[]
  summary: Template
  problem: string
  solution: string
  results: Template[]
  replicability: string
}

const THEMES: Theme[] = [
  {
    areas: [1],
    models: ['Một cửa lưu động tại thôn, bản', 'Ngày thứ Bảy làm thủ tục cùng dân', 'Tổ công tác lưu động mùa vụ'],
    summary: ({ unit }) => `Tổ công tác của ${unit} mang thiết bị đến tận thôn, tổ dân phố để tiếp nhận hồ sơ ngoài giờ hành chính.`,
    problem: 'Nhiều người dân đi làm xa, làm nông vụ hoặc ở vùng sâu không thể đến trụ sở trong giờ hành chính.',
    solution: 'Tổ công tác với máy tính bảng, máy in và thiết bị ký số tiếp nhận hồ sơ tại nhà văn hóa vào buổi tối và cuối tuần.',
    results: [
      ({ n }) => `${n(200, 3000)} hồ sơ được tiếp nhận tại thôn trong năm đầu`,
      ({ pct }) => `Chi phí đi lại của người dân giảm khoảng ${pct(40, 80)}%`,
      ({ pct }) => `Tỷ lệ hài lòng của người dân đạt ${pct(92, 99.5)}%`,
    ],
    replicability: 'Phù hợp với các xã địa bàn rộng, dân cư thưa hoặc có mùa vụ cao điểm.',
  },
  {
    areas: [5, 1],
    models: ['Tổ công nghệ số cộng đồng trực buổi tối', 'Đoàn viên thanh niên hướng dẫn dịch vụ công trực tuyến', 'Công dân số'],
    summary: ({ unit }) => `Thành viên tổ công nghệ số cộng đồng ${unit} hướng dẫn người dân làm thủ tục trực tuyến ngay tại khu dân cư.`,
    problem: 'Người cao tuổi và người chưa quen thiết bị số ngại nộp hồ sơ trực tuyến, phải đến trụ sở nhiều lần.',
    solution: 'Mỗi thôn, tổ dân phố bố trí thành viên trực tại nhà văn hóa hai buổi tối mỗi tuần, hướng dẫn cài đặt ứng dụng và nộp hồ sơ.',
    results: [
      ({ pct }) => `Tỷ lệ hồ sơ trực tuyến tăng từ ${pct(10, 30)}% lên ${pct(55, 90)}%`,
      ({ n }) => `${n(500, 12000)} lượt người dân được hướng dẫn`,
      ({ pct }) => `Thời gian chờ tại bộ phận một cửa giảm ${pct(20, 60)}%`,
    ],
    replicability: 'Áp dụng được ở mọi xã, phường có nhà văn hóa và lực lượng đoàn viên thanh niên.',
  },
  {
    areas: [1, 3],
    models: ['Mã QR đánh giá sự hài lòng tại quầy', 'Không hẹn lần hai', 'Ba tại chỗ: tiếp nhận, thẩm định, trả kết quả'],
    summary: ({ unit }) => `Bộ phận một cửa ${unit} cam kết không để người dân phải bổ sung hồ sơ quá một lần và lấy ý kiến ngay tại quầy.`,
    problem: 'Người dân phải đi lại nhiều lần vì hồ sơ thiếu thành phần, trong khi ý kiến của họ ít được ghi nhận.',
    solution: 'Công chức hướng dẫn một lần đầy đủ bằng phiếu in sẵn; người dân quét mã QR đánh giá thái độ phục vụ sau mỗi giao dịch.',
    results: [
      ({ pct }) => `Hồ sơ phải bổ sung giảm ${pct(40, 85)}%`,
      ({ n }) => `${n(1000, 30000)} lượt đánh giá được ghi nhận`,
      ({ pct }) => `Tỷ lệ hài lòng đạt ${pct(93, 99.8)}%`,
    ],
    replicability: 'Dễ nhân rộng: chỉ cần mã QR, phiếu hướng dẫn và phần mềm tổng hợp có sẵn.',
  },
  {
    areas: [5],
    models: ['Số hóa hồ sơ hộ tịch lưu trữ', 'Kho dữ liệu hồ sơ điện tử của công dân', 'Ngày không giấy tờ'],
    summary: ({ Unit }) => `${Unit} số hóa sổ sách lưu trữ để người dân không phải nộp lại giấy tờ đã có.`,
    problem: 'Hồ sơ lưu trữ giấy xuống cấp, tra cứu mất thời gian; người dân phải nộp lại giấy tờ cơ quan nhà nước đã cấp.',
    solution: 'Quét, nhập dữ liệu sổ hộ tịch và kết quả giải quyết thủ tục vào kho dữ liệu điện tử, kết nối với phần mềm một cửa.',
    results: [
      ({ n }) => `${n(5000, 400000)} trang tài liệu được số hóa`,
      ({ pct }) => `Thời gian tra cứu giảm ${pct(60, 95)}%`,
      ({ n }) => `${n(300, 9000)} lượt người dân không phải nộp lại giấy tờ`,
    ],
    replicability: 'Cần kinh phí số hóa ban đầu; có thể thuê dịch vụ hoặc huy động đoàn viên thanh niên.',
  },
  {
    areas: [4, 5],
    models: ['Thanh toán lệ phí bằng mã QR', 'Quầy không tiền mặt', 'Biên lai điện tử tại bộ phận một cửa'],
    summary: ({ unit }) => `Người dân đến bộ phận một cửa ${unit} thanh toán phí, lệ phí bằng mã QR và nhận biên lai điện tử.`,
    problem: 'Thu phí bằng tiền mặt mất thời gian kiểm đếm, dễ sai sót và khó đối soát.',
    solution: 'Mỗi quầy có mã QR của tài khoản thu; biên lai điện tử được gửi qua tin nhắn; kế toán đối soát hằng ngày với ngân hàng.',
    results: [
      ({ pct }) => `${pct(60, 98)}% phí, lệ phí được thanh toán không dùng tiền mặt`,
      ({ n }) => `Thời gian mỗi giao dịch giảm ${n(3, 10)} phút`,
      () => 'Không còn chênh lệch khi đối soát cuối ngày',
    ],
    replicability: 'Triển khai nhanh với sự hỗ trợ của ngân hàng thương mại trên địa bàn.',
  },
  {
    areas: [3],
    models: ['Chấm điểm công chức hằng tháng', 'Sổ tay văn hóa công vụ', 'Cán bộ nói không với phong bì'],
    summary: ({ Unit }) => `${Unit} đánh giá cán bộ, công chức hằng tháng bằng kết quả công việc và ý kiến người dân.`,
    problem: 'Đánh giá cuối năm nặng hình thức, không phản ánh đúng kết quả làm việc của từng người.',
    solution: 'Mỗi công chức có bảng theo dõi nhiệm vụ và sản phẩm hằng tháng; điểm đánh giá của người dân chiếm một phần ba tổng điểm.',
    results: [
      ({ pct }) => `Tỷ lệ nhiệm vụ hoàn thành đúng hạn tăng lên ${pct(90, 99)}%`,
      ({ n }) => `${n(2, 12)} công chức được đề xuất khen thưởng nhờ kết quả vượt trội`,
      () => 'Không còn phản ánh về thái độ phục vụ trong năm',
    ],
    replicability: 'Áp dụng được ở mọi cơ quan có phần mềm quản lý văn bản và hồ sơ công việc.',
  },
  {
    areas: [0, 1],
    models: ['Đối thoại trực tuyến hằng tháng với doanh nghiệp', 'Cà phê doanh nhân', 'Hộp thư góp ý điện tử'],
    summary: ({ unit }) => `Lãnh đạo ${unit} đối thoại định kỳ với người dân, doanh nghiệp để tháo gỡ vướng mắc về thủ tục và quy định.`,
    problem: 'Kiến nghị của doanh nghiệp về thủ tục, quy định chậm được trả lời, phải qua nhiều cấp trung gian.',
    solution: 'Mỗi tháng một buổi đối thoại trực tuyến và trực tiếp; kiến nghị được giao việc, theo dõi và trả lời công khai.',
    results: [
      ({ n }) => `${n(30, 400)} kiến nghị được giải quyết`,
      ({ n }) => `${n(2, 15)} quy định được đề xuất sửa đổi`,
      ({ pct }) => `${pct(85, 99)}% kiến nghị được trả lời đúng hạn`,
    ],
    replicability: 'Phù hợp với các địa phương có khu công nghiệp hoặc nhiều hộ kinh doanh.',
  },
  {
    areas: [2, 1],
    models: ['Trung tâm phục vụ hành chính công một điểm đến', 'Liên thông khai sinh, thường trú, bảo hiểm y tế', 'Tiếp nhận không phụ thuộc địa giới'],
    summary: ({ Unit }) => `${Unit} gom các thủ tục liên quan về một đầu mối để người dân chỉ nộp hồ sơ một lần.`,
    problem: 'Một việc của người dân phải qua nhiều cơ quan, mỗi nơi một bộ hồ sơ và một lần hẹn.',
    solution: 'Các cơ quan liên quan cử công chức về một điểm tiếp nhận; hồ sơ được luân chuyển điện tử giữa các cơ quan.',
    results: [
      ({ n }) => `Thời gian giải quyết nhóm thủ tục liên thông giảm từ ${n(15, 30)} xuống ${n(3, 7)} ngày`,
      ({ n }) => `${n(500, 20000)} hồ sơ liên thông được giải quyết`,
      () => 'Người dân chỉ phải đến một nơi, một lần',
    ],
    replicability: 'Cần quy chế phối hợp giữa các cơ quan và phần mềm một cửa dùng chung.',
  },
]

const AWARDS: Template[] = [
  ({ province, year }) => `Bằng khen của Chủ tịch UBND ${province} năm ${year}`,
  ({ province, year }) => `Giấy khen của Giám đốc Sở Nội vụ ${province} năm ${year}`,
  ({ province, year }) => `Giải Nhất Hội thi sáng kiến cải cách hành chính ${province} năm ${year}`,
  ({ province, year }) => `Giải Nhì Hội thi sáng kiến cải cách hành chính ${province} năm ${year}`,
]
const KINDS: PracticeKind[] = ['new-model', 'good-practice', 'initiative', 'exemplar']
const FIRST_YEAR = CORPUS_MONTHS[0]!.year
const LAST_YEAR = CORPUS_MONTHS.at(-1)!.year

/** Good practices of communes, wards, departments and provinces, each a theme carried out by a unit. */
export function planPractices(
  random: Random,
  size: CorpusSize,
  { units, articles, documents, imageCount }: { units: UnitPlan[]; articles: ArticlePlan[]; documents: DocumentPlan[]; imageCount: number },
): PracticePlan[] {
  const active = units.flatMap((unit, index) => (unit.stage !== 'former' ? [index] : []))
  const articlesByArea = [0, 1, 2, 3, 4, 5].map((area) => articles.flatMap((article, index) => (article.reformAreas[0] === area ? [index] : [])))
  const titles = new UniqueTitles()
  return Array.from({ length: size.practices }, () =>
    titles.draw((): PracticePlan => {
      const theme = random.pick(THEMES)
      const unitIndex = random.pick(active)
      const unit = units[unitIndex]!
      const yearStarted = random.int(FIRST_YEAR, LAST_YEAR)
      const slots = slotsFor(random, unit, units[unit.province]!, vietnamTime(yearStarted, 12, 31))
      const model = random.pick(theme.models)
      const contact = person(random)
      const related = articlesByArea[theme.areas[0]!]!
      return {
        title: random.pick([`Mô hình “${model}” của ${unit.mention}`, `${model} ở ${unit.mention}`, `Cách làm hay của ${unit.mention}: ${decapitalise(model)}`]),
        kind: random.pick(KINDS),
        unit: unitIndex,
        reformAreas: theme.areas,
        yearStarted,
        summary: theme.summary(slots),
        problem: theme.problem,
        solution: theme.solution,
        results: theme.results.map((result) => result(slots)),
        replicability: theme.replicability,
        contact: {
          name: `${contact.fullName}, ${officialPosition(random, unit)}`,
          phone: `0${random.int(203, 299)} ${random.int(3, 8)} ${random.int(100, 999)} ${random.int(100, 999)}`,
          email: `${toSlug(unit.name).replaceAll('-', '')}@example.gov.vn`,
        },
        awards: random.sample(AWARDS, random.int(0, 2)).map((award) => award({ ...slots, year: random.int(yearStarted, LAST_YEAR) })),
        images: random.chance(0.3) ? random.sample([...Array(imageCount).keys()], random.int(1, 2)) : [],
        relatedArticles: related.length > 0 && random.chance(0.4) ? random.sample(related, random.int(1, 2)) : [],
        relatedDocuments: random.chance(0.2) ? [random.int(0, documents.length - 1)] : [],
      }
    }),
  )
}
