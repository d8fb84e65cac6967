/**
 * The address a request came from, as the web server in front saw it: nginx (deploy/nginx) and
 * the local site server set X-Real-IP and replace X-Forwarded-For, so neither can be forged from
 * outside. Without a proxy (a direct request in development) Next's own X-Forwarded-For is used.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-real-ip')?.trim() || headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
}
