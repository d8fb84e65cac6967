import { label } from '../../i18n/label'

export const SENDING_KINDS = [
  { value: 'bulletin', label: label('Bản tin', 'Bulletin') },
  { value: 'alert', label: label('Thông báo tin mới', 'Alert') },
  { value: 'digest', label: label('Bản tổng hợp', 'Digest') },
] as const

export const SENDING_STATUSES = [
  { value: 'queued', label: label('Đang chờ gửi', 'Queued') },
  { value: 'sending', label: label('Đang gửi', 'Sending') },
  { value: 'waiting', label: label('Chờ gửi lại (máy chủ thư chưa nhận)', 'Waiting to retry') },
  { value: 'done', label: label('Đã gửi xong', 'Done') },
] as const

/** One recipient's state in one sending. */
export const DELIVERY_STATUSES = [
  { value: 'queued', label: label('Chờ gửi', 'Queued') },
  { value: 'sending', label: label('Đang gửi', 'Sending') },
  { value: 'sent', label: label('Đã gửi', 'Sent') },
  { value: 'failed', label: label('Lỗi', 'Failed') },
  { value: 'bounced', label: label('Bị trả lại', 'Bounced') },
  { value: 'uncertain', label: label('Không rõ (gián đoạn khi đang gửi)', 'Uncertain (interrupted while sending)') },
  { value: 'skipped', label: label('Bỏ qua (không còn nhận thư, hoặc tin đã gỡ)', 'Skipped (no longer receiving, or withdrawn)') },
] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']
