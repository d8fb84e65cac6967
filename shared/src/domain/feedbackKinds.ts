/** What a citizen sends: the form's "Loại". */
export const FEEDBACK_KINDS = [
  { value: 'proposal', label: 'Kiến nghị, đề xuất', labelEn: 'Proposal' },
  { value: 'complaint', label: 'Phản ánh', labelEn: 'Complaint' },
  { value: 'question', label: 'Hỏi đáp', labelEn: 'Question' },
] as const
