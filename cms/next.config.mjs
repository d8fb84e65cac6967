import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Security headers of the CMS's answers on its own port (`npm start`, `npm run dev`) as behind nginx
 * (deploy/nginx/cms-admin.conf sends the first two as well). The Content-Security-Policy holds only
 * what cannot break the admin: Next and Payload's admin run inline scripts (and eval in development)
 * and the rich-text editor inline styles, so it has no script, style or connect rules; it forbids
 * plugins and <base>, and framing by any other site. The CMS's public pages (the links in
 * subscription mails, the feedback status) set their own stricter Referrer-Policy, so they are left
 * out of this one.
 */
export const SECURITY_HEADERS = [
  {
    source: '/:path*',
    headers: [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Content-Security-Policy', value: "object-src 'none'; base-uri 'self'; frame-ancestors 'self'" },
    ],
  },
  { source: '/:path((?!api/(?:subscribers|feedback)).*)', headers: [{ key: 'Referrer-Policy', value: 'same-origin' }] },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: ['@reform/shared'],
  poweredByHeader: false,
  headers: async () => SECURITY_HEADERS,
  // `npm start` polls what is published every few seconds; those reads would drown the dev log.
  logging: { incomingRequests: { ignore: [/select%5BupdatedAt%5D=true/] } },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
