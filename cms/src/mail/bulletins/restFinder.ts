import type { Finder } from './deliveryReport'
import { queryString } from './queryString'

/** The report's reads over Payload's REST API, as the signed-in admin page makes them. */
export const restFinder =
  (request: (path: string) => Promise<Response>): Finder =>
  async ({ collection, ...params }) => {
    const response = await request(`/api/${collection}?${queryString(params)}`)
    if (!response.ok) throw new Error(`GET /api/${collection}: ${response.status}`)
    return response.json()
  }
