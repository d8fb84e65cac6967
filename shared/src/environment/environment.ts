import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The environment a process reads its settings from (process.env, or a test's own). */
export type Env = Record<string, string | undefined>

/** A port number from `name`, or `fallback` when unset. */
export function port(env: Env, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name}=${raw} is not a port number (1–65535).`)
  }
  return value
}

/** PAYLOAD_SECRET from the environment, or one generated on first start and kept in the data folder. */
export function payloadSecret(dataDir: string, env: Env = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const file = path.join(dataDir, 'payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}
