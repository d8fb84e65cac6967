import { describe, expect, it } from 'vitest'
import { clientAddress } from '../src/publicEndpoints/clientAddress'

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
