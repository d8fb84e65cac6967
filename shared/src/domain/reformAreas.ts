/**
 * The six reform areas of Resolution 76/NQ-CP (2021–2030). Areas are data in the CMS; these are
 * only the defaults the seed creates, in the resolution's order.
 */
export const DEFAULT_REFORM_AREAS = [
  {
    name: 'Cải cách thể chế',
    description: 'Xây dựng, hoàn thiện và tổ chức thi hành pháp luật; rà soát, hệ thống hóa văn bản quy phạm pháp luật.',
  },
  {
    name: 'Cải cách thủ tục hành chính',
    description: 'Cắt giảm, đơn giản hóa thủ tục hành chính; thực hiện cơ chế một cửa, một cửa liên thông.',
  },
  {
    name: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    description: 'Sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; chính quyền địa phương hai cấp.',
  },
  {
    name: 'Cải cách chế độ công vụ',
    description: 'Xây dựng đội ngũ cán bộ, công chức, viên chức chuyên nghiệp, có phẩm chất, năng lực và uy tín.',
  },
  {
    name: 'Cải cách tài chính công',
    description: 'Đổi mới cơ chế quản lý tài chính, ngân sách; cơ chế tự chủ của đơn vị sự nghiệp công lập.',
  },
  {
    name: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
    description: 'Chuyển đổi số trong cơ quan nhà nước; dịch vụ công trực tuyến; dữ liệu số và nền tảng số.',
  },
] as const
