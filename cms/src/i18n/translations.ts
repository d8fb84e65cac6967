/**
 * Payload's own Vietnamese, corrected where it misleads editors here. Payload merges these over
 * `@payloadcms/translations`' `vi` (config `i18n.translations`).
 *
 * - "tài liệu" (Payload's word for any document) reads as "văn bản", the collection of directing
 *   documents: the generic wording says "mục" instead, and the publish buttons name what they
 *   publish (components/publishing/publishWords.ts).
 * - One word for taking something off the public site: "gỡ xuất bản" (Payload mixes "ẩn",
 *   "ngưng" and "hủy xuất bản"; the audit log says "Gỡ xuất bản").
 * - One word for a draft: "bản nháp" (Payload also says "bản thảo").
 * - The last English words of Payload's Vietnamese ("Menu", "Collections", "Block").
 */
export const viTranslations = {
  error: {
    autosaving: 'Lỗi: không tự động lưu được mục này.',
    loadingDocument: 'Lỗi: không tải được mục có mã {{id}}.',
    missingIDOfDocument: 'Lỗi: thiếu mã của mục cần cập nhật.',
    previewing: 'Lỗi: không xem trước được mục này.',
    revertingDocument: 'Không hoàn tác được mục này.',
    unPublishingDocument: 'Lỗi: không gỡ xuất bản được.',
  },
  fields: {
    block: 'Khối',
    blocks: 'khối',
    blockType: 'Loại khối',
    chooseBetweenCustomTextOrDocument: 'Nhập một đường dẫn, hoặc liên kết đến một mục trong CMS.',
    chooseDocumentToLink: 'Chọn mục để liên kết đến',
    relatedDocument: 'mục liên quan',
    searchForBlock: 'Tìm khối',
    toggleBlock: 'Mở/đóng khối',
  },
  general: {
    anotherUserTakenOver: 'Người dùng khác đã tiếp quản việc sửa mục này.',
    collections: 'Danh mục nội dung',
    currentlyEditing: 'đang sửa mục này. Nếu bạn tiếp quản, người đó sẽ không sửa tiếp được và có thể mất những thay đổi chưa lưu.',
    menu: 'Trình đơn',
    reloadDocument: 'Tải lại mục này',
  },
  version: {
    aboutToUnpublish: 'Mục này sẽ không còn trên trang công khai. Bạn có chắc muốn gỡ xuất bản?',
    aboutToUnpublishIn: 'Bạn sắp gỡ xuất bản mục này ở {{locale}}. Bạn có chắc không?',
    aboutToUnpublishSelection: 'Bạn có chắc muốn gỡ xuất bản tất cả {{label}} đã chọn?',
    confirmUnpublish: 'Xác nhận gỡ xuất bản',
    currentDocumentStatus: 'Trạng thái hiện tại: {{docStatus}}',
    currentDraft: 'Bản nháp hiện tại',
    publishChanges: 'Xuất bản',
    schedulePublish: 'Lên lịch xuất bản',
    unpublish: 'Gỡ xuất bản',
    unpublished: 'Chưa xuất bản',
    unpublishedSuccessfully: 'Đã gỡ xuất bản.',
    unpublishIn: 'Gỡ xuất bản ở {{locale}}',
    unpublishing: 'Đang gỡ xuất bản…',
  },
}
