import type { SiteIdentity, SubscriptionFrequency } from '@reform/shared'
import { choiceBlocks } from './choices'
import { renderLetter } from './layout'
import type { MailMessage } from './personalise'

export type ManageSubscriptionInput = {
  site: SiteIdentity
  siteUrl: string
  /** What the subscriber receives now, by name. */
  choices: string[]
  frequency: SubscriptionFrequency
  manageUrl: string
}

/**
 * To a confirmed subscriber who asked again: the form answers the same whoever owns an address,
 * so the owner learns here, and only here, that nothing changed and how to change it.
 */
export function manageSubscriptionMessage({ site, siteUrl, choices, frequency, manageUrl }: ManageSubscriptionInput): Promise<MailMessage> {
  return renderLetter({
    site,
    siteUrl,
    subject: `Đăng ký nhận tin của bạn – ${site.name}`,
    preheader: 'Địa chỉ này đã đăng ký nhận tin; không có gì thay đổi.',
    title: 'Bạn đã đăng ký nhận tin',
    blocks: [
      { type: 'paragraph', text: `Chúng tôi nhận được yêu cầu đăng ký nhận tin trên ${site.name} bằng địa chỉ thư này. Địa chỉ này đã đăng ký từ trước nên không có gì thay đổi.` },
      ...choiceBlocks(choices, frequency),
      { type: 'action', label: 'Thay đổi hoặc hủy đăng ký', url: manageUrl },
      { type: 'paragraph', text: 'Liên kết này dành riêng cho bạn; xin đừng chuyển tiếp thư này.' },
    ],
    footer: { note: 'Nếu bạn không yêu cầu, hãy bỏ qua thư này: đăng ký của bạn giữ nguyên.' },
  })
}
