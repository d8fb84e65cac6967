import { label } from '../i18n/label'

/** Whether a list member or a subscriber is mailed. */
export const RECIPIENT_STATUSES = {
  member: [
    { value: 'active', label: label('Đang nhận', 'Receiving') },
    { value: 'unsubscribed', label: label('Đã hủy nhận', 'Unsubscribed') },
    { value: 'suspended', label: label('Tạm ngừng (thư bị trả lại 3 lần)', 'Suspended (3 hard bounces)') },
  ],
  subscriber: [
    { value: 'pending', label: label('Chờ xác nhận', 'Awaiting confirmation') },
    { value: 'confirmed', label: label('Đã xác nhận', 'Confirmed') },
    { value: 'suspended', label: label('Tạm ngừng (thư bị trả lại 3 lần)', 'Suspended (3 hard bounces)') },
  ],
} as const

/** Hard bounces after which an address is suspended. */
export const HARD_BOUNCE_LIMIT = 3
