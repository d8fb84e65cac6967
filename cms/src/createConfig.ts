import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { VIETNAM_TIME_ZONE } from '@reform/shared'
import { Articles } from './collections/Articles'
import { Bulletins } from './collections/Bulletins'
import { Documents } from './collections/Documents'
import { Feedback } from './feedback/Feedback'
import { IndexResults } from './collections/IndexResults'
import { Practices } from './collections/Practices'
import { ProcedureStats } from './collections/ProcedureStats'
import { ReformAreas } from './collections/ReformAreas'
import { Units } from './collections/Units'
import { fileUploadCollections, LARGEST_UPLOAD, LARGEST_UPLOAD_REQUEST } from './collections/uploads/fileUploads'
import { imagesCollection } from './collections/uploads/images'
import { Users } from './collections/Users'
import { Settings } from './globals/Settings'
import { canPublish } from './access/roles'
import { survivePostgresRestart } from './database/survivePostgresRestart'
import { readCmsEnv } from './env'
import { previewDocument } from './endpoints/previewDocument'
import { health } from './health/healthEndpoint'
import { guardScheduledPublishing } from './hooks/guardScheduledPublishing'
import { smtpAdapter } from './mail/transport/smtpAdapter'
import { migrations } from './migrations'
import { mailPlugin } from './mail/mailPlugin'
import { auditLogPlugin } from './auditLog/auditLogPlugin'
import { inputLimitsPlugin } from './plugins/inputLimits'
import { dashboard, withoutShadowedWidgets } from './components/dashboard/dashboardTiles'
import { adminDatesPlugin, DATE_TIME_FORMAT } from './fields/adminDates'
import { listSearchPlugin } from './listSearch/listSearchPlugin'
import { viTranslations } from './i18n/translations'
import { publicContractPlugin } from './plugins/publicContract'
import { siteBuildsPlugin } from './siteBuilds/siteBuildsPlugin'
import { editorFeatures } from './richText/editorFeatures'
import type { PublishSite } from './siteBuilds/runSiteBuild'

export type { PublishSite }

const dirname = path.dirname(fileURLToPath(import.meta.url))

type Options = {
  /** Given only by the site builder process, the one runner of the `site` jobs queue. */
  publishSite?: PublishSite
}

/** The CMS configuration (payload.config.ts is the one the Next app and Payload's CLI load). */
export function createConfig({ publishSite }: Options = {}) {
  const env = readCmsEnv()
  const config = buildConfig({
    serverURL: env.CMS_PUBLIC_URL,
    secret: env.PAYLOAD_SECRET,
    admin: {
      user: Users.slug,
      // No Gravatar: the admin must not call third-party hosts.
      avatar: 'default',
      importMap: { baseDir: path.resolve(dirname) },
      meta: { titleSuffix: ' · Cổng thông tin CCHC' },
      timezones: {
        defaultTimezone: VIETNAM_TIME_ZONE,
        supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: VIETNAM_TIME_ZONE }],
      },
      // Lists, filters and titles; every date field's own picker gets the same by adminDatesPlugin.
      dateFormat: DATE_TIME_FORMAT,
      // The tiles say how many documents each collection holds.
      dashboard,
      components: {
        // English that libraries hard-code into the page (Lexical, react-datepicker), in Vietnamese.
        providers: ['/components/libraryWords/LibraryWordsInVietnamese#LibraryWordsInVietnamese'],
        beforeDashboard: [
          '/siteBuilds/WithheldDocuments#WithheldDocuments',
          '/components/ReviewQueue#ReviewQueue',
          '/feedback/FeedbackDue#FeedbackDue',
          '/components/BulletinCadence#BulletinCadence',
        ],
      },
    },
    i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi', translations: { vi: viTranslations } },
    collections: [
      Articles,
      Bulletins,
      Practices,
      Documents,
      IndexResults,
      ProcedureStats,
      ReformAreas,
      Units,
      Feedback,
      imagesCollection(env.MEDIA_DIR),
      ...fileUploadCollections(env.MEDIA_DIR),
      Users,
    ],
    globals: [Settings],
    editor: lexicalEditor({ features: editorFeatures }),
    db: postgresAdapter({
      pool: { connectionString: env.DATABASE_URL },
      push: false,
      migrationDir: path.resolve(dirname, 'migrations'),
      prodMigrations: migrations,
    }),
    // Each collection checks its own limit (hooks/checkUpload); this only lets the largest through.
    upload: { limits: { fileSize: LARGEST_UPLOAD }, requestSizeLimit: LARGEST_UPLOAD_REQUEST },
    jobs: {
      // Scheduled publishing queues jobs; only those who may publish may schedule or cancel them.
      // Running jobs over the API is for nobody: the CMS runs `default` itself, the builder `site`.
      access: { queue: ({ req }) => canPublish(req.user), run: () => false },
      jobsCollectionOverrides: guardScheduledPublishing,
      // The CMS process runs due jobs itself (scheduled publish), every minute; site builds (the
      // `site` queue) are run by the builder process.
      autoRun: env.JOBS_AUTORUN ? [{ cron: '* * * * *', queue: 'default', limit: 20 }] : [],
    },
    // Mail before the audit log (sendings are audited); builds after it (bookkeeping, not audited actions);
    // the admin's dates last, when every collection is there.
    plugins: [
      listSearchPlugin,
      publicContractPlugin,
      mailPlugin({ runsMail: env.JOBS_AUTORUN }),
      auditLogPlugin,
      siteBuildsPlugin(publishSite),
      inputLimitsPlugin,
      adminDatesPlugin,
    ],
    endpoints: [previewDocument, health],
    // Payload's default, kept explicit (tested): no schema for probing in production; the admin does not need it.
    graphQL: { disableIntrospectionInProduction: true },
    onInit: async (payload) => survivePostgresRestart(payload),
    // Read by the admin's preview links (preview/previewUrl.ts) and the feedback pages' links back.
    custom: { previewUrl: env.PREVIEW_URL, siteUrl: env.SITE_URL },
    cors: [env.SITE_URL],
    email: smtpAdapter(env),
    sharp,
    telemetry: false,
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  })
  return config.then(withoutShadowedWidgets)
}
