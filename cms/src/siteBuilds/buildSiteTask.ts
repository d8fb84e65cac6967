import type { TaskConfig } from 'payload'
import { runSiteBuild, type PublishSite } from './runSiteBuild'

/**
 * The `buildSite` job of the `site` queue. Only the builder process (`npm run builder`) runs that
 * queue and gives `publishSite`; the CMS only queues it.
 */
export function buildSiteTask(publishSite?: PublishSite): TaskConfig<'buildSite'> {
  return {
    slug: 'buildSite',
    label: 'Dựng trang công khai',
    inputSchema: [{ name: 'build', type: 'number', required: true }],
    outputSchema: [{ name: 'status', type: 'text', required: true }],
    // A failure is recorded on the build; the next change queues a new one.
    retries: 0,
    handler: async ({ input, req }) => {
      if (!publishSite) throw new Error('Site builds run in the builder process (`npm run builder`), not in the CMS.')
      return { output: { status: await runSiteBuild(req.payload, input.build, publishSite) } }
    },
  }
}
