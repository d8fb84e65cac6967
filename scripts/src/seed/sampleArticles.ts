import type { SampleUnitKey } from './sampleUnits'
import type { SampleImageKey } from './sampleImages'

/** Sample news written for this project. `areas` index DEFAULT_REFORM_AREAS; times are hours before seeding. */
export type SampleArticle = {
  title: string
  summary: string
  areas: number[]
  units: SampleUnitKey[]
  author: string
  source?: { name: string; url: string }
  hoursAgo: number
  /** A fixed publication time instead of hoursAgo, e.g. to show midnight in Vietnam. */
  at?: string
  image?: SampleImageKey
  draft?: boolean
  kind?: 'news' | 'feature' | 'report' | 'video' | 'radio' | 'infographic' | 'qa'
  audiences?: Array<'citizens' | 'businesses' | 'officials'>
  forGrassroots?: boolean
  radioScript?: string
  videoUrl?: string
  markdown: string
}

export const SAMPLE_ARTICLES: SampleArticle[] = [
  {
    title: 'Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hơn 12.000 hồ sơ trong tháng 10',
    summary: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%, trong đó gần 70% hồ sơ được nộp trực tuyến toàn trình.',
    areas: [1, 5],
    units: ['trung-tam-hcc'],
    author: 'Minh Anh',
    hoursAgo: 5,
    image: 'one-stop',
    markdown: `Trong tháng 10, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 12.418 hồ sơ thủ tục hành chính, tăng 9% so với tháng trước. Số hồ sơ được giải quyết đúng hạn chiếm 98,6%; chỉ 41 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực đất đai do phải xác minh nguồn gốc sử dụng đất.

## Nộp hồ sơ trực tuyến trở thành lựa chọn chính

Gần 70% hồ sơ được nộp qua Cổng Dịch vụ công quốc gia. Người dân không còn phải đến trụ sở nhiều lần: kết quả được trả qua dịch vụ bưu chính công ích hoặc bản điện tử có giá trị pháp lý.

Trung tâm tiếp tục bố trí cán bộ hướng dẫn tại quầy để hỗ trợ người cao tuổi và người chưa quen với thiết bị số.`,
  },
  {
    title: 'Phường Kinh Bắc thí điểm tổ công nghệ số cộng đồng hỗ trợ người dân làm thủ tục',
    summary: 'Mỗi tổ dân phố có ít nhất một thành viên tổ công nghệ số cộng đồng, trực hướng dẫn vào buổi tối và cuối tuần.',
    areas: [5],
    units: ['kinh-bac'],
    author: 'Thu Hà',
    hoursAgo: 20,
    kind: 'radio',
    audiences: ['citizens'],
    forGrassroots: true,
    radioScript:
      'Thưa bà con, phường Kinh Bắc đã thành lập hai mươi bốn tổ công nghệ số cộng đồng. Các tổ hướng dẫn bà con cài đặt ứng dụng định danh điện tử và nộp hồ sơ trực tuyến vào buổi tối và ngày nghỉ. Bà con cần hỗ trợ xin liên hệ tổ trưởng tổ dân phố.',
    markdown: `Ủy ban nhân dân phường Kinh Bắc đã thành lập 24 tổ công nghệ số cộng đồng với 96 thành viên là đoàn viên thanh niên, cán bộ tổ dân phố và giáo viên đã nghỉ hưu.

Các tổ hướng dẫn người dân cài đặt và sử dụng ứng dụng định danh điện tử, nộp hồ sơ đăng ký khai sinh, khai tử, chứng thực trực tuyến và thanh toán phí, lệ phí không dùng tiền mặt.

Sau hai tháng, số hồ sơ trực tuyến của phường tăng gấp đôi; thời gian chờ tại bộ phận một cửa giảm rõ rệt.`,
  },
  {
    title: 'Cắt giảm 30% thời gian giải quyết thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ',
    summary: 'Tỉnh rút thời hạn giải quyết từ 15 xuống còn 10 ngày làm việc và công khai quy trình nội bộ trên Cổng thông tin.',
    areas: [1],
    units: ['trung-tam-hcc'],
    author: 'Quốc Bảo',
    hoursAgo: 30,
    kind: 'feature',
    audiences: ['citizens', 'businesses'],
    forGrassroots: true,
    markdown: `Ủy ban nhân dân tỉnh vừa ban hành quyết định phê duyệt quy trình nội bộ mới cho thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ. Thời hạn giải quyết được rút từ 15 ngày xuống còn 10 ngày làm việc.

Các bước thẩm định được thực hiện song song giữa cơ quan chuyên môn về xây dựng và cơ quan quản lý đất đai, thay vì tuần tự như trước.

- Hồ sơ nộp trực tuyến được kiểm tra tính đầy đủ trong vòng 4 giờ làm việc.
- Người dân được thông báo bằng tin nhắn ở mỗi bước xử lý.
- Kết quả được trả bản điện tử, bản giấy gửi qua bưu điện nếu người dân yêu cầu.`,
  },
  {
    title: 'Hoàn thành sắp xếp bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh',
    summary: 'Sau sắp xếp, tỉnh còn 14 sở và tương đương; chức năng, nhiệm vụ được rà soát để không chồng chéo.',
    areas: [2],
    units: ['so-noi-vu'],
    author: 'Hồng Nhung',
    source: { name: 'Báo Bắc Ninh', url: 'https://baobacninh.example.vn/sap-xep-bo-may' },
    hoursAgo: 52,
    image: 'organisation',
    markdown: `Sở Nội vụ cho biết việc sắp xếp các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh đã hoàn thành theo đúng lộ trình. Sau sắp xếp, tỉnh còn 14 sở và tương đương.

Các cơ quan mới đã ban hành quy chế làm việc, bố trí trụ sở và chuyển giao hồ sơ, tài liệu lưu trữ. Việc giải quyết thủ tục hành chính cho người dân và doanh nghiệp không bị gián đoạn trong thời gian chuyển đổi.

Sở Nội vụ đang tham mưu rà soát vị trí việc làm, bảo đảm mỗi vị trí gắn với sản phẩm đầu ra cụ thể.`,
  },
  {
    title: 'Chính quyền hai cấp: xã Tiên Du giải quyết thủ tục đất đai ngay tại xã',
    summary: 'Từ khi bỏ cấp huyện, nhiều thủ tục đất đai được phân cấp về xã; người dân không phải đi xa.',
    areas: [1, 2],
    units: ['tien-du'],
    author: 'Văn Toàn',
    hoursAgo: 75,
    markdown: `Từ ngày 1/7/2025, khi mô hình chính quyền địa phương hai cấp đi vào hoạt động, Ủy ban nhân dân xã Tiên Du tiếp nhận thêm nhiều thủ tục trước đây thuộc cấp huyện, trong đó có đăng ký biến động đất đai.

Xã đã bố trí thêm hai công chức địa chính và một viên chức chi nhánh văn phòng đăng ký đất đai làm việc tại bộ phận một cửa.

Bà Nguyễn Thị Hoa, người dân thôn Đông, cho biết trước đây phải lên huyện ba lần để làm thủ tục tách thửa, nay chỉ cần đến xã một lần và nhận kết quả qua bưu điện.`,
  },
  {
    title: 'Tập huấn kỹ năng giao tiếp, ứng xử cho công chức bộ phận một cửa',
    summary: 'Hơn 200 công chức cấp xã được tập huấn về văn hóa công vụ và kỹ năng hỗ trợ người dân trên môi trường số.',
    areas: [3],
    units: ['so-noi-vu'],
    author: 'Thu Hà',
    hoursAgo: 99,
    markdown: `Sở Nội vụ phối hợp với Trung tâm Phục vụ hành chính công tỉnh tổ chức lớp tập huấn cho hơn 200 công chức làm việc tại bộ phận một cửa cấp xã.

Nội dung tập trung vào quy tắc ứng xử của cán bộ, công chức, viên chức; kỹ năng lắng nghe và giải thích quy định cho người dân; cách xử lý tình huống khi hệ thống phần mềm gặp sự cố.

Kết thúc khóa học, mỗi học viên xây dựng một kế hoạch cải thiện chỉ số hài lòng tại đơn vị mình.`,
  },
  {
    title: 'Giao quyền tự chủ tài chính cho 35 đơn vị sự nghiệp công lập',
    summary: 'Các đơn vị tự bảo đảm chi thường xuyên được chủ động sử dụng nguồn thu, gắn với trách nhiệm giải trình.',
    areas: [4],
    units: [],
    author: 'Quốc Bảo',
    hoursAgo: 122,
    markdown: `Ủy ban nhân dân tỉnh đã phê duyệt phương án tự chủ tài chính giai đoạn 2026–2030 cho 35 đơn vị sự nghiệp công lập thuộc các lĩnh vực y tế, giáo dục nghề nghiệp và khoa học công nghệ.

Các đơn vị tự bảo đảm chi thường xuyên được chủ động sử dụng nguồn thu sự nghiệp, trích lập quỹ phát triển hoạt động và quyết định mức chi thu nhập tăng thêm theo quy định.

Đi cùng quyền tự chủ là yêu cầu công khai dự toán, quyết toán và kết quả thực hiện nhiệm vụ trên trang thông tin điện tử của đơn vị.`,
  },
  {
    title: 'Rà soát, công bố danh mục văn bản quy phạm pháp luật hết hiệu lực',
    summary: 'Qua rà soát, 46 văn bản của Hội đồng nhân dân và Ủy ban nhân dân tỉnh được công bố hết hiệu lực toàn bộ hoặc một phần.',
    areas: [0],
    units: [],
    author: 'Hồng Nhung',
    hoursAgo: 145,
    markdown: `Thực hiện kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật, Ủy ban nhân dân tỉnh đã công bố danh mục 46 văn bản hết hiệu lực toàn bộ hoặc một phần.

Phần lớn các văn bản hết hiệu lực do cơ sở pháp lý để ban hành đã thay đổi sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.

Danh mục được đăng tải công khai để cơ quan, tổ chức và người dân tra cứu, áp dụng đúng quy định.`,
  },
  {
    title: 'Người dân phường Võ Cường đánh giá mức độ hài lòng qua mã QR',
    summary: 'Sau mỗi lần giao dịch, người dân quét mã QR tại quầy để chấm điểm thái độ phục vụ và thời gian giải quyết.',
    areas: [1, 3],
    units: ['vo-cuong'],
    author: 'Lan Phương',
    hoursAgo: 170,
    kind: 'report',
    image: 'satisfaction',
    markdown: `Bộ phận một cửa phường Võ Cường đặt mã QR tại từng quầy để người dân đánh giá ngay sau khi giao dịch. Phiếu đánh giá gồm 5 câu hỏi ngắn về thái độ phục vụ, mức độ hướng dẫn rõ ràng và thời gian giải quyết.

Kết quả được tổng hợp hằng tuần và gửi lãnh đạo phường. Công chức có điểm đánh giá thấp được trao đổi, hỗ trợ để cải thiện.

Sau một quý, tỷ lệ hài lòng đạt 96,2%.`,
  },
  {
    title: 'Tích hợp dữ liệu dân cư vào phần mềm một cửa điện tử cấp xã',
    summary: 'Công chức không còn yêu cầu người dân nộp bản sao giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư.',
    areas: [5, 1],
    units: ['trung-tam-hcc'],
    author: 'Minh Anh',
    hoursAgo: 196,
    markdown: `Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đã kết nối với Cơ sở dữ liệu quốc gia về dân cư. Khi tiếp nhận hồ sơ, công chức tra cứu trực tiếp thông tin nhân thân, nơi cư trú của người nộp.

Nhờ đó, người dân không phải nộp bản sao căn cước, giấy xác nhận cư trú cho 112 thủ tục hành chính.

Việc khai thác dữ liệu được ghi nhật ký đầy đủ, bảo đảm đúng mục đích và bảo vệ dữ liệu cá nhân.`,
  },
  {
    title: 'Xã Lục Ngạn đưa dịch vụ công đến tận vườn vải',
    summary: 'Trong mùa thu hoạch, tổ công tác của xã đến từng thôn để hướng dẫn thủ tục, giúp nhà vườn không phải nghỉ việc.',
    areas: [1],
    units: ['luc-ngan'],
    author: 'Văn Toàn',
    hoursAgo: 220,
    markdown: `Mùa thu hoạch vải, nhiều hộ dân không thể rời vườn để đến trụ sở xã. Ủy ban nhân dân xã Lục Ngạn đã tổ chức tổ công tác lưu động, mang máy tính bảng đến nhà văn hóa thôn vào buổi tối.

Tổ công tác hướng dẫn người dân nộp hồ sơ chứng thực, đăng ký hộ tịch và đề nghị cấp mã số vùng trồng trực tuyến.

Mô hình giúp giải quyết hơn 300 hồ sơ trong ba tuần mà không phát sinh chi phí đi lại cho người dân.`,
  },
  {
    title: 'Thanh toán không dùng tiền mặt phí, lệ phí thủ tục hành chính đạt 85%',
    summary: 'Người dân có thể thanh toán bằng mã QR ngân hàng hoặc ví điện tử ngay tại quầy và trên Cổng dịch vụ công.',
    areas: [4, 5],
    units: ['trung-tam-hcc'],
    author: 'Quốc Bảo',
    hoursAgo: 244,
    markdown: `Tỷ lệ phí, lệ phí thủ tục hành chính được thanh toán không dùng tiền mặt trên địa bàn tỉnh đạt 85% trong quý III, tăng 20 điểm phần trăm so với cùng kỳ năm trước.

Tất cả bộ phận một cửa cấp xã đều có mã QR thanh toán; biên lai điện tử được gửi cho người dân qua tin nhắn hoặc thư điện tử.

Kho bạc và các ngân hàng thương mại phối hợp đối soát hằng ngày, giúp việc quyết toán phí, lệ phí nhanh và minh bạch hơn.`,
  },
  {
    title: 'Hội đồng nhân dân tỉnh thông qua nghị quyết hỗ trợ chuyển đổi số cấp xã',
    summary: 'Mỗi xã, phường được hỗ trợ kinh phí trang bị thiết bị và đường truyền cho bộ phận một cửa.',
    areas: [0, 5],
    units: [],
    author: 'Hồng Nhung',
    source: { name: 'Cổng thông tin điện tử tỉnh', url: 'https://bacninh.example.gov.vn/nghi-quyet-chuyen-doi-so' },
    hoursAgo: 268,
    markdown: `Tại kỳ họp chuyên đề, Hội đồng nhân dân tỉnh đã thông qua nghị quyết quy định mức hỗ trợ chuyển đổi số cho cấp xã giai đoạn 2026–2028.

Nghị quyết ưu tiên các xã vùng sâu, vùng xa, nơi hạ tầng mạng còn hạn chế. Kinh phí được dùng để mua sắm thiết bị, thuê đường truyền và đào tạo kỹ năng số cho công chức.

Ủy ban nhân dân tỉnh được giao hướng dẫn thực hiện và báo cáo kết quả hằng năm.`,
  },
  {
    title: 'Thi tuyển cạnh tranh chức danh lãnh đạo cấp phòng tại các sở',
    summary: 'Năm nay có 12 vị trí được đưa ra thi tuyển; thí sinh trình bày đề án và trả lời chất vấn của hội đồng.',
    areas: [3],
    units: ['so-noi-vu'],
    author: 'Lan Phương',
    hoursAgo: 292,
    markdown: `Sở Nội vụ tổ chức thi tuyển cạnh tranh 12 vị trí trưởng phòng, phó trưởng phòng tại các sở. Mỗi thí sinh trình bày đề án về nhiệm vụ của phòng trong ba năm tới.

Hội đồng thi gồm lãnh đạo sở, chuyên gia và đại diện cơ quan tham mưu về tổ chức cán bộ. Kết quả được công khai trên trang thông tin của sở.

Hình thức thi tuyển giúp phát hiện người có năng lực, tạo động lực cho công chức trẻ.`,
  },
  {
    title: 'Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực',
    summary: 'Hơn 1,2 triệu hồ sơ hộ tịch, đất đai được số hóa để tái sử dụng khi người dân làm thủ tục mới.',
    areas: [5],
    units: ['trung-tam-hcc'],
    author: 'Minh Anh',
    hoursAgo: 316,
    image: 'digital',
    markdown: `Tỉnh đã số hóa hơn 1,2 triệu kết quả giải quyết thủ tục hành chính còn hiệu lực, chủ yếu là sổ hộ tịch và hồ sơ đất đai.

Dữ liệu được lưu trong kho dữ liệu điện tử của tổ chức, cá nhân. Khi làm thủ tục mới, người dân chỉ cần đồng ý cho cơ quan giải quyết khai thác lại giấy tờ đã số hóa.

Công tác số hóa tiếp tục với hồ sơ lưu trữ trước năm 2015.`,
  },
  {
    title: 'Phường Bắc Giang công khai tiến độ giải quyết hồ sơ trên màn hình tại trụ sở',
    summary: 'Người dân theo dõi hồ sơ của mình theo mã số, không cần hỏi trực tiếp công chức.',
    areas: [1],
    units: ['bac-giang'],
    author: 'Thu Hà',
    hoursAgo: 340,
    markdown: `Tại sảnh bộ phận một cửa phường Bắc Giang, màn hình lớn hiển thị danh sách hồ sơ đang xử lý theo mã số, tình trạng và ngày hẹn trả.

Thông tin cá nhân được ẩn, chỉ người có mã hồ sơ mới biết đó là hồ sơ của mình. Hồ sơ sắp đến hạn được đánh dấu để công chức ưu tiên xử lý.

Cách làm đơn giản này giúp giảm số cuộc gọi hỏi tiến độ và tăng tính minh bạch.`,
  },
  {
    title: 'Kiểm tra công tác cải cách hành chính tại 10 xã, phường',
    summary: 'Đoàn kiểm tra chỉ ra một số hồ sơ trễ hạn chưa có văn bản xin lỗi người dân và yêu cầu khắc phục.',
    areas: [1, 3],
    units: ['da-mai', 'tien-du'],
    author: 'Văn Toàn',
    hoursAgo: 364,
    markdown: `Đoàn kiểm tra công tác cải cách hành chính của tỉnh đã làm việc tại 10 xã, phường. Nhìn chung, các địa phương thực hiện nghiêm cơ chế một cửa, niêm yết đầy đủ thủ tục hành chính.

Tuy vậy, đoàn phát hiện một số hồ sơ trễ hạn chưa có văn bản xin lỗi người dân; một số thủ tục còn yêu cầu thêm giấy tờ ngoài quy định.

Các địa phương được yêu cầu khắc phục trong 15 ngày và báo cáo kết quả về Sở Nội vụ.`,
  },
  {
    title: 'Đêm giao thừa, bộ phận một cửa vẫn nhận hồ sơ trực tuyến',
    summary: 'Hệ thống dịch vụ công hoạt động liên tục; hồ sơ nộp lúc 0 giờ được ghi nhận đúng ngày theo giờ Việt Nam.',
    areas: [5],
    units: [],
    author: 'Lan Phương',
    hoursAgo: 388,
    at: '2026-01-01T00:00:00+07:00',
    markdown: `Hệ thống dịch vụ công trực tuyến của tỉnh hoạt động liên tục 24/7, kể cả ngày lễ, Tết. Hồ sơ nộp vào thời điểm 0 giờ được ghi nhận theo giờ Việt Nam, bảo đảm tính đúng thời hạn giải quyết.

Trong kỳ nghỉ, bộ phận kỹ thuật trực để xử lý sự cố. Hồ sơ được công chức tiếp nhận vào ngày làm việc đầu tiên sau kỳ nghỉ.`,
  },
  {
    title: 'Dự thảo: kế hoạch cải cách hành chính năm 2027',
    summary: 'Bản dự thảo đang chờ lãnh đạo duyệt, chưa được công bố.',
    areas: [0, 1, 2, 3, 4, 5],
    units: ['so-noi-vu'],
    author: 'Ban biên tập',
    hoursAgo: 2,
    draft: true,
    markdown: `Nội dung dự thảo kế hoạch cải cách hành chính năm 2027 đang được lấy ý kiến nội bộ. Bài viết này chưa được xuất bản.`,
  },
  {
    title: 'Đối thoại với doanh nghiệp về thủ tục đầu tư và đất đai',
    summary: 'Lãnh đạo tỉnh trả lời trực tiếp 27 kiến nghị; các sở được giao thời hạn xử lý cụ thể.',
    areas: [1, 0],
    units: [],
    author: 'Quốc Bảo',
    hoursAgo: 412,
    markdown: `Hội nghị đối thoại giữa lãnh đạo tỉnh với cộng đồng doanh nghiệp đã ghi nhận 27 kiến nghị, tập trung vào thủ tục đầu tư, giao đất, cho thuê đất và phòng cháy chữa cháy.

Nhiều kiến nghị được trả lời ngay tại hội nghị. Với các vấn đề phức tạp, các sở được giao thời hạn xử lý và phải phản hồi bằng văn bản cho doanh nghiệp.

Kết quả xử lý kiến nghị sẽ được công khai trên Cổng thông tin cải cách hành chính.`,
  },
  {
    title: 'Ứng dụng trợ lý ảo trả lời câu hỏi về thủ tục hành chính',
    summary: 'Trợ lý ảo được huấn luyện trên bộ thủ tục của tỉnh, trả lời 24/7 và chuyển câu hỏi khó đến công chức.',
    areas: [5, 1],
    units: ['trung-tam-hcc'],
    author: 'Minh Anh',
    hoursAgo: 436,
    kind: 'video',
    videoUrl: 'https://www.youtube.com/watch?v=cchc-tro-ly-ao',
    markdown: `Trung tâm Phục vụ hành chính công tỉnh đưa vào thử nghiệm trợ lý ảo trên Cổng dịch vụ công. Trợ lý trả lời các câu hỏi thường gặp về thành phần hồ sơ, lệ phí và thời hạn giải quyết.

Những câu hỏi trợ lý ảo chưa trả lời được sẽ được chuyển đến công chức phụ trách lĩnh vực, phản hồi trong vòng một ngày làm việc.

Sau thời gian thử nghiệm, trung tâm sẽ đánh giá độ chính xác trước khi triển khai rộng rãi.`,
  },
]
