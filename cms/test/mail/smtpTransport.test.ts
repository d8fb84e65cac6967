import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mailTransport, smtpAdapter } from '../../src/mail/transport/smtpAdapter'
import { startTestSmtp, type TestSmtp } from '../support/testSmtp'

// The e-mail adapter and its pooled transporter against a real SMTP server that refuses, goes down
// and comes back (no CMS needed: the adapter only uses Payload's logger).

const FROM = { MAIL_FROM_ADDRESS: 'no-reply@cchc.example.gov.vn', MAIL_FROM_NAME: 'Cổng thông tin cải cách hành chính' }

function fakePayload() {
  const warnings: string[] = []
  const payload = { logger: { warn: (line: string) => warnings.push(line) } } as unknown as Payload
  return { payload, warnings }
}

let smtp: TestSmtp
beforeAll(async () => {
  smtp = await startTestSmtp()
})
afterAll(() => smtp.stop())

describe('the SMTP adapter', () => {
  it('sends from the portal by default, and shares its transporter with the bulk sender', async () => {
    const { payload, warnings } = fakePayload()
    const email = smtpAdapter({ SMTP_URL: smtp.url, ...FROM })({ payload })
    payload.email = email
    const result = await email.sendEmail({ to: 'Nguoi.Dung@example.gov.vn', subject: 'Thử', html: '<p>Chào</p>' })
    expect(result?.accepted).toEqual(['Nguoi.Dung@example.gov.vn'])
    const mail = smtp.messages.at(-1)!
    expect(mail).toMatchObject({ to: ['nguoi.dung@example.gov.vn'], from: FROM.MAIL_FROM_ADDRESS, subject: 'Thử' })
    expect(mail.html.trim()).toBe('<p>Chào</p>')
    expect(mail.parsed.from?.value).toEqual([{ address: FROM.MAIL_FROM_ADDRESS, name: FROM.MAIL_FROM_NAME }])
    expect(mail.headers.get('subject')).toBe('=?UTF-8?Q?Th=E1=BB=AD?=')
    expect(mailTransport(payload)).toBe((email as { transport?: unknown }).transport)
    expect(warnings).toEqual([])
  })

  it('reports refusals and a relay that is down, and sends again once it is back', async () => {
    const { payload } = fakePayload()
    const email = smtpAdapter({ SMTP_URL: smtp.url, ...FROM })({ payload })
    smtp.clear()

    smtp.failNext({ code: 550 })
    await expect(email.sendEmail({ to: 'khong-ton-tai@example.gov.vn', subject: 'a', text: 'a' })).rejects.toMatchObject({ responseCode: 550 })
    smtp.failNext({ code: 451, stage: 'data' })
    await expect(email.sendEmail({ to: 'b@example.gov.vn', subject: 'b', text: 'b' })).rejects.toMatchObject({ responseCode: 451 })
    // One refused recipient of two: the message still goes to the other.
    smtp.failNext({ code: 550, to: 'C@example.gov.vn' })
    const partly = await email.sendEmail({ to: ['c@example.gov.vn', 'd@example.gov.vn'], subject: 'c', text: 'c' })
    expect(partly).toMatchObject({ accepted: ['d@example.gov.vn'], rejected: ['c@example.gov.vn'] })
    expect(smtp.messages.map((mail) => mail.to)).toEqual([['d@example.gov.vn']])

    await smtp.stop()
    await expect(email.sendEmail({ to: 'e@example.gov.vn', subject: 'e', text: 'e' })).rejects.toThrow()
    await smtp.start()
    await email.sendEmail({ to: 'e@example.gov.vn', subject: 'e', text: 'e' })
    expect((await smtp.waitFor((mail) => mail.subject === 'e')).to).toEqual(['e@example.gov.vn'])
  })

  it('without SMTP_URL says once that mail is disabled, and drops messages without their content', async () => {
    const { payload, warnings } = fakePayload()
    const email = smtpAdapter({ SMTP_URL: undefined, ...FROM })({ payload })
    payload.email = email
    expect(warnings).toEqual([expect.stringMatching(/^Mail is disabled: SMTP_URL is not set/)])
    await expect(email.sendEmail({ to: 'a@example.gov.vn', subject: 'Đặt lại mật khẩu', html: 'token-bi-mat' })).resolves.toBeUndefined()
    expect(warnings[1]).toBe('Mail is disabled: "Đặt lại mật khẩu" was not sent.')
    expect(() => mailTransport(payload)).toThrow('Mail is disabled')
  })
})
