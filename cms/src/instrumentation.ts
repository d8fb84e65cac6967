/** Next runs this once when the CMS's server starts. */
export async function register() {
  // The connection's address for clientAddress (rate limits), which trusts X-Real-IP only from
  // TRUSTED_PROXIES. Inside the condition, as Next's documentation says, so that the edge build
  // leaves the Node-only module out.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { stampPeerAddress } = await import('./publicEndpoints/stampPeerAddress')
    stampPeerAddress()
  }
}
