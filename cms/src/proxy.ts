import { NextResponse, type NextRequest } from 'next/server'

/**
 * The admin opens in Vietnamese unless the editor picked another language (Payload keeps that
 * choice in its `payload-lng` cookie); without this Payload would follow the browser's language.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'vi')
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
