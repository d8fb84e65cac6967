/**
 * The search benchmark's queries over the seed and the search fixtures (searchFixtures.ts), each
 * with the results that should come first: a part of each expected result's title (a document's
 * title on the site is "<type> số <number>"). Accented and not, đ-words, phrases, document numbers
 * and unit names.
 */
export type SearchQuery = { query: string; expected: string[] }

const DOI_MOI_TOGETHER = ['Đổi mới phương thức tiếp nhận hồ sơ', 'Xã Tiên Du đổi mới cách tiếp công dân', 'Kế hoạch số 146/KH-UBND']

export const SEARCH_QUERIES: SearchQuery[] = [
  // Phrases, with and without accents: the words together first.
  { query: 'doi moi', expected: DOI_MOI_TOGETHER },
  { query: 'đổi mới', expected: DOI_MOI_TOGETHER },
  { query: 'Đổi Mới', expected: DOI_MOI_TOGETHER },
  { query: 'doi moi phuong thuc', expected: ['Đổi mới phương thức tiếp nhận hồ sơ'] },
  { query: 'tiep cong dan', expected: ['Xã Tiên Du đổi mới cách tiếp công dân'] },
  {
    query: 'mot cua',
    expected: [
      'Tập huấn kỹ năng giao tiếp, ứng xử cho công chức bộ phận một cửa',
      'Tích hợp dữ liệu dân cư vào phần mềm một cửa điện tử cấp xã',
      'Đêm giao thừa, bộ phận một cửa vẫn nhận hồ sơ trực tuyến',
      'Đổi mới phương thức tiếp nhận hồ sơ',
    ],
  },
  { query: 'một cửa điện tử', expected: ['Tích hợp dữ liệu dân cư vào phần mềm một cửa điện tử cấp xã'] },
  { query: 'chuyen doi so cap xa', expected: ['Hội đồng nhân dân tỉnh thông qua nghị quyết hỗ trợ chuyển đổi số cấp xã'] },
  { query: 'cong nghe so cong dong', expected: ['Phường Kinh Bắc thí điểm tổ công nghệ số cộng đồng', 'Tổ công nghệ số cộng đồng trực buổi tối'] },
  { query: 'dich vu cong luu dong', expected: ['Dịch vụ công lưu động mùa thu hoạch vải'] },
  { query: 'giay phep xay dung', expected: ['Cắt giảm 30% thời gian giải quyết thủ tục cấp giấy phép xây dựng'] },
  { query: 'thanh toán không dùng tiền mặt', expected: ['Thanh toán không dùng tiền mặt phí, lệ phí'] },
  { query: 'muc do hai long', expected: ['Người dân phường Võ Cường đánh giá mức độ hài lòng qua mã QR'] },
  { query: 'tro ly ao', expected: ['Ứng dụng trợ lý ảo trả lời câu hỏi về thủ tục hành chính'] },
  { query: 'thi tuyen lanh dao', expected: ['Thi tuyển cạnh tranh chức danh lãnh đạo cấp phòng tại các sở'] },
  { query: 'tu chu tai chinh', expected: ['Giao quyền tự chủ tài chính cho 35 đơn vị sự nghiệp công lập'] },
  // đ-words, typed with d and with đ.
  {
    query: 'dat dai',
    expected: [
      'Rút ngắn thời gian đăng ký đất đai lần đầu',
      'Mọi thủ tục đất đai được giải quyết trong ngày',
      'Chính quyền hai cấp: xã Tiên Du giải quyết thủ tục đất đai',
      'Đối thoại với doanh nghiệp về thủ tục đầu tư và đất đai',
      'Quyết định số 145/QĐ-UBND',
    ],
  },
  {
    query: 'đất đai',
    expected: [
      'Rút ngắn thời gian đăng ký đất đai lần đầu',
      'Mọi thủ tục đất đai được giải quyết trong ngày',
      'Chính quyền hai cấp: xã Tiên Du giải quyết thủ tục đất đai',
      'Đối thoại với doanh nghiệp về thủ tục đầu tư và đất đai',
      'Quyết định số 145/QĐ-UBND',
    ],
  },
  { query: 'dang ky dat dai', expected: ['Rút ngắn thời gian đăng ký đất đai lần đầu'] },
  { query: 'doi thoai', expected: ['Đối thoại với doanh nghiệp về thủ tục đầu tư và đất đai', 'Đối thoại chính sách mới về hộ kinh doanh'] },
  { query: 'đối thoại doanh nghiệp', expected: ['Đối thoại với doanh nghiệp về thủ tục đầu tư và đất đai'] },
  { query: 'doi song vung cao', expected: ['Đời sống người dân vùng cao'] },
  { query: 'thay doi gio lam viec', expected: ['Thay đổi giờ làm việc của Trung tâm Phục vụ hành chính công dịp Tết'] },
  { query: 'dem giao thua', expected: ['Đêm giao thừa, bộ phận một cửa vẫn nhận hồ sơ trực tuyến'] },
  // Document numbers, however typed.
  { query: '145/KH-UBND', expected: ['Kế hoạch số 145/KH-UBND'] },
  { query: '145/kh-ubnd', expected: ['Kế hoạch số 145/KH-UBND'] },
  { query: '145 KH UBND', expected: ['Kế hoạch số 145/KH-UBND'] },
  { query: '145/QĐ-UBND', expected: ['Quyết định số 145/QĐ-UBND'] },
  { query: '145 qd ubnd', expected: ['Quyết định số 145/QĐ-UBND'] },
  { query: '76/NQ-CP', expected: ['Nghị quyết số 76/NQ-CP'] },
  { query: '2150/QĐ-UBND', expected: ['Quyết định số 2150/QĐ-UBND'] },
  { query: '1450/KH-UBND', expected: ['Kế hoạch số 1450/KH-UBND'] },
  { query: '145/KH-SNV', expected: ['Kế hoạch số 145/KH-SNV'] },
  // Unit names.
  { query: 'phuong da mai', expected: ['Phường Đa Mai số hóa toàn bộ sổ hộ tịch'] },
  { query: 'Phường Kinh Bắc', expected: ['Phường Kinh Bắc thí điểm tổ công nghệ số cộng đồng', 'Tổ công nghệ số cộng đồng trực buổi tối'] },
  { query: 'xa luc ngan', expected: ['Xã Lục Ngạn đưa dịch vụ công đến tận vườn vải', 'Dịch vụ công lưu động mùa thu hoạch vải'] },
  { query: 'phuong bac giang', expected: ['Phường Bắc Giang công khai tiến độ giải quyết hồ sơ'] },
  {
    query: 'so noi vu',
    expected: [
      'Kế hoạch số 145/KH-SNV',
      'Hoàn thành sắp xếp bộ máy các cơ quan chuyên môn',
      'Tập huấn kỹ năng giao tiếp, ứng xử cho công chức bộ phận một cửa',
      'Thi tuyển cạnh tranh chức danh lãnh đạo cấp phòng tại các sở',
    ],
  },
]
