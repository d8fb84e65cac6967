import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restAs } from '../support/staff'
import { startTestCms, type TestCms } from '../support/testCms'
import { startTestSmtp, type TestSmtp } from '../support/testSmtp'

// Forgot password → mail → reset → login, over Payload's REST handlers and a real SMTP server.

const OLD_PASSWORD = 'mat-khau-cu-dai-du-12'
const NEW_PASSWORD = 'mat-khau-moi-dai-du-34'
const PUBLIC_URL = 'https://cms.example.gov.vn'

let cms: TestCms
let smtp: TestSmtp
let email: string

beforeAll(async () => {
  smtp = await startTestSmtp()
  cms = await startTestCms({ publicUrl: PUBLIC_URL, smtpUrl: smtp.url })
  email = 'bien-tap@example.gov.vn'
  await cms.payload.create({ collection: 'users', data: { email, name: 'Nguyễn Thị <Lan>', password: OLD_PASSWORD, role: 'editor' } })
})

afterAll(async () => {
  await cms?.stop()
  await smtp?.stop()
})

const anonymous = () => restAs(cms)
const login = (password: string) => anonymous().post('/api/users/login', { email, password })

describe('password reset by e-mail', () => {
  it('answers an unknown address exactly as a known one, and sends it nothing', async () => {
    const unknown = await anonymous().post('/api/users/forgot-password', { email: 'khong-co@example.gov.vn' })
    const unknownBody = await unknown.json()
    // The request's Host is the attacker's to choose; the link must not follow it.
    const known = await cms.handle(
      new Request('http://attacker.example/api/users/forgot-password', {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: 'attacker.example' },
        body: JSON.stringify({ email: email.toUpperCase() }),
      }),
    )
    expect(known.status).toBe(unknown.status)
    expect(await known.json()).toEqual(unknownBody)

    // The send is awaited inside the request: any mail for the unknown address would be here already.
    const [mail] = await smtp.waitForCount(1)
    expect(smtp.messages).toHaveLength(1)
    expect(mail!.to).toEqual([email])
  })

  it('mails a Vietnamese message with a link on the public CMS address, then resets once', async () => {
    const mail = smtp.messages[0]!
    expect(mail.subject).toBe('Đặt lại mật khẩu — Cổng thông tin cải cách hành chính')
    expect(mail.parsed.from?.value).toEqual([{ address: 'no-reply@localhost', name: 'Cổng thông tin cải cách hành chính' }])
    expect(mail.html).toContain('Xin chào Nguyễn Thị &lt;Lan&gt;,')
    expect(mail.html).toContain('hiệu lực trong 1 giờ')
    expect(mail.html).toContain('bỏ qua thư này')
    expect(mail.html).not.toContain('attacker.example')
    const link = mail.html.match(/href="([^"]+)"/)![1]!
    const token = link.match(/^https:\/\/cms\.example\.gov\.vn\/admin\/reset\/([0-9a-f]{40})$/)?.[1]
    expect(token, link).toBeDefined()

    const reset = await anonymous().post('/api/users/reset-password', { token, password: NEW_PASSWORD })
    expect(reset.status).toBe(200)
    expect((await login(NEW_PASSWORD)).status).toBe(200)
    expect((await login(OLD_PASSWORD)).status).toBe(401)
    // The link is spent.
    const again = await anonymous().post('/api/users/reset-password', { token, password: OLD_PASSWORD })
    expect(again.status).toBe(403)
    expect((await login(NEW_PASSWORD)).status).toBe(200)
  })
})
