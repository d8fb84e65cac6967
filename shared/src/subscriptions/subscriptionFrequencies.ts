/** How often a subscriber is mailed: each item when it is published, or a digest. */
export const SUBSCRIPTION_FREQUENCIES = [
  { value: 'immediate', label: 'Ngay khi đăng tin', labelEn: 'At once' },
  { value: 'daily', label: 'Bản tổng hợp hằng ngày (7 giờ sáng)', labelEn: 'Daily digest (7 am)' },
  { value: 'weekly', label: 'Bản tổng hợp hằng tuần (7 giờ sáng thứ Hai)', labelEn: 'Weekly digest (Monday 7 am)' },
] as const

export type SubscriptionFrequency = (typeof SUBSCRIPTION_FREQUENCIES)[number]['value']
