import { absoluteUrl, FEEDBACK_FIELDS, FEEDBACK_STATUSES, optionLabel, publicPaths, type SiteIdentity } from '@reform/shared'
import { renderLetter, type Block } from './layout'
import type { MailMessage } from './personalise'

export type FeedbackSettledInput = {
  site: SiteIdentity
  siteUrl: string
  trackingCode: string
  status: 'answered' | 'declined'
  /** The subject the citizen wrote, if any: it tells them which of their submissions this is. */
  subject?: string
}

/** Where the citizen reads the status and the answer: the lookup page with their code filled in. */
const feedbackLookupUrl = (siteUrl: string, trackingCode: string) =>
  `${absoluteUrl(publicPaths.feedbackStatus(), siteUrl)}?${FEEDBACK_FIELDS.trackingCode}=${encodeURIComponent(trackingCode)}`

/**
 * A citizen's feedback was answered or declined. The answer itself is not copied: the lookup
 * page shows the current, published wording (an answer can be corrected after this is sent), and
 * the mail carries nothing personal beyond the code and the subject they wrote.
 */
export function feedbackSettledMessage({ site, siteUrl, trackingCode, status, subject }: FeedbackSettledInput): Promise<MailMessage> {
  const title = status === 'answered' ? `Góp ý ${trackingCode} đã được trả lời` : `Góp ý ${trackingCode} không được thụ lý`
  const blocks: Block[] = [
    { type: 'fact', label: 'Mã tra cứu', value: trackingCode },
    ...(subject ? [{ type: 'fact' as const, label: 'Tiêu đề', value: subject }] : []),
    { type: 'fact', label: 'Tình trạng', value: optionLabel(FEEDBACK_STATUSES, status) },
    {
      type: 'paragraph',
      text: status === 'answered' ? 'Câu trả lời đã được đăng trên trang tra cứu góp ý.' : 'Lý do không thụ lý được ghi trên trang tra cứu góp ý.',
    },
    { type: 'action', label: 'Xem tình trạng và câu trả lời', url: feedbackLookupUrl(siteUrl, trackingCode) },
  ]
  return renderLetter({
    site,
    siteUrl,
    subject: title,
    preheader: `Tình trạng: ${optionLabel(FEEDBACK_STATUSES, status)}.`,
    title,
    blocks,
    footer: { note: `Bạn nhận thư này vì đã để lại địa chỉ thư điện tử khi gửi góp ý trên ${site.name}.` },
  })
}
