import { SMTPServer } from 'smtp-server'

/**
 * A receiving SMTP server in a process of its own, for the mail benchmark: it takes every message,
 * counts messages per recipient (duplicates), and reports to its parent over IPC on request.
 * It reads each message through without parsing it, so the sender is what is measured.
 */
const received = new Map<string, number>()
let messages = 0

const server = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData: (stream, session, callback) => {
    stream.on('data', () => {})
    stream.on('end', () => {
      messages++
      for (const { address } of session.envelope.rcptTo) received.set(address.toLowerCase(), (received.get(address.toLowerCase()) ?? 0) + 1)
      callback()
    })
  },
})

server.listen(0, '127.0.0.1', () => {
  const address = server.server.address()
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 })
})

process.on('message', (request) => {
  if (request !== 'report') return
  const duplicates = [...received.values()].filter((count) => count > 1).length
  process.send?.({ messages, recipients: received.size, duplicates })
})
process.on('disconnect', () => server.close(() => process.exit(0)))
