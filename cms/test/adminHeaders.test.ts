import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import nextConfig from '../next.config.mjs'

// Next's own copy of path-to-regexp (untyped), with which it matches a headers() source.
const { pathToRegexp } = createRequire(import.meta.url)('next/dist/compiled/path-to-regexp') as {
  pathToRegexp: (source: string, keys: unknown[], options: { strict: boolean; sensitive: boolean; delimiter: string }) => RegExp
}

// The CMS's own port (npm start, npm run dev) sends security headers as nginx does in production.
// Next's headers() as Next itself reads it: withPayload's wrapper included, sources matched with
// Next's own path-to-regexp.

type HeaderRule = { source: string; headers: Array<{ key: string; value: string }> }

async function headersFor(pathname: string): Promise<Record<string, string>> {
  const rules = (await (nextConfig as { headers: () => Promise<HeaderRule[]> }).headers()) ?? []
  const found: Record<string, string> = {}
  for (const rule of rules)
    if (pathToRegexp(rule.source, [], { strict: true, sensitive: false, delimiter: '/' }).test(pathname)) for (const { key, value } of rule.headers) found[key] = value
  return found
}

describe("the CMS's security headers on its own port", () => {
  it('sends nosniff, a same-origin Referrer-Policy and a policy that only this site may frame the admin', async () => {
    for (const pathname of ['/admin', '/admin/login', '/admin/collections/articles/1', '/api/articles', '/api/graphql']) {
      const headers = await headersFor(pathname)
      expect(headers['X-Content-Type-Options'], pathname).toBe('nosniff')
      expect(headers['Referrer-Policy'], pathname).toBe('same-origin')
      expect(headers['Content-Security-Policy'], pathname).toContain("frame-ancestors 'self'")
      expect(headers['Content-Security-Policy'], pathname).toContain("object-src 'none'")
      // Nothing that would stop the admin's own inline scripts, styles or requests.
      expect(headers['Content-Security-Policy'], pathname).not.toMatch(/(default|script|style|connect)-src/)
    }
  })

  it("leaves the public endpoints' own stricter Referrer-Policy alone", async () => {
    for (const pathname of ['/api/subscribers/confirm', '/api/feedback/status']) {
      const headers = await headersFor(pathname)
      expect(headers['Referrer-Policy'], pathname).toBeUndefined()
      expect(headers['X-Content-Type-Options'], pathname).toBe('nosniff')
    }
  })
})
