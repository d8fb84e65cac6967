import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { LOCAL_CMS_PORT, LOCAL_PREVIEW_PORT, LOCAL_SITE_PORT, localUrl } from '@reform/shared'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set: start the CMS with `npm start` (embedded PostgreSQL) or point DATABASE_URL at a PostgreSQL 17 server' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// connection string'),
  PAYLOAD_SECRET: z
    .string({ error: 'PAYLOAD_SECRET is not set: `npm start` creates one in .data/; in production set a random string of at least 32 characters' })
    .min(32, 'PAYLOAD_SECRET must be at least 32 characters'),
  CMS_PUBLIC_URL: z.url().default(localUrl(LOCAL_CMS_PORT)),
  SITE_URL: z.url().default(localUrl(LOCAL_SITE_PORT)),
  PREVIEW_URL: z.url().default(localUrl(LOCAL_PREVIEW_PORT)),
  MEDIA_DIR: z.string().default(path.join(cmsRoot, '..', '.data', 'media')),
  JOBS_AUTORUN: z
    .enum(['true', 'false'], { error: 'JOBS_AUTORUN must be "true" or "false"' })
    .default('true')
    .transform((value) => value === 'true'),
})

export type CmsEnv = z.infer<typeof envSchema>

/** Reads the CMS configuration from the environment, failing with every problem named at once. */
export function readCmsEnv(source: Record<string, string | undefined> = process.env): CmsEnv {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.message}`).join('\n')
    throw new Error(`The CMS cannot start; fix its environment:\n${problems}`)
  }
  return { ...parsed.data, CMS_PUBLIC_URL: parsed.data.CMS_PUBLIC_URL.replace(/\/$/, ''), PREVIEW_URL: parsed.data.PREVIEW_URL.replace(/\/$/, '') }
}
