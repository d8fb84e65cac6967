import { describe, expect, it } from 'vitest'
import { readCmsEnv } from '../src/env'

describe('CMS environment', () => {
  it('names every missing setting and what to do about it', () => {
    expect(() => readCmsEnv({})).toThrow(/DATABASE_URL is not set[\s\S]*PAYLOAD_SECRET is not set/)
  })

  it('refuses a short secret and a database URL that is not PostgreSQL', () => {
    expect(() => readCmsEnv({ DATABASE_URL: 'mysql://x', PAYLOAD_SECRET: 'short' })).toThrow(/DATABASE_URL must be a postgres:\/\/ connection string[\s\S]*at least 32 characters/)
  })

  it('fills in the local defaults', () => {
    const env = readCmsEnv({ DATABASE_URL: 'postgres://localhost/x', PAYLOAD_SECRET: 'x'.repeat(32), CMS_PUBLIC_URL: 'https://cms.example.gov.vn/' })
    expect(env.CMS_PUBLIC_URL).toBe('https://cms.example.gov.vn')
    expect(env.SITE_URL).toBe('http://localhost:4321')
  })

  describe('mail', () => {
    const base = { DATABASE_URL: 'postgres://localhost/x', PAYLOAD_SECRET: 'x'.repeat(32) }

    it('runs without a relay in development, with a local sender and the portal as its name', () => {
      const env = readCmsEnv(base)
      expect(env.SMTP_URL).toBeUndefined()
      expect(env.MAIL_FROM_ADDRESS).toBe('no-reply@localhost')
      expect(env.MAIL_FROM_NAME).toBe('Cổng thông tin cải cách hành chính')
    })

    it('takes an smtp:// or smtps:// relay with its credentials as given', () => {
      const url = 'smtp://cchc%40example.gov.vn:p%40ss@relay.example.gov.vn:587'
      expect(readCmsEnv({ ...base, SMTP_URL: url }).SMTP_URL).toBe(url)
      expect(readCmsEnv({ ...base, SMTP_URL: 'smtps://relay.example.gov.vn' }).SMTP_URL).toBe('smtps://relay.example.gov.vn')
    })

    it('refuses a relay that is not an SMTP URL, without repeating it (it may hold a password)', () => {
      for (const SMTP_URL of ['https://relay.example.gov.vn', 'smtp://', 'relay.example.gov.vn:587']) {
        expect(() => readCmsEnv({ ...base, SMTP_URL })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/)
      }
      expect(() => readCmsEnv({ ...base, SMTP_URL: 'http://user:secret-password@relay' })).not.toThrow(/secret-password/)
    })

    it('refuses a sender that is not an address, and an empty name', () => {
      expect(() => readCmsEnv({ ...base, MAIL_FROM_ADDRESS: 'Cổng CCHC' })).toThrow(/MAIL_FROM_ADDRESS must be an e-mail address/)
      expect(() => readCmsEnv({ ...base, MAIL_FROM_NAME: ' ' })).toThrow(/MAIL_FROM_NAME must not be empty/)
    })

    it('needs a sender address of its own in production when mail is on', () => {
      const production = { ...base, NODE_ENV: 'production', SMTP_URL: 'smtp://relay.example.gov.vn:587' }
      expect(() => readCmsEnv(production)).toThrow(/MAIL_FROM_ADDRESS is not set/)
      const env = readCmsEnv({ ...production, MAIL_FROM_ADDRESS: 'no-reply@cchc.example.gov.vn', MAIL_FROM_NAME: 'Sở Nội vụ' })
      expect(env).toMatchObject({ MAIL_FROM_ADDRESS: 'no-reply@cchc.example.gov.vn', MAIL_FROM_NAME: 'Sở Nội vụ' })
      // The image's `next build` runs in production mode without mail settings.
      expect(() => readCmsEnv({ ...base, NODE_ENV: 'production' })).not.toThrow()
    })
  })
})
