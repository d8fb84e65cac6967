import type { Payload } from 'payload'
import { markdownToLexical } from '../../cms/markdownToLexical'

/**
 * Pages made to test search beside the seed's (written for this project): the phrase "đổi mới"
 * together, its words apart, and only its look-alikes (mới, mọi, đời, đối); document numbers that
 * share parts with the seed's 145/KH-UBND; a unit named with đ. Used by the browser test and by
 * `npm run bench:search` (searchQueries.ts names what each query should find).
 */
export const SEARCH_FIXTURE_ARTICLES = [
  {
    title: 'Đổi mới phương thức tiếp nhận hồ sơ tại bộ phận một cửa cấp xã',
    body: 'Từ tháng 11, bộ phận một cửa nhận hồ sơ cả ngày thứ Bảy. Việc đổi mới giúp người dân không phải nghỉ làm để nộp hồ sơ.',
    area: 1,
    at: '2026-11-20T09:00:00+07:00',
  },
  {
    title: 'Xã Tiên Du đổi mới cách tiếp công dân',
    body: 'Lãnh đạo xã tiếp công dân vào chiều thứ Năm hằng tuần, có ghi âm và trả lời bằng văn bản.',
    area: 3,
    at: '2026-10-02T09:00:00+07:00',
  },
  {
    title: 'Mọi thủ tục đất đai được giải quyết trong ngày ở phường mới thành lập',
    body: 'Phường mới sau sắp xếp bố trí đủ công chức địa chính để hồ sơ nộp buổi sáng có kết quả trong ngày.',
    area: 1,
    at: '2026-09-15T09:00:00+07:00',
  },
  {
    title: 'Đời sống người dân vùng cao khi dịch vụ công đến gần',
    body: 'Tổ công nghệ số mang máy tính lên bản, hướng dẫn cách làm mới: nộp hồ sơ trực tuyến ngay tại nhà văn hóa.',
    area: 5,
    at: '2025-08-10T09:00:00+07:00',
  },
  {
    title: 'Thay đổi giờ làm việc của Trung tâm Phục vụ hành chính công dịp Tết',
    body: 'Trung tâm áp dụng lịch làm việc mới từ ngày 26 tháng Chạp, nhận hồ sơ trực tuyến suốt kỳ nghỉ.',
    area: 1,
    at: '2025-01-20T09:00:00+07:00',
  },
  {
    title: 'Đối thoại chính sách mới về hộ kinh doanh',
    body: 'Sở Tài chính đối thoại với hộ kinh doanh về thủ tục đăng ký thuế, hóa đơn điện tử.',
    area: 4,
    at: '2025-05-05T09:00:00+07:00',
  },
  {
    title: 'Phường Đa Mai số hóa toàn bộ sổ hộ tịch',
    body: 'Hơn 40.000 trang sổ hộ tịch từ năm 1990 đã được số hóa, người dân xin trích lục không phải chờ tra sổ giấy.',
    area: 5,
    at: '2026-06-01T09:00:00+07:00',
    unit: 'Phường Đa Mai',
  },
  {
    title: 'Rút ngắn thời gian đăng ký đất đai lần đầu còn 10 ngày',
    body: 'Văn phòng đăng ký đất đai công khai quy trình, người dân theo dõi hồ sơ bằng mã số trên điện thoại.',
    area: 1,
    at: '2024-12-12T09:00:00+07:00',
  },
] as const

export const SEARCH_FIXTURE_DOCUMENTS = [
  { number: '146/KH-UBND', type: 'plan', title: 'Kế hoạch đổi mới lề lối làm việc của cơ quan hành chính năm 2026', issuedAt: '2026-02-03T00:00:00+07:00', area: 2 },
  { number: '145/QĐ-UBND', type: 'decision', title: 'Quyết định phê duyệt danh mục thủ tục đất đai thực hiện tại cấp xã', issuedAt: '2025-03-04T00:00:00+07:00', area: 1 },
  { number: '1450/KH-UBND', type: 'plan', title: 'Kế hoạch kiểm tra công tác văn thư, lưu trữ', issuedAt: '2024-10-08T00:00:00+07:00', area: 3 },
  { number: '145/KH-SNV', type: 'plan', title: 'Kế hoạch tuyển dụng công chức cấp xã của Sở Nội vụ', issuedAt: '2025-11-11T00:00:00+07:00', area: 3 },
] as const

/** Creates the pages above, published, in a CMS that holds the seed (its reform areas and units). */
export async function createSearchFixtures(payload: Payload): Promise<void> {
  const areas = (await payload.find({ collection: 'reform-areas', sort: 'order', limit: 10 })).docs.map((area) => area.id)
  const lexical = await markdownToLexical(payload)
  for (const article of SEARCH_FIXTURE_ARTICLES) {
    const unit = 'unit' in article ? (await payload.find({ collection: 'units', where: { name: { equals: article.unit } }, limit: 1 })).docs[0]?.id : undefined
    await payload.create({
      collection: 'articles',
      data: {
        title: article.title,
        body: lexical(article.body),
        reformAreas: [areas[article.area]!],
        units: unit ? [unit] : [],
        publishedAt: new Date(article.at).toISOString(),
        _status: 'published',
      },
    })
  }
  for (const document of SEARCH_FIXTURE_DOCUMENTS) {
    await payload.create({
      collection: 'documents',
      data: {
        number: document.number,
        type: document.type,
        title: document.title,
        issuer: 'UBND tỉnh Bắc Ninh',
        issuedAt: new Date(document.issuedAt).toISOString(),
        reformAreas: [areas[document.area]!],
        _status: 'published',
      },
    })
  }
}
