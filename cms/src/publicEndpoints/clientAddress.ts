import ipaddr from 'ipaddr.js'

/**
 * Who a request came from, for rate limits, as the web server in front saw it: nginx (deploy/nginx)
 * and the local site server set X-Real-IP and replace X-Forwarded-For, so neither can be forged
 * from outside. Without a proxy (a direct request in development) Next's own X-Forwarded-For is
 * used. An IPv6 client is its /64: one home or phone network holds the whole prefix, and counting
 * its addresses one by one would give it endless fresh limits.
 */
export function clientAddress(headers: Headers): string {
  const seen = headers.get('x-real-ip')?.trim() || headers.get('x-forwarded-for')?.split(',')[0]?.trim() || ''
  if (!ipaddr.isValid(seen)) return seen || 'unknown'
  const address = ipaddr.process(seen)
  return address.kind() === 'ipv6' ? `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64` : address.toString()
}
