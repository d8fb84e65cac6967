import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import nodemailer from 'nodemailer'
import { afterAll, describe, expect, it } from 'vitest'
import { readStartConfig } from '../src/config'
import { startMailCatcher } from '../src/mail/mailCatcher'
import { assertPortFree, freePort } from '../src/process/ports'

// `npm start`'s mail catcher: MailDev on real ports, fed by SMTP, read through its REST API (MailDev 3 serves it under /api/).

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

type Listed = { subject: string; to: Array<{ address: string }>; html?: string }

describe('the mail catcher', () => {
  it('shows in its inbox what was sent to it, and frees its ports when stopped', async () => {
    const mailDir = await mkdtemp(path.join(tmpdir(), 'reform-mail-'))
    dirs.push(mailDir)
    const [smtpPort, webPort] = [await freePort(), await freePort()]
    const catcher = await startMailCatcher({ smtpPort, webPort, mailDir })
    expect(catcher.smtpUrl).toBe(`smtp://127.0.0.1:${smtpPort}`)
    expect(catcher.inboxUrl).toBe(`http://127.0.0.1:${webPort}/`)

    const transport = nodemailer.createTransport(catcher.smtpUrl)
    await transport.sendMail({
      from: { name: 'Cổng thông tin cải cách hành chính', address: 'no-reply@localhost' },
      to: 'nguoi-dung@example.gov.vn',
      subject: 'Đặt lại mật khẩu',
      html: '<p>Xin chào</p>',
    })
    transport.close()

    const inbox = (await (await fetch(new URL('api/email', catcher.inboxUrl))).json()) as Listed[]
    expect(inbox).toHaveLength(1)
    expect(inbox[0]).toMatchObject({ subject: 'Đặt lại mật khẩu', to: [{ address: 'nguoi-dung@example.gov.vn' }] })
    // The inbox page, as a browser asks for it.
    const page = await fetch(catcher.inboxUrl, { headers: { accept: 'text/html' } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)

    await catcher.stop()
    await expect(assertPortFree(smtpPort, 'MAIL_CATCHER_SMTP_PORT', 'the mail catcher')).resolves.toBeUndefined()
    await expect(assertPortFree(webPort, 'MAIL_CATCHER_WEB_PORT', "the mail catcher's inbox")).resolves.toBeUndefined()
  })

  it('runs on 1025 and 1080 unless told otherwise, and not at all with a relay of your own', () => {
    expect(readStartConfig({})).toMatchObject({ smtpUrl: undefined, mailCatcherSmtpPort: 1025, mailCatcherWebPort: 1080 })
    expect(readStartConfig({ MAIL_CATCHER_SMTP_PORT: '2525', MAIL_CATCHER_WEB_PORT: '8025' })).toMatchObject({
      mailCatcherSmtpPort: 2525,
      mailCatcherWebPort: 8025,
    })
    expect(readStartConfig({ SMTP_URL: 'smtp://relay.example.gov.vn:587' }).smtpUrl).toBe('smtp://relay.example.gov.vn:587')
    expect(() => readStartConfig({ MAIL_CATCHER_WEB_PORT: 'x' })).toThrow('MAIL_CATCHER_WEB_PORT=x is not a port number')
  })
})
