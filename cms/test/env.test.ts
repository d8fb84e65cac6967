import { describe, expect, it } from 'vitest'
import { readCmsEnv } from '../src/env'

describe('CMS environment', () => {
  it('names every missing setting and what to do about it', () => {
    expect(() => readCmsEnv({})).toThrow(/DATABASE_URL is not set[\s\S]*PAYLOAD_SECRET is not set/)
  })

  it('refuses a short secret and a database URL that is not PostgreSQL', () => {
    expect(() => readCmsEnv({ DATABASE_URL: 'mysql://x', PAYLOAD_SECRET: 'short' })).toThrow(
      /DATABASE_URL must be a postgres:\/\/ connection string[\s\S]*at least 32 characters/,
    )
  })

  it('fills in the local defaults', () => {
    const env = readCmsEnv({ DATABASE_URL: 'postgres://localhost/x', PAYLOAD_SECRET: 'x'.repeat(32), CMS_PUBLIC_URL: 'https://cms.example.gov.vn/' })
    expect(env.CMS_PUBLIC_URL).toBe('https://cms.example.gov.vn')
    expect(env.SITE_URL).toBe('http://localhost:4321')
  })
})
