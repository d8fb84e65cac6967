/** A URL as people type it from paper: no scheme, no trailing slash ("cchc.gov.vn/tin-tuc/mot-cua"). */
export function shortUrl(url: string): string {
  return new URL(url).href.replace(/^https?:\/\//u, '').replace(/\/$/u, '')
}
