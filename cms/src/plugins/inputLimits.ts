import { NotFound, type CollectionConfig, type Endpoint, type Plugin } from 'payload'
import { limitDates } from '../fields/dateRange'
import { uploadLimitMessages } from '../hooks/uploadLimitMessages'

/**
 * Payload gives every collection `/versions` endpoints; on one without versions they fail on a
 * missing table (a 500). These answer first (a collection's own endpoints come before Payload's),
 * with 404.
 */
const noVersions: Endpoint[] = (['get', 'post'] as const).flatMap((method) =>
  ['/versions', '/versions/:id'].map((path) => ({
    method,
    path,
    handler: (req) => {
      throw new NotFound(req.t)
    },
  })),
)

const withoutVersionsEndpoints = (collection: CollectionConfig): CollectionConfig =>
  collection.versions || collection.endpoints === false ? collection : { ...collection, endpoints: [...noVersions, ...(collection.endpoints || [])] }

/**
 * Limits on what the API takes, for every collection and global (so it goes last among the plugins,
 * after those that add collections): dates within 1900–2100 in every date field, 404 rather than
 * 500 for the versions of a collection without versions, and uploads over Payload's request limits
 * refused in Vietnamese.
 */
export const inputLimitsPlugin: Plugin = (config) => ({
  ...config,
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), uploadLimitMessages] },
  collections: (config.collections ?? []).map((collection) => withoutVersionsEndpoints({ ...collection, fields: limitDates(collection.fields) })),
  globals: (config.globals ?? []).map((global) => ({ ...global, fields: limitDates(global.fields) })),
})
