/** Where the site reads the CMS's public REST API (as an anonymous reader). */
export function cmsUrl(): string {
  return (process.env.CMS_URL ?? 'http://localhost:3000').replace(/\/$/, '')
}
