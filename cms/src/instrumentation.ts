/** Next runs this once when the CMS's server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // The connection's address for clientAddress (rate limits), which trusts X-Real-IP only from TRUSTED_PROXIES.
  const { stampPeerAddress } = await import('./publicEndpoints/stampPeerAddress')
  stampPeerAddress()
}
