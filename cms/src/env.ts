import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { LOCAL_CMS_PORT, LOCAL_PREVIEW_PORT, LOCAL_SITE_PORT, localUrl } from '@reform/shared'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const envSchema = z
  .object({
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
    // Unset, mail is disabled (the CMS still runs); `npm start` sets it, docker-compose requires it.
    SMTP_URL: z
      .url({
        protocol: /^smtps?$/,
        hostname: /^.+$/,
        error: 'SMTP_URL must be an smtp:// or smtps:// URL of a mail relay, e.g. smtp://user:password@relay.example.gov.vn:587',
      })
      .optional(),
    MAIL_FROM_ADDRESS: z.email('MAIL_FROM_ADDRESS must be an e-mail address, e.g. no-reply@cchc.example.gov.vn').optional(),
    MAIL_FROM_NAME: z.string().trim().min(1, 'MAIL_FROM_NAME must not be empty').default('Cổng thông tin cải cách hành chính'),
    NODE_ENV: z.string().optional(),
  })
  .refine((env) => env.NODE_ENV !== 'production' || !env.SMTP_URL || env.MAIL_FROM_ADDRESS, {
    // Real mail from a made-up sender is refused or filed as spam by the recipients' servers.
    error: 'MAIL_FROM_ADDRESS is not set: mail in production needs a sender address of your own domain, e.g. no-reply@cchc.example.gov.vn',
  })

/** Sender of development mail when none is set (it only ever reaches the local mail catcher). */
const LOCAL_FROM_ADDRESS = 'no-reply@localhost'

export type CmsEnv = Omit<z.infer<typeof envSchema>, 'MAIL_FROM_ADDRESS' | 'NODE_ENV'> & { MAIL_FROM_ADDRESS: string }

/** Reads the CMS configuration from the environment, failing with every problem named at once. */
export function readCmsEnv(source: Record<string, string | undefined> = process.env): CmsEnv {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.message}`).join('\n')
    throw new Error(`The CMS cannot start; fix its environment:\n${problems}`)
  }
  const { NODE_ENV: _nodeEnv, ...env } = parsed.data
  return {
    ...env,
    CMS_PUBLIC_URL: env.CMS_PUBLIC_URL.replace(/\/$/, ''),
    PREVIEW_URL: env.PREVIEW_URL.replace(/\/$/, ''),
    MAIL_FROM_ADDRESS: env.MAIL_FROM_ADDRESS ?? LOCAL_FROM_ADDRESS,
  }
}
