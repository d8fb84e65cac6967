import http from 'node:http'
import { PEER_ADDRESS_HEADER } from './clientAddress'

let stamped = false

/**
 * Next gives a route no socket, and keeps a client's own X-Forwarded-For: so every HTTP server of
 * this process writes the connection's address into each request, under PEER_ADDRESS_HEADER,
 * replacing whatever the client sent under that name, before Next sees the request.
 */
export function stampPeerAddress(): void {
  if (stamped) return
  stamped = true
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? ''
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as typeof emit
}
