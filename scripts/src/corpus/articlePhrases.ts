import { decapitalise } from './letterCase'
import type { Template } from './phraseSlots'

/** What news of one reform area says; the list follows DEFAULT_REFORM_AREAS' order. */
export type AreaPhrases = {
  /** The area's section heading in a bulletin issue. */
  section: string
  titles: Template[]
  summaries: Template[]
  /** Sentences reporting figures and facts. */
  facts: Template[]
  /** What the unit did, one sentence each (also used as list items). */
  measures: string[]
  /** What an official says about it. */
  quotes: string[]
}

export const AREA_PHRASES: AreaPhrases[] = [
  {
    section: 'Cải cách thể chế',
    titles: [
      ({ Unit, n }) => `${Unit} rà soát ${n(20, 180)} văn bản quy phạm pháp luật sau sắp xếp bộ máy`,
      ({ Unit, n }) => `${Unit} công bố ${n(5, 60)} văn bản hết hiệu lực toàn bộ hoặc một phần`,
      ({ Unit, policy }) => `${Unit} lấy ý kiến người dân, doanh nghiệp về dự thảo quy định ${policy}`,
      ({ Unit, n }) => `${Unit} phổ biến ${n(3, 15)} luật mới có hiệu lực cho cán bộ, công chức`,
      ({ Unit, n }) => `${Unit} tự kiểm tra ${n(10, 90)} văn bản do địa phương ban hành`,
      ({ Unit, period }) => `${Unit} nâng cao chất lượng thẩm định văn bản quy phạm pháp luật ${period}`,
      ({ unit, policy }) => `Ban hành quy định ${policy} tại ${unit}`,
      ({ Unit, n }) => `${Unit} đề xuất sửa đổi ${n(3, 25)} quy định còn chồng chéo, vướng mắc`,
    ],
    summaries: [
      ({ unit, n }) => `Qua rà soát, ${unit} phát hiện ${n(3, 30)} văn bản cần sửa đổi, bổ sung hoặc thay thế cho phù hợp với quy định mới.`,
      ({ n }) => `Danh mục được công khai để cơ quan, tổ chức và người dân tra cứu, áp dụng đúng; ${n(2, 12)} văn bản được đề nghị bãi bỏ.`,
      () => 'Dự thảo được đăng tải trong 30 ngày; ý kiến góp ý được tổng hợp, giải trình công khai trước khi trình ban hành.',
      ({ unit }) => `Việc xây dựng, thẩm định văn bản tại ${unit} chặt chẽ hơn, bảo đảm tính hợp hiến, hợp pháp và khả thi.`,
    ],
    facts: [
      ({ Period, unit, n }) => `${Period}, ${unit} đã rà soát ${n(20, 180)} văn bản quy phạm pháp luật, trong đó ${n(3, 25)} văn bản được đề nghị sửa đổi, bổ sung.`,
      ({ unit, n }) => `Công tác kiểm tra, xử lý văn bản được ${unit} thực hiện thường xuyên; ${n(2, 15)} văn bản có nội dung chưa phù hợp đã được xử lý kịp thời.`,
      () => 'Sau khi sắp xếp đơn vị hành chính, nhiều văn bản không còn phù hợp do cơ sở pháp lý để ban hành đã thay đổi.',
      ({ pct }) => `Đến nay, ${pct(85, 100)}% văn bản quy phạm pháp luật của địa phương đã được cập nhật lên Cơ sở dữ liệu quốc gia về pháp luật.`,
      ({ Unit, n }) => `${Unit} đã tổ chức ${n(3, 20)} hội nghị phổ biến, giáo dục pháp luật với hơn ${n(300, 3000)} lượt người tham dự.`,
    ],
    measures: [
      'Giao từng phòng chuyên môn chịu trách nhiệm rà soát văn bản thuộc lĩnh vực mình phụ trách.',
      'Lấy ý kiến rộng rãi của đối tượng chịu tác động trước khi trình ban hành văn bản.',
      'Công khai dự thảo trên cổng thông tin điện tử ít nhất 30 ngày.',
      'Mời chuyên gia, luật sư tham gia hội đồng tư vấn thẩm định.',
      'Lập danh mục văn bản cần bãi bỏ, thay thế và trình cấp có thẩm quyền ngay trong quý.',
      'Cập nhật kịp thời văn bản mới lên cơ sở dữ liệu để người dân dễ tra cứu.',
    ],
    quotes: [
      'Văn bản phải rõ ràng, dễ hiểu, dễ thực hiện; quy định nào gây khó cho người dân, doanh nghiệp thì phải sửa ngay.',
      'Chúng tôi coi rà soát văn bản là nhiệm vụ thường xuyên, không phải làm theo phong trào.',
      'Mỗi góp ý của người dân đều được ghi nhận và trả lời công khai.',
    ],
  },
  {
    section: 'Cải cách thủ tục hành chính',
    titles: [
      ({ Unit, pct, period }) => `${Unit} giải quyết đúng hạn ${pct(92, 99.9)}% hồ sơ thủ tục hành chính ${period}`,
      ({ Unit, field, period }) => `${Unit} rút ngắn thời gian giải quyết thủ tục lĩnh vực ${field} ${period}`,
      ({ unit, n, period }) => `Bộ phận một cửa ${unit} tiếp nhận ${n(300, 15000)} hồ sơ ${period}`,
      ({ Unit, n, field }) => `${Unit} công khai quy trình nội bộ ${n(5, 60)} thủ tục lĩnh vực ${field}`,
      ({ Unit }) => `${Unit} liên thông đăng ký khai sinh, thường trú và cấp thẻ bảo hiểm y tế cho trẻ em`,
      ({ unit }) => `Người dân ${unit} đánh giá mức độ hài lòng qua mã QR tại quầy`,
      ({ Unit, n, period }) => `${Unit} gửi thư xin lỗi người dân vì ${n(2, 40)} hồ sơ trễ hạn ${period}`,
      ({ Unit, n, field }) => `${Unit} cắt giảm ${n(2, 12)} thành phần hồ sơ thủ tục lĩnh vực ${field}`,
      ({ unit, field }) => `Tiếp nhận hồ sơ lĩnh vực ${field} không phụ thuộc địa giới hành chính tại ${unit}`,
      ({ Unit, n }) => `${Unit} trả ${n(200, 8000)} kết quả thủ tục hành chính qua dịch vụ bưu chính công ích`,
      ({ Unit, field, year }) => `${Unit} đối thoại với người dân về thủ tục lĩnh vực ${field} năm ${year}`,
    ],
    summaries: [
      ({ pct }) => `Tỷ lệ hồ sơ giải quyết đúng hạn đạt ${pct(92, 99.9)}%; số hồ sơ trễ hạn giảm rõ rệt so với cùng kỳ năm trước.`,
      ({ n, field }) => `Thời gian giải quyết các thủ tục lĩnh vực ${field} được rút ngắn từ ${n(12, 20)} xuống còn ${n(3, 10)} ngày làm việc.`,
      ({ unit }) => `Người dân ${unit} không phải đi lại nhiều lần: hồ sơ được tiếp nhận một lần, kết quả được trả tận nhà.`,
      () => 'Quy trình nội bộ được công khai tại bộ phận một cửa và trên Cổng dịch vụ công để người dân theo dõi.',
      ({ pct }) => `Hơn ${pct(80, 99)}% người dân được hỏi hài lòng với thái độ phục vụ và thời gian giải quyết hồ sơ.`,
    ],
    facts: [
      ({ Period, unit, n, pct }) => `${Period}, bộ phận một cửa ${unit} tiếp nhận ${n(300, 15000)} hồ sơ, trong đó ${pct(90, 99.5)}% được giải quyết trước và đúng hạn.`,
      ({ field }) => `Các hồ sơ trễ hạn chủ yếu thuộc lĩnh vực ${field}, do phải xác minh thêm thông tin hoặc chờ ý kiến của cơ quan liên quan.`,
      ({ n }) => `Đối với ${n(2, 40)} hồ sơ trễ hạn, cơ quan giải quyết đã gửi thư xin lỗi và hẹn lại thời gian trả kết quả.`,
      ({ unit, n }) => `Hiện ${unit} đang thực hiện ${n(180, 450)} thủ tục hành chính, tất cả đều được niêm yết công khai tại trụ sở.`,
      ({ pct }) => `Tỷ lệ người dân hài lòng với việc giải quyết thủ tục hành chính đạt ${pct(90, 99.5)}%.`,
    ],
    measures: [
      'Bố trí công chức có kinh nghiệm làm việc tại bộ phận một cửa, luân phiên hỗ trợ vào giờ cao điểm.',
      'Niêm yết công khai thủ tục, mức phí, lệ phí và thời hạn giải quyết tại quầy tiếp nhận.',
      'Gửi tin nhắn cho người dân ở mỗi bước xử lý hồ sơ.',
      'Thẩm định song song giữa các cơ quan thay vì tuần tự như trước.',
      'Trả kết quả qua dịch vụ bưu chính công ích theo yêu cầu của người dân.',
      'Đặt mã QR tại từng quầy để người dân đánh giá ngay sau khi giao dịch.',
      'Theo dõi hồ sơ sắp đến hạn trên phần mềm để ưu tiên xử lý.',
    ],
    quotes: [
      'Chúng tôi đặt mục tiêu không để hồ sơ nào trễ hạn mà không có lời giải thích với người dân.',
      'Người dân chỉ phải đến một lần, phần còn lại là việc của cơ quan nhà nước.',
      'Mỗi thủ tục cắt giảm được một ngày là người dân, doanh nghiệp tiết kiệm được chi phí.',
    ],
  },
  {
    section: 'Tổ chức bộ máy',
    titles: [
      ({ Unit, year }) => `${Unit} kiện toàn bộ máy, phân công lại nhiệm vụ năm ${year}`,
      ({ Unit, n }) => `${Unit} hoàn thành sắp xếp ${n(3, 40)} đơn vị sự nghiệp công lập`,
      ({ Unit, n }) => `${Unit} rà soát chức năng, nhiệm vụ của ${n(4, 18)} phòng, ban chuyên môn`,
      ({ Unit, year }) => `${Unit} bố trí lại trụ sở làm việc, bảo đảm phục vụ người dân không gián đoạn năm ${year}`,
      ({ Unit, n }) => `${Unit} giảm ${n(3, 30)} đầu mối bên trong sau sắp xếp`,
      ({ Unit, year }) => `${Unit} phê duyệt đề án vị trí việc làm năm ${year}`,
      ({ Unit, n }) => `${Unit} điều động ${n(5, 120)} công chức về làm việc tại cơ sở`,
    ],
    summaries: [
      ({ n }) => `Sau sắp xếp, số đầu mối giảm ${n(10, 35)}%; chức năng, nhiệm vụ được rà soát để không chồng chéo.`,
      () => 'Việc giải quyết thủ tục hành chính cho người dân và doanh nghiệp không bị gián đoạn trong thời gian chuyển đổi.',
      ({ Unit }) => `${Unit} xác định vị trí việc làm gắn với sản phẩm đầu ra cụ thể của từng công chức.`,
      () => 'Hồ sơ, tài liệu lưu trữ được bàn giao đầy đủ; con dấu, tài khoản của các cơ quan mới đã hoạt động.',
    ],
    facts: [
      ({ Unit, n }) => `${Unit} đã ban hành quy chế làm việc mới, phân công lại nhiệm vụ cho ${n(15, 160)} cán bộ, công chức.`,
      ({ n }) => `Sau sắp xếp, ${n(3, 30)} đầu mối bên trong được cắt giảm, tổ chức bộ máy gọn hơn.`,
      () => 'Trụ sở, trang thiết bị được bố trí lại để bộ phận một cửa hoạt động ngay từ ngày đầu.',
      ({ n }) => `Cán bộ, công chức dôi dư được bố trí theo lộ trình; ${n(5, 60)} người đã nghỉ hưu trước tuổi theo chính sách.`,
    ],
    measures: [
      'Rà soát chức năng, nhiệm vụ để không còn việc chồng chéo giữa các phòng.',
      'Bố trí công chức theo vị trí việc làm, gắn với sản phẩm đầu ra cụ thể.',
      'Bàn giao đầy đủ hồ sơ, tài liệu lưu trữ giữa cơ quan cũ và cơ quan mới.',
      'Công khai số điện thoại đường dây nóng để người dân phản ánh khi gặp khó khăn.',
      'Bố trí xe đưa đón công chức ở xa trụ sở mới.',
    ],
    quotes: [
      'Bộ máy gọn hơn nhưng phải phục vụ người dân tốt hơn, đó là thước đo của việc sắp xếp.',
      'Chúng tôi không để việc sắp xếp làm chậm bất kỳ hồ sơ nào của người dân.',
      'Mỗi công chức phải biết rõ mình làm việc gì, chịu trách nhiệm đến đâu.',
    ],
  },
  {
    section: 'Cải cách chế độ công vụ',
    titles: [
      ({ Unit, n }) => `${Unit} tập huấn kỹ năng số cho ${n(30, 600)} cán bộ, công chức`,
      ({ Unit, n }) => `${Unit} thi tuyển cạnh tranh ${n(2, 20)} chức danh lãnh đạo cấp phòng`,
      ({ Unit, period }) => `${Unit} siết chặt kỷ luật, kỷ cương hành chính ${period}`,
      ({ Unit, year }) => `${Unit} đánh giá cán bộ, công chức theo kết quả, sản phẩm cụ thể năm ${year}`,
      ({ Unit, n }) => `${Unit} kiểm tra đột xuất công vụ tại ${n(3, 25)} cơ quan, đơn vị`,
      ({ Unit, year }) => `${Unit} triển khai quy tắc ứng xử cho công chức bộ phận một cửa năm ${year}`,
      ({ Unit, n, year }) => `${Unit} tuyển dụng ${n(5, 80)} công chức năm ${year}`,
      ({ unit, n }) => `Bồi dưỡng kỹ năng giao tiếp, ứng xử cho ${n(20, 300)} công chức ${unit}`,
    ],
    summaries: [
      ({ n }) => `Kiểm tra đột xuất cho thấy ${n(1, 9)} trường hợp chưa chấp hành nghiêm giờ giấc làm việc; các trường hợp này đã bị nhắc nhở.`,
      () => 'Khóa học tập trung vào văn hóa công vụ, kỹ năng lắng nghe và hỗ trợ người dân trên môi trường số.',
      () => 'Thí sinh trình bày đề án và trả lời chất vấn của hội đồng; kết quả được công khai.',
      () => 'Việc đánh giá dựa trên kết quả công việc hằng tháng, có sự tham gia của người dân.',
    ],
    facts: [
      ({ Unit, n }) => `${Unit} đã tổ chức ${n(2, 12)} lớp bồi dưỡng với ${n(60, 900)} lượt cán bộ, công chức tham gia.`,
      ({ n }) => `Qua kiểm tra công vụ, ${n(1, 9)} trường hợp vi phạm giờ giấc làm việc bị nhắc nhở, ${n(1, 3)} trường hợp phải kiểm điểm.`,
      ({ pct }) => `Tỷ lệ cán bộ, công chức được đánh giá hoàn thành tốt nhiệm vụ trở lên đạt ${pct(80, 97)}%.`,
      () => 'Kết quả đánh giá được dùng làm căn cứ để bố trí, quy hoạch và khen thưởng.',
    ],
    measures: [
      'Công khai lịch tiếp công dân của lãnh đạo tại trụ sở và trên trang thông tin điện tử.',
      'Chấm điểm công chức hằng tháng dựa trên số hồ sơ giải quyết đúng hạn.',
      'Tổ chức thi tuyển cạnh tranh thay cho bổ nhiệm theo quy trình cũ.',
      'Lắp đặt camera giám sát tại bộ phận một cửa.',
      'Lấy phiếu đánh giá của người dân về thái độ phục vụ của từng công chức.',
    ],
    quotes: [
      'Người dân đánh giá công chức, không phải công chức tự đánh giá mình.',
      'Kỷ cương hành chính bắt đầu từ những việc nhỏ nhất như đúng giờ, đúng hẹn.',
      'Thi tuyển giúp chúng tôi tìm được người có năng lực thật sự.',
    ],
  },
  {
    section: 'Cải cách tài chính công',
    titles: [
      ({ Unit, n }) => `${Unit} giao quyền tự chủ tài chính cho ${n(3, 45)} đơn vị sự nghiệp công lập`,
      ({ unit, pct }) => `Thanh toán không dùng tiền mặt phí, lệ phí tại ${unit} đạt ${pct(40, 98)}%`,
      ({ Unit, year }) => `${Unit} công khai dự toán ngân sách năm ${year}`,
      ({ Unit, pct, period }) => `${Unit} giải ngân ${pct(30, 98)}% kế hoạch vốn đầu tư công ${period}`,
      ({ Unit, n }) => `${Unit} tiết kiệm ${n(200, 9000)} triệu đồng chi thường xuyên`,
      ({ Unit, n }) => `${Unit} rà soát, sắp xếp lại ${n(5, 120)} cơ sở nhà, đất công`,
      ({ Unit, year }) => `${Unit} công khai quyết toán ngân sách năm ${year - 1}`,
    ],
    summaries: [
      () => 'Các đơn vị tự bảo đảm chi thường xuyên được chủ động sử dụng nguồn thu, gắn với trách nhiệm giải trình.',
      () => 'Người dân có thể thanh toán bằng mã QR ngân hàng hoặc ví điện tử ngay tại quầy và trên Cổng dịch vụ công.',
      () => 'Dự toán, quyết toán được công khai để người dân và cơ quan dân cử giám sát.',
      ({ n }) => `Khoản tiết kiệm ${n(200, 9000)} triệu đồng được dùng để mua sắm thiết bị cho bộ phận một cửa.`,
    ],
    facts: [
      ({ Unit, n }) => `${Unit} đã giao quyền tự chủ cho ${n(3, 45)} đơn vị sự nghiệp công lập thuộc các lĩnh vực y tế, giáo dục nghề nghiệp và văn hóa.`,
      ({ pct, n }) => `Tỷ lệ phí, lệ phí được thanh toán không dùng tiền mặt đạt ${pct(40, 98)}%, tăng ${n(5, 30)} điểm phần trăm so với cùng kỳ.`,
      () => 'Biên lai điện tử được gửi cho người dân qua tin nhắn hoặc thư điện tử ngay sau khi thanh toán.',
      ({ n }) => `Qua rà soát, ${n(3, 40)} cơ sở nhà, đất không còn nhu cầu sử dụng được đề xuất bán hoặc chuyển đổi công năng.`,
    ],
    measures: [
      'Công khai dự toán, quyết toán trên trang thông tin điện tử của đơn vị.',
      'Trang bị máy quẹt thẻ và mã QR thanh toán tại tất cả quầy tiếp nhận.',
      'Đối soát hằng ngày với kho bạc và ngân hàng để quyết toán phí, lệ phí nhanh chóng.',
      'Giao chỉ tiêu tiết kiệm chi thường xuyên cho từng phòng, ban.',
      'Lập danh mục tài sản công và cập nhật lên cơ sở dữ liệu quốc gia.',
    ],
    quotes: [
      'Tự chủ đi liền với trách nhiệm giải trình: mỗi đồng chi ra đều phải công khai.',
      'Thanh toán không dùng tiền mặt vừa tiện cho dân, vừa minh bạch cho cơ quan.',
      'Tiết kiệm chi thường xuyên là để dành nguồn lực cho những việc phục vụ người dân.',
    ],
  },
  {
    section: 'Chính phủ số',
    titles: [
      ({ Unit, pct, period }) => `${Unit}: ${pct(30, 95)}% hồ sơ được nộp trực tuyến toàn trình ${period}`,
      ({ Unit, n }) => `${Unit} ra mắt ${n(3, 60)} tổ công nghệ số cộng đồng`,
      ({ Unit, n }) => `${Unit} số hóa ${n(2000, 900000)} hồ sơ, kết quả giải quyết thủ tục hành chính`,
      ({ Unit, n }) => `${Unit} hướng dẫn ${n(500, 50000)} người dân kích hoạt tài khoản định danh điện tử`,
      ({ Unit, year }) => `${Unit} đưa vào sử dụng hệ thống quản lý văn bản liên thông năm ${year}`,
      ({ Unit, field }) => `${Unit} kết nối dữ liệu dân cư để giải quyết thủ tục lĩnh vực ${field}`,
      ({ Unit, n }) => `${Unit} cấp chữ ký số cho ${n(30, 900)} cán bộ, công chức`,
      ({ Unit, year }) => `${Unit} thí điểm trợ lý ảo tra cứu thủ tục hành chính năm ${year}`,
      ({ Unit, pct, period }) => `${Unit}: ${pct(60, 100)}% văn bản được ký số, gửi nhận trên môi trường mạng ${period}`,
    ],
    summaries: [
      () => 'Người dân không phải nộp bản sao giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư.',
      () => 'Tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến vào buổi tối và ngày nghỉ.',
      ({ n }) => `Sau số hóa, người dân chỉ cần đồng ý cho cơ quan giải quyết khai thác lại ${n(2, 9)} loại giấy tờ đã có.`,
      ({ pct }) => `Tỷ lệ hồ sơ trực tuyến toàn trình đạt ${pct(30, 95)}%, tăng mạnh so với cùng kỳ năm trước.`,
      () => 'Hệ thống hoạt động liên tục; hồ sơ nộp ngoài giờ được tiếp nhận ngay đầu giờ làm việc tiếp theo.',
    ],
    facts: [
      ({ Period, unit, pct }) => `${Period}, ${pct(30, 95)}% hồ sơ thủ tục hành chính của ${unit} được nộp trực tuyến qua Cổng Dịch vụ công quốc gia.`,
      ({ n }) => `Đã có ${n(2000, 900000)} hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa và lưu vào kho dữ liệu điện tử.`,
      ({ n }) => `Các tổ công nghệ số cộng đồng với ${n(40, 900)} thành viên đã hỗ trợ hàng nghìn lượt người dân cài đặt ứng dụng định danh điện tử.`,
      ({ pct }) => `Tỷ lệ văn bản đi được ký số và gửi trên môi trường mạng đạt ${pct(80, 100)}%.`,
    ],
    measures: [
      'Kết nối phần mềm một cửa điện tử với Cơ sở dữ liệu quốc gia về dân cư.',
      'Thành lập tổ công nghệ số cộng đồng ở từng thôn, tổ dân phố.',
      'Bố trí máy tính, máy quét tại sảnh để người dân tự nộp hồ sơ với sự hướng dẫn của đoàn viên thanh niên.',
      'Giảm lệ phí cho hồ sơ nộp trực tuyến theo nghị quyết của Hội đồng nhân dân.',
      'Số hóa hồ sơ ngay khi tiếp nhận để tái sử dụng ở những lần sau.',
      'Ghi nhật ký đầy đủ mỗi lần khai thác dữ liệu, bảo đảm bảo vệ dữ liệu cá nhân.',
    ],
    quotes: [
      'Chuyển đổi số không phải là mua máy móc mà là thay đổi cách phục vụ người dân.',
      'Người cao tuổi cũng làm được thủ tục trực tuyến nếu có người hướng dẫn tận tình.',
      'Dữ liệu đã có thì không bắt người dân khai lại, nộp lại.',
    ],
  },
]

/** Sentences that fit news of any area. */
export const CONTEXT = [
  'Cải cách hành chính được xác định là khâu đột phá trong chỉ đạo, điều hành của địa phương.',
  'Kết quả này góp phần nâng cao chỉ số cải cách hành chính và chỉ số hài lòng của người dân.',
  'Lãnh đạo địa phương yêu cầu các cơ quan, đơn vị lấy sự hài lòng của người dân làm thước đo chất lượng phục vụ.',
  'Công việc được triển khai theo kế hoạch cải cách hành chính năm của địa phương, với sự phân công rõ người, rõ việc, rõ thời hạn.',
  'Người dân, doanh nghiệp có thể phản ánh, kiến nghị qua đường dây nóng hoặc hộp thư góp ý điện tử.',
  'Đoàn kiểm tra công tác cải cách hành chính đánh giá cao cách làm này và đề nghị nhân rộng.',
]

export const NEXT_STEPS: Template[] = [
  ({ unit }) => `Thời gian tới, ${unit} sẽ tiếp tục rà soát, đơn giản hóa quy trình và tăng cường ứng dụng công nghệ số.`,
  ({ Unit }) => `${Unit} đặt mục tiêu duy trì kết quả này trong những năm tiếp theo và báo cáo định kỳ với cấp trên.`,
  () => 'Các cơ quan, đơn vị được yêu cầu báo cáo kết quả thực hiện trước ngày 15 của tháng cuối quý.',
  () => 'Kết quả thực hiện sẽ được đưa vào tiêu chí đánh giá, xếp loại thi đua cuối năm.',
  ({ unit }) => `Những khó khăn, vướng mắc phát sinh được ${unit} tổng hợp, báo cáo cấp có thẩm quyền để tháo gỡ.`,
]

export const HEADINGS = ['Kết quả bước đầu', 'Người dân được hưởng lợi', 'Nhiều cách làm mới', 'Những việc cần làm tiếp', 'Còn khó khăn, vướng mắc']

/** Questions readers send, with the answer the portal publishes ("Hỏi đáp"). */
export const QUESTIONS: Array<{ question: Template; answer: Template }> = [
  {
    question: ({ field, unit }) => `Sau sắp xếp đơn vị hành chính, làm thủ tục lĩnh vực ${field} ở ${unit} tại đâu?`,
    answer: ({ unit }) => `Người dân nộp hồ sơ tại bộ phận một cửa ${unit} hoặc trực tuyến trên Cổng Dịch vụ công quốc gia; hồ sơ được tiếp nhận không phụ thuộc nơi cư trú.`,
  },
  {
    question: ({ unit }) => `Nộp hồ sơ trực tuyến ở ${unit} có được giảm lệ phí không?`,
    answer: () => 'Có. Theo nghị quyết của Hội đồng nhân dân, hồ sơ nộp trực tuyến được giảm lệ phí so với hồ sơ nộp trực tiếp.',
  },
  {
    question: ({ field, unit }) => `Hồ sơ lĩnh vực ${field} ở ${unit} bị trễ hạn thì người dân được xử lý thế nào?`,
    answer: () => 'Cơ quan giải quyết phải gửi văn bản xin lỗi, nêu rõ lý do và hẹn lại thời gian trả kết quả; người dân có thể phản ánh qua đường dây nóng.',
  },
  {
    question: ({ unit }) => `Người cao tuổi ở ${unit} không dùng điện thoại thông minh có phải làm thủ tục trực tuyến không?`,
    answer: ({ unit }) => `Không bắt buộc. Người dân vẫn nộp hồ sơ trực tiếp; tổ công nghệ số cộng đồng ${unit} sẵn sàng hỗ trợ nếu người dân muốn làm trực tuyến.`,
  },
  {
    question: ({ field, unit }) => `Thủ tục lĩnh vực ${field} ở ${unit} cần những giấy tờ gì đã có trong dữ liệu dân cư?`,
    answer: () => 'Người dân không phải nộp bản sao căn cước và giấy xác nhận cư trú: công chức tra cứu trực tiếp trong Cơ sở dữ liệu quốc gia về dân cư.',
  },
]

/** A person quoted with their position: "Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND xã Tân Phú, cho biết: “…”". */
export const quoteSentence = (speaker: string, position: string, quote: string, first: boolean) =>
  first ? `${speaker}, ${position}, cho biết: “${quote}”` : `“${quote.replace(/\.$/, '')}”, ${decapitalise(speaker)}, ${position}, nói.`
