// What the "Gửi bản tin" panel says, apart from its markup, so it can be tested without a browser.

import { alreadySentMessage, NOBODY_LEFT } from './sendingRefusals'

const counts = new Intl.NumberFormat('vi-VN')

/** "1.234": counts as Vietnamese readers write them. */
export const formatCount = (value: number): string => counts.format(value)

/** "12/2026": an issue as its readers name it. */
export const issueLabel = (bulletin: { number?: number | null; year?: number | null }): string => `${bulletin.number ?? '?'}/${bulletin.year ?? '?'}`

/** The audience endpoint's answer. */
export type Audience = { recipients: number; alreadyReceived: number; alreadySentTo: string[] }

export type AudienceSummary = {
  /** Polite status lines: how many get it, how many are left out. */
  lines: string[]
  /** Why the button is off, when it is (the endpoint would answer 409). */
  blocked?: string
}

/** What a choice of lists would reach, as the panel says it. Mirrors the send endpoint's refusals. */
export function audienceSummary(audience: Audience, resend: boolean): AudienceSummary {
  const lines: string[] = []
  if (audience.recipients > 0) lines.push(`Sẽ gửi tới ${formatCount(audience.recipients)} người.`)
  if (audience.alreadyReceived > 0) lines.push(`${formatCount(audience.alreadyReceived)} người đã nhận trước đó sẽ không nhận lại.`)
  if (audience.alreadySentTo.length > 0 && !resend) {
    return {
      lines,
      blocked: alreadySentMessage(audience.alreadySentTo),
    }
  }
  if (audience.recipients === 0) return { lines, blocked: NOBODY_LEFT }
  return { lines }
}

export const confirmText = (issue: string, recipients: number): string => `Gửi bản tin số ${issue} tới ${formatCount(recipients)} người? Không thể thu hồi thư đã gửi.`

export const startedText = (recipients: number): string => `Đã bắt đầu gửi bản tin tới ${formatCount(recipients)} người. Tiến độ hiện ở báo cáo gửi thư bên dưới.`
