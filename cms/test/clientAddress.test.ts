import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { clientAddress, DEFAULT_TRUSTED_PROXIES, parseTrustedProxies, PEER_ADDRESS_HEADER } from '../src/publicEndpoints/clientAddress'
import { stampPeerAddress } from '../src/publicEndpoints/stampPeerAddress'

const from = (headers: Record<string, string>) => clientAddress(new Headers(headers))

describe('the client a rate limit counts', () => {
  it('is the address the web server in front saw, whatever the client claims further back', () => {
    expect(from({ 'x-real-ip': '203.0.113.7', 'x-forwarded-for': '1.2.3.4' })).toBe('203.0.113.7')
    expect(from({ 'x-forwarded-for': '198.51.100.2, 10.0.0.1' })).toBe('198.51.100.2')
    expect(from({})).toBe('unknown')
  })

  it('counts an IPv4 address written as IPv6 as that IPv4 address', () => {
    expect(from({ 'x-real-ip': '::ffff:203.0.113.7' })).toBe('203.0.113.7')
  })

  it('counts every address of one IPv6 /64 as one client', () => {
    const one = from({ 'x-real-ip': '2001:db8:1:2:aaaa::1' })
    expect(one).toBe('2001:db8:1:2::/64')
    expect(from({ 'x-real-ip': '2001:db8:1:2:bbbb:cccc:dddd:eeee' })).toBe(one)
    expect(from({ 'x-real-ip': '2001:db8:1:3::1' })).not.toBe(one)
  })
})

describe('X-Real-IP and X-Forwarded-For on the CMS own port (issue 17)', () => {
  const withProxies = (value: string | undefined, run: () => void) => {
    const before = process.env.TRUSTED_PROXIES
    if (value === undefined) delete process.env.TRUSTED_PROXIES
    else process.env.TRUSTED_PROXIES = value
    try {
      run()
    } finally {
      if (before === undefined) delete process.env.TRUSTED_PROXIES
      else process.env.TRUSTED_PROXIES = before
    }
  }

  it('count only from a trusted proxy (by default this machine); any other client is its own address', () => {
    withProxies(undefined, () => {
      expect(from({ [PEER_ADDRESS_HEADER]: '203.0.113.9', 'x-real-ip': '1.2.3.4', 'x-forwarded-for': '5.6.7.8' })).toBe('203.0.113.9')
      expect(from({ [PEER_ADDRESS_HEADER]: '2001:db8:9:9::5', 'x-real-ip': '1.2.3.4' })).toBe('2001:db8:9:9::/64')
      expect(from({ [PEER_ADDRESS_HEADER]: '127.0.0.1', 'x-real-ip': '198.51.100.4' })).toBe('198.51.100.4')
      expect(from({ [PEER_ADDRESS_HEADER]: '::ffff:127.0.0.1', 'x-forwarded-for': '198.51.100.5' })).toBe('198.51.100.5')
      expect(from({ [PEER_ADDRESS_HEADER]: '::1' })).toBe('::/64')
      expect(from({ [PEER_ADDRESS_HEADER]: '172.18.0.5', 'x-real-ip': '198.51.100.4' })).toBe('172.18.0.5')
    })
    withProxies('127.0.0.1, 172.16.0.0/12', () => {
      expect(from({ [PEER_ADDRESS_HEADER]: '172.18.0.5', 'x-real-ip': '198.51.100.4' })).toBe('198.51.100.4')
      expect(from({ [PEER_ADDRESS_HEADER]: '192.168.1.2', 'x-real-ip': '198.51.100.4' })).toBe('192.168.1.2')
    })
  })

  it('refuses a TRUSTED_PROXIES entry that is not an address or range, naming it', () => {
    expect(() => parseTrustedProxies('127.0.0.1, cms-proxy')).toThrow(/"cms-proxy"/)
    expect(parseTrustedProxies(DEFAULT_TRUSTED_PROXIES)).toHaveLength(2)
  })

  it("takes the peer address from the connection, over whatever the client sent under that header's name", async () => {
    stampPeerAddress()
    let seen: string | undefined
    const server = http.createServer((req, res) => {
      seen = req.headers[PEER_ADDRESS_HEADER] as string
      res.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers: { [PEER_ADDRESS_HEADER]: '10.9.9.9' } })
      expect(seen).toBe('127.0.0.1')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
