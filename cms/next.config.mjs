import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: ['@reform/shared'],
  poweredByHeader: false,
  // `npm start` polls what is published every few seconds; those reads would drown the dev log.
  logging: { incomingRequests: { ignore: [/select%5BupdatedAt%5D=true/] } },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
