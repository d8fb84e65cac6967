import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { PublishSite } from '../../src/createConfig'
import { closePayload } from '../../src/database/closePayload'
import { createTestDatabase } from './testDatabase'

export type TestCms = {
  payload: Payload
  databaseUrl: string
  /** Calls Payload's own REST handler for GET as an anonymous reader, as Payload's tests do. */
  get: (pathAndQuery: string, init?: RequestInit) => Promise<Response>
  handle: (request: Request) => Promise<Response>
  stop: () => Promise<void>
}

type Options = {
  publicUrl?: string
  /** Makes this CMS a site builder too (it runs the `site` jobs queue). */
  publishSite?: PublishSite
  /** Where the CMS sends mail (a test SMTP server's url); without it mail is disabled, whatever the shell's SMTP_URL. */
  smtpUrl?: string
}

/**
 * A real CMS for one test file: a fresh PostgreSQL database, the committed migrations, and the
 * project's own Payload config. The env must be set before the config module is first imported.
 */
export async function startTestCms({ publicUrl = 'http://cms.test', publishSite, smtpUrl }: Options = {}): Promise<TestCms> {
  const databaseUrl = await createTestDatabase()
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET = 'test-secret-that-is-long-enough-0123456789'
  process.env.CMS_PUBLIC_URL = publicUrl
  const mediaDir = await mkdtemp(path.join(tmpdir(), 'reform-test-media-'))
  process.env.MEDIA_DIR = mediaDir
  process.env.JOBS_AUTORUN = 'false'
  if (smtpUrl) process.env.SMTP_URL = smtpUrl
  else delete process.env.SMTP_URL
  const [{ createConfig }, { getPayload }, { runMigrations }, routes, { withPublicReadCache }] = await Promise.all([
    import('../../src/createConfig'),
    import('payload'),
    import('../../src/database/runMigrations'),
    import('@payloadcms/next/routes'),
    import('../../src/publicReadCache/withPublicReadCache'),
  ])
  const config = createConfig({ publishSite })
  const payload = await getPayload({ config })
  await runMigrations(payload)
  const handlers = {
    GET: withPublicReadCache(routes.REST_GET(config), config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    DELETE: routes.REST_DELETE(config),
  }
  const graphql = routes.GRAPHQL_POST(config)
  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    if (url.pathname === '/api/graphql' && request.method === 'POST') return graphql(request)
    const slug = url.pathname
      .replace(/^\/api\/?/, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent)
    const handler = handlers[request.method as keyof typeof handlers]
    if (!handler) return new Response('Method not allowed', { status: 405 })
    return handler(request, { params: Promise.resolve({ slug }) })
  }
  return {
    payload,
    databaseUrl,
    handle,
    get: (pathAndQuery, init) => handle(new Request(new URL(pathAndQuery, publicUrl), init)),
    stop: async () => {
      await closePayload(payload)
      await rm(mediaDir, { recursive: true, force: true })
    },
  }
}
