/**
 * Where the static site publishes a file the CMS serves at `/api/{collection}/file/{filename}`:
 * `/media/{collection}/{filename}`. Undefined for any other URL.
 */
export function siteFilePath(cmsFileUrl: string): string | undefined {
  if (!URL.canParse(cmsFileUrl)) return undefined
  const match = new URL(cmsFileUrl).pathname.match(/\/api\/([a-z0-9-]+)\/file\/([^/]+)$/)
  return match ? `/media/${match[1]}/${match[2]}` : undefined
}
