import escapeHtml from 'escape-html'
import type { PayloadRequest } from 'payload'

/** How long a reset link works: Payload's own default (one hour), set here so the mail says the truth. */
export const RESET_LINK_VALID_MS = 60 * 60 * 1000

// Payload's types make every argument optional; its forgot-password operation always passes them.
type Args = { req?: PayloadRequest; token?: string; user?: { email: string; name?: string | null } }

export const resetPasswordSubject = ({ req }: Args = {}) => `Đặt lại mật khẩu — ${req!.payload.email.defaultFromName}`

/**
 * The reset mail, in Vietnamese. The link is built on the CMS's configured public address
 * (CMS_PUBLIC_URL), never on the request's Host header, which whoever asks for a reset controls.
 */
export function resetPasswordHtml({ req, token, user }: Args = {}): string {
  const { serverURL, routes, admin } = req!.payload.config
  const link = escapeHtml(`${serverURL}${routes.admin}${admin.routes.reset}/${encodeURIComponent(token!)}`)
  const portal = escapeHtml(req!.payload.email.defaultFromName)
  const hours = RESET_LINK_VALID_MS / (60 * 60 * 1000)
  return [
    `<p>Xin chào${user!.name ? ` ${escapeHtml(user!.name)}` : ''},</p>`,
    `<p>Có yêu cầu đặt lại mật khẩu cho tài khoản <b>${escapeHtml(user!.email)}</b> trên trang quản trị của ${portal}.</p>`,
    `<p>Để đặt mật khẩu mới, mở liên kết sau:<br><a href="${link}">${link}</a></p>`,
    `<p>Liên kết có hiệu lực trong ${hours} giờ và chỉ dùng được một lần.</p>`,
    '<p>Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua thư này: mật khẩu của bạn vẫn giữ nguyên.</p>',
  ].join('\n')
}
