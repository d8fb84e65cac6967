/** Sample documents, practices, bulletins and figures of the sample province (written for this project). */

import type { SampleUnitKey } from './sampleUnits'

export const SAMPLE_DOCUMENTS = [
  {
    number: '145/KH-UBND',
    title: 'Kế hoạch cải cách hành chính tỉnh năm 2026',
    type: 'plan',
    issuer: 'UBND tỉnh Bắc Ninh',
    signer: 'Phó Chủ tịch UBND tỉnh',
    issuedAt: '2025-12-26T00:00:00+07:00',
    effectiveAt: '2026-01-01T00:00:00+07:00',
    summary: 'Mục tiêu, nhiệm vụ và phân công thực hiện sáu lĩnh vực cải cách hành chính năm 2026.',
    areas: [0, 1, 2, 3, 4, 5],
    withFile: true,
  },
  {
    number: '76/NQ-CP',
    title: 'Nghị quyết ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030',
    type: 'resolution',
    issuer: 'Chính phủ',
    signer: 'Thủ tướng Chính phủ',
    issuedAt: '2021-07-15T00:00:00+07:00',
    effectiveAt: '2021-07-15T00:00:00+07:00',
    summary: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030.',
    areas: [0, 1, 2, 3, 4, 5],
    withFile: false,
  },
  {
    number: '2150/QĐ-UBND',
    title: 'Quyết định công bố danh mục thủ tục hành chính thực hiện toàn trình trên môi trường điện tử',
    type: 'decision',
    issuer: 'UBND tỉnh Bắc Ninh',
    signer: 'Chủ tịch UBND tỉnh',
    issuedAt: '2026-09-10T00:00:00+07:00',
    effectiveAt: '2026-09-15T00:00:00+07:00',
    summary: 'Danh mục 312 thủ tục hành chính được thực hiện trực tuyến toàn trình.',
    areas: [1, 5],
    withFile: false,
  },
] as const

export const SAMPLE_PRACTICES = [
  {
    title: 'Tổ công nghệ số cộng đồng trực buổi tối',
    kind: 'good-practice',
    unit: 'kinh-bac',
    areas: [5],
    yearStarted: 2025,
    summary: 'Thành viên tổ công nghệ số hướng dẫn người dân làm thủ tục trực tuyến ngoài giờ hành chính.',
    problem: 'Nhiều người dân đi làm cả ngày, không đến được bộ phận một cửa trong giờ hành chính.',
    solution: 'Mỗi tổ dân phố bố trí thành viên trực tại nhà văn hóa từ 19 đến 21 giờ các ngày thứ Ba, thứ Năm.',
    results: ['Hồ sơ trực tuyến của phường tăng gấp đôi sau hai tháng', 'Thời gian chờ tại bộ phận một cửa giảm 40%'],
    replicability: 'Áp dụng được ở mọi phường, xã có nhà văn hóa và đoàn viên thanh niên tham gia.',
    contact: { name: 'Nguyễn Văn Minh, Phó Chủ tịch UBND phường', phone: '0222 3 800 000', email: 'kinhbac@example.gov.vn' },
    awards: ['Giấy khen của Chủ tịch UBND tỉnh năm 2026'],
  },
  {
    title: 'Dịch vụ công lưu động mùa thu hoạch vải',
    kind: 'new-model',
    unit: 'luc-ngan',
    areas: [1],
    yearStarted: 2026,
    summary: 'Tổ công tác mang thiết bị đến thôn vào buổi tối để nhà vườn làm thủ tục không phải nghỉ việc.',
    problem: 'Mùa thu hoạch, người dân không thể rời vườn để đến trụ sở xã.',
    solution: 'Tổ công tác lưu động với máy tính bảng và máy in, tiếp nhận hồ sơ tại nhà văn hóa thôn.',
    results: ['Hơn 300 hồ sơ được giải quyết trong ba tuần', 'Không phát sinh chi phí đi lại cho người dân'],
    replicability: 'Phù hợp với các xã nông nghiệp có mùa vụ cao điểm.',
    contact: { name: 'Trần Thị Lan, công chức Văn phòng UBND xã', phone: '0204 3 600 000', email: 'lucngan@example.gov.vn' },
    awards: [],
  },
] as const

/** Index results of the province by year. */
export const SAMPLE_INDEX_RESULTS = [
  { index: 'par-index', year: 2023, score: 86.12, rank: 12 },
  { index: 'par-index', year: 2024, score: 88.45, rank: 8 },
  { index: 'par-index', year: 2025, score: 90.31, rank: 5 },
  { index: 'sipas', year: 2024, score: 82.7, rank: 15 },
  { index: 'sipas', year: 2025, score: 85.9, rank: 9 },
] as const

/** Monthly procedure figures: received per month for the province and two wards (deterministic). */
export function sampleProcedureStats(months: string[]) {
  return months.flatMap((month, index) =>
    [
      { unit: 'province', base: 11800 },
      { unit: 'kinh-bac', base: 640 },
      { unit: 'vo-cuong', base: 410 },
    ].map(({ unit, base }) => {
      const received = base + index * Math.round(base / 40)
      const late = Math.round(received * (0.02 - index * 0.002))
      const pending = Math.round(received * 0.05)
      return { unit, month, received, onTime: received - late - pending, late, pending, onlineShare: 55 + index * 3 }
    }),
  )
}

/**
 * Citizens' feedback in every state: two answers published on /hoi-dap/, one being handled, one
 * just received whose sender did not agree to publication. The names and contacts are invented and
 * must never reach the public site.
 */
type SampleFeedback = {
  name: string
  email?: string
  phone?: string
  kind: 'proposal' | 'complaint' | 'question'
  unit: SampleUnitKey
  /** Index in DEFAULT_REFORM_AREAS. */
  area: number
  subject: string
  message: string
  consentToPublish: boolean
  /** Markdown; given, the item is answered by its own unit. */
  answer?: string
  published?: boolean
  status?: 'in-progress'
}

export const SAMPLE_FEEDBACK: SampleFeedback[] = [
  {
    name: 'Nguyễn Văn An',
    email: 'nguyenvanan.gopy@example.com',
    phone: '0912 000 111',
    kind: 'question',
    unit: 'kinh-bac',
    area: 1,
    subject: 'Cấp lại giấy khai sinh bản sao mất bao lâu?',
    message: 'Tôi cần bản sao giấy khai sinh cho con để nhập học. Nộp trực tuyến thì bao lâu có kết quả và có phải đến phường nhận không?',
    consentToPublish: true,
    answer:
      'Cấp bản sao trích lục khai sinh được giải quyết **ngay trong ngày** nếu hồ sơ nộp trước 15 giờ.\n\nNộp trực tuyến trên Cổng dịch vụ công quốc gia, bạn có thể chọn nhận kết quả qua bưu điện, không cần đến phường.',
    published: true,
  },
  {
    name: 'Trần Thị Bích',
    email: 'tranthibich.gopy@example.com',
    kind: 'proposal',
    unit: 'luc-ngan',
    area: 5,
    subject: 'Đề nghị hỗ trợ tạo tài khoản định danh điện tử cho người cao tuổi',
    message: 'Nhiều người cao tuổi ở thôn chưa có điện thoại thông minh nên không tạo được tài khoản định danh mức 2. Đề nghị xã cử người hỗ trợ tại thôn.',
    consentToPublish: true,
    answer: 'UBND xã đã giao Tổ công nghệ số cộng đồng hỗ trợ tại nhà văn hóa các thôn vào sáng thứ Bảy hằng tuần, bắt đầu từ tháng này.',
    published: true,
  },
  {
    name: 'Lê Văn Cường',
    phone: '0987 222 333',
    kind: 'complaint',
    unit: 'trung-tam-hcc',
    area: 1,
    subject: 'Hồ sơ đăng ký đất đai trễ hẹn',
    message: 'Hồ sơ đăng ký biến động đất đai của tôi đã quá hẹn 5 ngày mà chưa có thông báo lý do.',
    consentToPublish: false,
    status: 'in-progress',
  },
  {
    name: 'Phạm Thị Dung',
    email: 'phamthidung.gopy@example.com',
    kind: 'proposal',
    unit: 'vo-cuong',
    area: 3,
    subject: 'Kéo dài giờ làm việc bộ phận một cửa',
    message: 'Đề nghị bộ phận một cửa phường làm việc thêm sáng thứ Bảy để người đi làm có thể đến nộp hồ sơ.',
    consentToPublish: false,
  },
]
