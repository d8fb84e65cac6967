/** Where a citizen's proposal or complaint stands; the status page shows the label. */
export const FEEDBACK_STATUSES = [
  { value: 'received', label: 'Đã tiếp nhận', labelEn: 'Received' },
  { value: 'in-progress', label: 'Đang xử lý', labelEn: 'Being handled' },
  { value: 'answered', label: 'Đã trả lời', labelEn: 'Answered' },
  { value: 'declined', label: 'Không thụ lý', labelEn: 'Declined' },
] as const

export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]['value']
