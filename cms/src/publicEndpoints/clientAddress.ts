import ipaddr from 'ipaddr.js'

/**
 * The address a request's TCP connection came from, written by `stampPeerAddress` (run by
 * src/instrumentation.ts in the CMS's server) over anything a client sent under this name.
 */
export const PEER_ADDRESS_HEADER = 'x-reform-peer-address'

/** Who may say, in X-Real-IP / X-Forwarded-For, whom a request came from, unless TRUSTED_PROXIES says otherwise: this machine (npm start's site server). */
export const DEFAULT_TRUSTED_PROXIES = '127.0.0.0/8,::1/128'

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number]

/** TRUSTED_PROXIES: addresses or CIDR ranges, comma-separated. */
export function parseTrustedProxies(value: string): Range[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      try {
        if (entry.includes('/')) return ipaddr.parseCIDR(entry)
        const address = ipaddr.parse(entry)
        return [address, address.kind() === 'ipv4' ? 32 : 128] as Range
      } catch {
        throw new Error(`TRUSTED_PROXIES: "${entry}" is neither an IP address nor a CIDR range (e.g. 127.0.0.1, 172.16.0.0/12)`)
      }
    })
}

let trusted: { source: string; ranges: Range[] } | undefined

function trustedProxies(): Range[] {
  const source = process.env.TRUSTED_PROXIES?.trim() || DEFAULT_TRUSTED_PROXIES
  if (trusted?.source !== source) trusted = { source, ranges: parseTrustedProxies(source) }
  return trusted.ranges
}

const isTrusted = (address: string) => {
  if (!ipaddr.isValid(address)) return false
  const parsed = ipaddr.process(address)
  return trustedProxies().some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits))
}

/** One client as rate limits count it: an IPv6 client is its /64 (one home or phone network holds the whole prefix). */
function asClient(seen: string): string {
  if (!ipaddr.isValid(seen)) return seen || 'unknown'
  const address = ipaddr.process(seen)
  return address.kind() === 'ipv6' ? `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64` : address.toString()
}

/**
 * Who a request came from, for rate limits. nginx (deploy/nginx) and the local site server set
 * X-Real-IP and replace X-Forwarded-For from the socket; those headers count only when the
 * connection comes from one of TRUSTED_PROXIES. Any other connection (a client on the CMS's own
 * port) is counted by its own address, whatever it claims. A request handled in-process, without
 * the server (tests), has no peer address and is read from the headers.
 */
export function clientAddress(headers: Headers): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)
  if (peer !== null && !isTrusted(peer)) return asClient(peer)
  return asClient(headers.get('x-real-ip')?.trim() || headers.get('x-forwarded-for')?.split(',')[0]?.trim() || peer || '')
}
