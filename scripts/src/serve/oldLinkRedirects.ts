import { readRedirects, type RedirectMaps } from '@reform/builder/oldLinks'

/** How long the maps are taken as they are before looking whether they were written again. */
const RECHECK_MS = 1000

/**
 * The local server's answer to an imported portal's old address, as nginx's (deploy/nginx/site.conf):
 * where the old-link maps in `dir` send it (the request with its query first, then the decoded
 * path), or nothing. The maps are kept in memory and read again when the builder or the importer
 * wrote them anew, looked at no more than once a second.
 */
export function oldLinkRedirects(dir: string): (requestUri: string, uri: string) => Promise<string | undefined> {
  let maps: Promise<RedirectMaps> | undefined
  let checkedAt = 0
  return async (requestUri, uri) => {
    if (!maps || Date.now() - checkedAt > RECHECK_MS) {
      checkedAt = Date.now()
      const known = await maps?.catch(() => undefined)
      maps = readRedirects(dir, known)
    }
    const { byRequest, byPath } = await maps
    return byRequest.get(requestUri) ?? byPath.get(uri)
  }
}
