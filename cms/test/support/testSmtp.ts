import { EventEmitter } from 'node:events'
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** One message the test server accepted. */
export type ReceivedMail = {
  /** Envelope recipients (RCPT TO) the server accepted it for, lower case: Bcc included. */
  to: string[]
  /** Envelope sender (MAIL FROM). */
  from: string
  subject: string
  html: string
  text: string
  /** Header names in lower case; values unfolded but not decoded; a repeated header keeps its first. */
  headers: Map<string, string>
  /** The message as it came over the wire. */
  raw: string
  /** mailparser's whole result: decoded addresses, attachments, … */
  parsed: ParsedMail
}

export type Refusal = {
  /** 451: try again later (a temporary failure); 550: mailbox unavailable (permanent). */
  code: 451 | 550
  /** How many RCPTs (or messages, for 'data') to refuse; 1 unless told. */
  times?: number
  /** Refuse the sender (MAIL FROM: the relay will not take our mail), the recipient (default) or the whole message after its data. */
  stage?: 'mail' | 'rcpt' | 'data'
  /** Only refuse messages to this address (case-insensitive). */
  to?: string
}

export type TestSmtp = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string
  port: number
  /** Every accepted message, in order. A message is here before the server answers 250, so it is
   * here when the sender's `sendMail` resolves. */
  messages: ReceivedMail[]
  /** The first message (received or to come) that matches; rejects after `timeoutMs` (10 s). */
  waitFor: (predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
  /** Resolves with `messages` once it holds at least `count`. */
  waitForCount: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>
  clear: () => void
  /** Refuse what comes next with an SMTP error; refusals queue in the order given. */
  failNext: (refusal: Refusal) => void
  /** Closes the server and cuts open connections at once (a relay that went down). */
  stop: () => Promise<void>
  /** Listens again on the same port; `messages` are kept. */
  start: () => Promise<void>
  /** Answers each message only after this long (a slow relay), so a sender can be caught mid-way. */
  setDelay: (ms: number) => void
}

/** A real SMTP server on 127.0.0.1 (a free port), plain text, any login accepted, for mail tests. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ReceivedMail[] = []
  const received = new EventEmitter()
  const refusals: Array<Required<Omit<Refusal, 'to'>> & { to?: string }> = []
  let server: SMTPServer | undefined
  let port = 0
  let delayMs = 0

  /** Takes one refusal for this stage and recipients, if one is queued. */
  const refusal = (stage: 'mail' | 'rcpt' | 'data', recipients: string[]): Error | undefined => {
    const index = refusals.findIndex((item) => item.stage === stage && (!item.to || recipients.includes(item.to)))
    if (index < 0) return undefined
    const item = refusals[index]!
    if (--item.times <= 0) refusals.splice(index, 1)
    const error = new Error(item.code === 451 ? '4.3.0 Try again later (test refusal)' : '5.1.1 Mailbox unavailable (test refusal)')
    return Object.assign(error, { responseCode: item.code })
  }

  const listen = async () => {
    server = new SMTPServer({
      // Plain SMTP: nodemailer would try STARTTLS and refuse smtp-server's self-signed certificate.
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      allowInsecureAuth: true,
      onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
      // stop() stands for a relay going down: open connections are cut, not waited for.
      closeTimeout: 1,
      logger: false,
      onMailFrom: (_address, _session, callback) => callback(refusal('mail', [])),
      onRcptTo: (address, _session, callback) => callback(refusal('rcpt', [address.address.toLowerCase()])),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase())
          const refused = refusal('data', to)
          if (refused) return callback(refused)
          const raw = Buffer.concat(chunks).toString('utf8')
          simpleParser(raw).then(
            (parsed) => {
              const mailFrom = session.envelope.mailFrom
              const mail: ReceivedMail = {
                to,
                from: mailFrom ? mailFrom.address : '',
                subject: parsed.subject ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                text: parsed.text ?? '',
                headers: headerMap(parsed),
                raw,
                parsed,
              }
              setTimeout(() => {
                messages.push(mail)
                received.emit('message')
                callback()
              }, delayMs)
            },
            (error: Error) => callback(error),
          )
        })
      },
    })
    const listening = server
    // A sender killed mid-message (a test does that) resets its connection: not the server's failure.
    listening.on('error', () => {})
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject)
      listening.listen(port, '127.0.0.1', () => {
        listening.off('error', reject)
        resolve()
      })
    })
    port = (listening.server.address() as AddressInfo).port
  }

  /** Resolves with `check`'s answer once it has one, re-checking on every new message. */
  const until = <T>(check: () => T | undefined, timeoutMs: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = () => {
        const answer = check()
        if (answer === undefined) return
        done()
        resolve(answer)
      }
      const timer = setTimeout(() => {
        done()
        reject(new Error(`${what} within ${timeoutMs} ms (${messages.length} received)`))
      }, timeoutMs)
      const done = () => {
        clearTimeout(timer)
        received.off('message', onMessage)
      }
      received.on('message', onMessage)
      onMessage()
    })

  await listen()
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitFor: (predicate, timeoutMs = 10_000) => until(() => messages.find(predicate), timeoutMs, 'No matching message'),
    waitForCount: (count, timeoutMs = 10_000) => until(() => (messages.length >= count ? messages : undefined), timeoutMs, `Fewer than ${count} messages`),
    clear: () => {
      messages.length = 0
    },
    failNext: ({ code, times = 1, stage = 'rcpt', to }) => {
      refusals.push({ code, times, stage, to: to?.toLowerCase() })
    },
    stop: async () => {
      const closing = server
      server = undefined
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()))
    },
    start: async () => {
      if (!server) await listen()
    },
    setDelay: (ms) => {
      delayMs = ms
    },
  }
}

function headerMap(parsed: ParsedMail): Map<string, string> {
  const headers = new Map<string, string>()
  for (const { key, line } of parsed.headerLines) {
    if (!headers.has(key))
      headers.set(
        key,
        line
          .slice(line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      )
  }
  return headers
}
