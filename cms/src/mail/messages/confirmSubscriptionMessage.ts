import { CONFIRM_LINK_HOURS, type SiteIdentity, type SubscriptionFrequency } from '@reform/shared'
import { choiceBlocks } from './choices'
import { renderLetter } from './layout'
import type { MailMessage } from './personalise'

export type ConfirmSubscriptionInput = {
  site: SiteIdentity
  siteUrl: string
  /** What they asked for, by name: "Bản tin điện tử cải cách hành chính", "Tin lĩnh vực …". */
  choices: string[]
  frequency: SubscriptionFrequency
  confirmUrl: string
}

/** The double opt-in: nothing is sent to an address until its owner follows this link. */
export function confirmSubscriptionMessage({ site, siteUrl, choices, frequency, confirmUrl }: ConfirmSubscriptionInput): Promise<MailMessage> {
  return renderLetter({
    site,
    siteUrl,
    subject: `Xác nhận đăng ký nhận tin – ${site.name}`,
    preheader: `Bấm liên kết trong ${CONFIRM_LINK_HOURS} giờ để bắt đầu nhận tin.`,
    title: 'Xác nhận đăng ký nhận tin',
    blocks: [
      { type: 'paragraph', text: `Chúng tôi nhận được yêu cầu đăng ký nhận tin qua thư điện tử trên ${site.name} bằng địa chỉ thư này.` },
      ...choiceBlocks(choices, frequency),
      { type: 'action', label: 'Xác nhận đăng ký', url: confirmUrl },
      { type: 'paragraph', text: `Liên kết xác nhận có hiệu lực trong ${CONFIRM_LINK_HOURS} giờ. Chỉ khi bạn xác nhận, chúng tôi mới gửi thư cho bạn.` },
    ],
    footer: { note: 'Nếu bạn không yêu cầu đăng ký, hãy bỏ qua thư này: bạn sẽ không nhận được thư nào nữa.' },
  })
}
