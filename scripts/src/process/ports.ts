import net from 'node:net'

/** Fails with a message naming the setting to change when something already listens on `port`. */
export async function assertPortFree(port: number, setting: string, what: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host: '0.0.0.0', exclusive: true }, () => server.close(() => resolve(true)))
  })
  if (!free) {
    throw new Error(
      `Port ${port} is already in use, so ${what} cannot start there. ` +
        `Stop the program that uses it (see \`ss -ltnp 'sport = :${port}'\`) or choose another port with ${setting}=<port>.`,
    )
  }
}

/** A port the OS says is free right now (for tests). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
