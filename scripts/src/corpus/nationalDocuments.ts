import type { DocumentPlan } from './documentPlan'
import { vietnamTime } from './calendar'

/**
 * Real national documents that provincial plans and news cite. Effective dates are given only
 * where the document took effect on a date known for certain.
 */
export const NATIONAL_DOCUMENTS: Omit<DocumentPlan, 'relatedDocuments' | 'unit' | 'fileName'>[] = [
  {
    number: '61/2018/NĐ-CP',
    title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    type: 'decree',
    issuer: 'Chính phủ',
    signer: 'Thủ tướng Chính phủ',
    issuedAt: vietnamTime(2018, 4, 23),
    effectiveAt: vietnamTime(2018, 6, 21),
    summary: 'Quy định việc tiếp nhận hồ sơ, giải quyết và trả kết quả thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.',
    reformAreas: [1],
  },
  {
    number: '30/2020/NĐ-CP',
    title: 'Nghị định về công tác văn thư',
    type: 'decree',
    issuer: 'Chính phủ',
    signer: 'Thủ tướng Chính phủ',
    issuedAt: vietnamTime(2020, 3, 5),
    effectiveAt: vietnamTime(2020, 3, 5),
    summary: 'Quy định thể thức, kỹ thuật trình bày văn bản hành chính, quản lý văn bản và lập hồ sơ, kể cả văn bản điện tử.',
    reformAreas: [0, 5],
  },
  {
    number: '45/2020/NĐ-CP',
    title: 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
    type: 'decree',
    issuer: 'Chính phủ',
    signer: 'Thủ tướng Chính phủ',
    issuedAt: vietnamTime(2020, 4, 8),
    summary: 'Quy định việc thực hiện thủ tục hành chính trên môi trường điện tử và giá trị pháp lý của kết quả điện tử.',
    reformAreas: [1, 5],
  },
  {
    number: '76/NQ-CP',
    title: 'Nghị quyết ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030',
    type: 'resolution',
    issuer: 'Chính phủ',
    signer: 'Thủ tướng Chính phủ',
    issuedAt: vietnamTime(2021, 7, 15),
    effectiveAt: vietnamTime(2021, 7, 15),
    summary: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 với sáu nội dung cải cách.',
    reformAreas: [0, 1, 2, 3, 4, 5],
  },
  {
    number: '107/2021/NĐ-CP',
    title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông',
    type: 'decree',
    issuer: 'Chính phủ',
    signer: 'Thủ tướng Chính phủ',
    issuedAt: vietnamTime(2021, 12, 6),
    summary: 'Sửa đổi quy định về cơ chế một cửa, một cửa liên thông, số hóa hồ sơ và kết quả giải quyết thủ tục hành chính.',
    reformAreas: [1, 5],
  },
  {
    number: '06/QĐ-TTg',
    title:
      'Quyết định phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022–2025, tầm nhìn đến năm 2030',
    type: 'decision',
    issuer: 'Thủ tướng Chính phủ',
    signer: 'Thủ tướng Chính phủ',
    issuedAt: vietnamTime(2022, 1, 6),
    summary: 'Đề án 06: khai thác dữ liệu dân cư, định danh và xác thực điện tử trong giải quyết thủ tục hành chính và dịch vụ công.',
    reformAreas: [5, 1],
  },
  {
    number: '42/2022/NĐ-CP',
    title: 'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    type: 'decree',
    issuer: 'Chính phủ',
    signer: 'Thủ tướng Chính phủ',
    issuedAt: vietnamTime(2022, 6, 24),
    summary: 'Quy định cổng thông tin điện tử, dịch vụ công trực tuyến toàn trình và một phần của cơ quan nhà nước.',
    reformAreas: [5, 1],
  },
]
