import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DCLinter } from 'dclint'
import { parse as parseYaml } from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { FEEDBACK_API, LOCAL_PREVIEW_PORT, SUBSCRIPTION_API, videoEmbedUrl } from '@reform/shared'
import { LARGEST_UPLOAD } from '../../cms/src/collections/uploads/fileUploads'
import { readCmsEnv } from '../../cms/src/env'
import { MAX_BODY_BYTES } from '../../cms/src/publicEndpoints/readSubmissionBody'
import { PUBLIC_CMS_ENDPOINTS } from '../src/serve/proxyCmsEndpoints'
import { testDeployNginx } from './support/deployNginx'

// The production deployment is checked by parsing its files: there is no Docker engine here. The
// compose file is validated against the Compose specification's JSON schema (shipped in dclint)
// and then read like `docker compose` would, after interpolating variables.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
const composeFile = path.join(root, 'docker-compose.yml')
const composeText = read('docker-compose.yml')

type Env = Record<string, string | undefined>

// ---- Compose: interpolation and the parts of the file the checks read --------------------------

/** Compose's variable interpolation: $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}. */
function interpolate(text: string, env: Env): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_]\w*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_]\w*)/g,
    (match, braced: string | undefined, operator: string | undefined, argument: string, bare: string | undefined) => {
      if (match === '$$') return '$'
      const name = (braced ?? bare)!
      const value = env[name]
      const missing = operator?.startsWith(':') ? !value : value === undefined
      if (operator?.endsWith('-')) return missing ? argument : value!
      if (operator?.endsWith('?')) {
        if (missing) throw new Error(`required variable ${name} is missing a value: ${argument}`)
        return value!
      }
      return value ?? ''
    },
  )
}

function interpolateDeep(value: unknown, env: Env): unknown {
  if (typeof value === 'string') return interpolate(value, env)
  if (Array.isArray(value)) return value.map((item) => interpolateDeep(item, env))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateDeep(item, env)]))
  }
  return value
}

type Service = {
  image?: string
  build?: { context: string; dockerfile: string }
  command?: string[]
  environment?: Record<string, string | null>
  volumes?: string[]
  ports?: string[]
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test: string[]; disable?: boolean; timeout?: string; start_period?: string }
  network_mode?: string
}
type Compose = { services: Record<string, Service>; volumes: Record<string, unknown> }

const rawCompose = parseYaml(composeText, { merge: true }) as Compose

/** KEY=value lines of .env.example, commented-out ones included (as optional settings). */
function envExample(): Map<string, string> {
  const entries = new Map<string, string>()
  for (const line of read('.env.example').split('\n')) {
    const match = line.match(/^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/)
    if (match) entries.set(match[1]!, match[2]!)
  }
  return entries
}

/** What an operator puts in .env: the two secrets, the three addresses and the mail relay and sender, nothing optional. */
const requiredEnv: Env = {
  POSTGRES_PASSWORD: 'pw0123456789',
  PAYLOAD_SECRET: 'x'.repeat(40),
  CMS_PUBLIC_URL: 'https://cms.example.gov.vn',
  SITE_URL: 'https://cchc.example.gov.vn',
  PREVIEW_URL: 'http://10.0.0.5:8081',
  SMTP_URL: 'smtp://cchc:relay-password@smtp.example.gov.vn:587?requireTLS=true',
  MAIL_FROM_ADDRESS: 'no-reply@cchc.example.gov.vn',
}
const compose = interpolateDeep(rawCompose, requiredEnv) as Compose
const services = compose.services

type Mount = { source: string; target: string; readOnly: boolean }
const mounts = (service: Service): Mount[] =>
  (service.volumes ?? []).map((spec) => {
    const [source, target, mode] = spec.split(':')
    return { source: source!, target: target!, readOnly: mode === 'ro' }
  })

type Port = { hostIp: string | undefined; hostPort: string; containerPort: string }
const ports = (service: Service): Port[] =>
  (service.ports ?? []).map((spec) => {
    const parts = spec.split(':')
    const [hostIp, hostPort, containerPort] = parts.length === 3 ? parts : [undefined, ...parts]
    return { hostIp, hostPort: hostPort!, containerPort: containerPort! }
  })

// ---- nginx: a small parser of its configuration syntax ----------------------------------------

type Directive = { name: string; args: string[]; block?: Directive[] }

function parseNginx(text: string): Directive[] {
  const tokens = text.match(/#[^\n]*|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|[{};]|[^\s{};"'#]+/g) ?? []
  let position = 0
  const parseBlock = (): Directive[] => {
    const directives: Directive[] = []
    let words: string[] = []
    while (position < tokens.length) {
      const token = tokens[position++]!
      if (token.startsWith('#')) continue
      if (token === ';') {
        directives.push({ name: words[0]!, args: words.slice(1) })
        words = []
      } else if (token === '{') {
        directives.push({ name: words[0]!, args: words.slice(1), block: parseBlock() })
        words = []
      } else if (token === '}') {
        return directives
      } else {
        words.push(/^["']/.test(token) ? token.slice(1, -1) : token)
      }
    }
    return directives
  }
  return parseBlock()
}

const all = (directives: Directive[], name: string): Directive[] =>
  directives.flatMap((directive) => [...(directive.name === name ? [directive] : []), ...all(directive.block ?? [], name)])
const one = (directives: Directive[], name: string): Directive => {
  const found = directives.filter((directive) => directive.name === name)
  expect(found, `exactly one "${name}"`).toHaveLength(1)
  return found[0]!
}
const location = (server: Directive[], ...args: string[]): Directive[] => {
  const found = server.find((directive) => directive.name === 'location' && directive.args.join(' ') === args.join(' '))
  expect(found, `location ${args.join(' ')}`).toBeDefined()
  return found!.block!
}

const mainConf = parseNginx(read('deploy/nginx/nginx.conf'))
const httpBlock = one(mainConf, 'http').block!
const publicServer = one(parseNginx(read('deploy/nginx/site.conf')), 'server').block!
const adminServer = one(parseNginx(read('deploy/nginx/cms-admin.conf')), 'server').block!
const previewServer = one(parseNginx(read('deploy/nginx/preview.conf')), 'server').block!

/** The value an nginx `map $uri $name` gives a URI: regexes are tried in order, else the default. */
function mapValue(name: string, uri: string): string {
  const map = all(httpBlock, 'map').find((directive) => directive.args[1] === `$${name}`)
  expect(map, `map to $${name}`).toBeDefined()
  const entries = map!.block!
  const match = entries.find((entry) => entry.name.startsWith('~') && new RegExp(entry.name.slice(1)).test(uri))
  return (match ?? entries.find((entry) => entry.name === 'default')!).args[0]!
}

/** What a `map $source $name` gives for a value of its source: the first matching regex (its named captures and the source substituted), else the default. */
function mapped(name: string, input: string): string {
  const map = all(httpBlock, 'map').find((directive) => directive.args[1] === `$${name}`)
  expect(map, `map to $${name}`).toBeDefined()
  const entries = map!.block!
  let groups: Record<string, string> = {}
  const entry =
    entries.find((candidate) => {
      const match = candidate.name.startsWith('~') ? new RegExp(candidate.name.slice(1)).exec(input) : null
      groups = match?.groups ?? {}
      return match !== null
    }) ?? entries.find((candidate) => candidate.name === 'default')!
  return entry.args[0]!.replace(/\$(\w+)/g, (_, variable: string) => (`$${variable}` === map!.args[0] ? input : groups[variable]!))
}

/** A server's header as sent for a URI, with the map variables in it resolved. */
function header(server: Directive[], name: string, uri: string): string | undefined {
  const directive = server.find((entry) => entry.name === 'add_header' && entry.args[0] === name)
  return directive?.args[1]!.replace(/\$(\w+)/g, (_, variable: string) => mapValue(variable, uri))
}

/** Content-Security-Policy for a URI, as directive name -> sources. */
function csp(uri: string): Map<string, string[]> {
  const policy = header(publicServer, 'Content-Security-Policy', uri)
  expect(policy).toBeDefined()
  return new Map(
    policy!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([directive, ...sources]) => [directive!, sources]),
  )
}

const bytes = (size: string): number => {
  const match = size.match(/^(\d+)([kmg]?)$/i)!
  return Number(match[1]) * 1024 ** ' kmg'.indexOf((match[2] || ' ').toLowerCase())
}

// ---- Source files: what the code reads --------------------------------------------------------

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'test' ? [] : sourceFiles(relative)
    return /\.(ts|tsx|mts|mjs|js|astro)$/.test(entry.name) ? [relative] : []
  })
}
const codeDirs = ['cms/src', 'builder/src', 'scripts/src', 'shared/src', 'site/src', 'site/integrations', 'site/renderer']
const code = [...codeDirs.flatMap(sourceFiles), 'site/astro.config.mjs'].map(read)

/** Whether some code reads the variable: process.env.X, env.X, env['X'], a (env, 'X') helper call, or a key of cms/src/env.ts's schema. */
function codeReads(name: string): boolean {
  const access = new RegExp(`\\benv(?:\\.${name}\\b|\\[\\s*['"\`]${name}['"\`]\\s*\\])|\\(\\s*env\\s*,\\s*['"]${name}['"]`)
  const schemaKey = new RegExp(`^\\s*${name}\\s*:`, 'm')
  return code.some((text) => access.test(text)) || schemaKey.test(read('cms/src/env.ts'))
}

const cleanups: Array<() => void> = []
afterAll(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

/** Runs a `node -e` script as a health check does; resolves with its exit code. */
function runNode(script: string, env: Env = {}): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { env: { ...process.env, ...env }, stdio: 'ignore', timeout: 10_000 })
    child.once('exit', resolve)
  })
}

// ---- The checks --------------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  it('is a valid Compose file (the Compose specification JSON schema) with no version field and quoted ports', () => {
    const linter = new DCLinter({
      rules: {
        'no-version-field': 2,
        'service-image-require-explicit-tag': 2,
        'no-duplicate-exported-ports': 2,
        'no-duplicate-container-names': 2,
        'require-quotes-in-ports': [2, { quoteType: 'double' }],
        'no-quotes-in-volumes': 2,
        'require-project-name-field': 2,
        // cms and builder name the image they build, so both run the same one.
        'no-build-and-image': 0,
        // The public port is meant for every interface; the port checks below say which may be.
        'no-unbound-port-interfaces': 0,
        // Ordering conventions: the file is in dependency order instead.
        'service-container-name-regex': 0,
        'service-dependencies-alphabetical-order': 0,
        'service-keys-order': 0,
        'service-ports-alphabetical-order': 0,
        'services-alphabetical-order': 0,
        'top-level-properties-order': 0,
      },
      quiet: true,
      debug: false,
      exclude: [],
    })
    const [result] = linter.lintFiles([composeFile], false)
    expect(result!.messages.map((message) => `${message.rule}: ${message.message}`)).toEqual([])
  })

  it('runs the database, the CMS, the site builder, the draft preview server and the web server', () => {
    expect(Object.keys(services).sort()).toEqual(['builder', 'cms', 'db', 'preview', 'web'])
  })

  it('runs PostgreSQL 17 from the official image, with a pinned minor version', () => {
    expect(services.db!.image).toMatch(/^postgres:17\.\d+(-[a-z]+)?$/)
  })

  it('takes the secrets from the environment only, and refuses to start without them', () => {
    const environments = Object.entries(rawCompose.services).flatMap(([name, service]) =>
      Object.entries(service.environment ?? {}).map(([key, value]) => ({ service: name, key, value: String(value ?? '') })),
    )
    for (const { service, key, value } of environments.filter(({ key }) => /PASSWORD|SECRET|TOKEN|KEY/.test(key))) {
      expect(value, `${service}.${key}`).toMatch(new RegExp(`^\\$\\{${key}:\\?[^}]+\\}$`))
    }
    for (const { service, key, value } of environments.filter(({ value }) => /:\/\/[^/]*@/.test(value))) {
      expect(value, `${service}.${key}: the password in a URL`).toMatch(/^[a-z]+:\/\/[^:]+:\$\{POSTGRES_PASSWORD:\?[^}]+\}@/)
    }
    for (const name of ['POSTGRES_PASSWORD', 'PAYLOAD_SECRET']) {
      expect(() => interpolateDeep(rawCompose, { ...requiredEnv, [name]: '' })).toThrow(name)
      expect(envExample().get(name), `.env.example leaves ${name} empty`).toBe('')
    }
    expect(services.cms!.environment!.DATABASE_URL).toBe('postgres://reform:pw0123456789@db:5432/reform')
  })

  it('requires PREVIEW_URL and gives it to the CMS, whose Preview button links there', () => {
    expect(() => interpolateDeep(rawCompose, { ...requiredEnv, PREVIEW_URL: '' })).toThrow('PREVIEW_URL')
    expect(() => interpolateDeep(rawCompose, { ...requiredEnv, PREVIEW_URL: undefined })).toThrow('PREVIEW_URL')
    expect(services.cms!.environment!.PREVIEW_URL).toBe(requiredEnv.PREVIEW_URL)
    expect(rawCompose.services.cms!.environment!.PREVIEW_URL).toMatch(/^\$\{PREVIEW_URL:\?[^}]+\}$/)
    // The example is the preview port's default, reached through the SSH tunnel.
    const example = new URL(envExample().get('PREVIEW_URL')!)
    expect(example.hostname).toBe('127.0.0.1')
    expect(example.port).toBe(envExample().get('PREVIEW_PORT'))
  })

  it('requires a real mail relay and sender, and gives them to the CMS and the builder', () => {
    for (const name of ['SMTP_URL', 'MAIL_FROM_ADDRESS']) {
      expect(() => interpolateDeep(rawCompose, { ...requiredEnv, [name]: '' })).toThrow(name)
      expect(envExample().get(name), `.env.example leaves ${name} empty`).toBe('')
      for (const service of ['cms', 'builder']) expect(services[service]!.environment![name], `${service}.${name}`).toBe(requiredEnv[name])
    }
    const cmsDefaults = readCmsEnv({ DATABASE_URL: 'postgres://x@db/x', PAYLOAD_SECRET: 'x'.repeat(32) })
    expect(services.cms!.environment!.MAIL_FROM_NAME).toBe(cmsDefaults.MAIL_FROM_NAME)
  })

  it('lists every variable it reads in .env.example', () => {
    const interpolated = [...composeText.matchAll(/\$\{([A-Za-z_]\w*)/g)].map((match) => match[1]!)
    const passedThrough = Object.values(rawCompose.services).flatMap((service) =>
      Object.entries(service.environment ?? {}).flatMap(([key, value]) => (value === null ? [key] : [])),
    )
    const documented = envExample()
    for (const name of new Set([...interpolated, ...passedThrough])) expect(documented.has(name), name).toBe(true)
  })

  it('keeps the database, the media, the backups and the site releases in named volumes, mounted where the services look', () => {
    expect(Object.keys(compose.volumes).sort()).toEqual(['backups', 'db-data', 'media', 'preview-cache', 'site', 'site-cache'])
    for (const [name, service] of Object.entries(services)) {
      for (const mount of mounts(service)) expect(Object.keys(compose.volumes), `${name} mounts only named volumes`).toContain(mount.source)
    }
    const { cms, builder, db, preview, web } = services as Record<string, Service>
    expect(mounts(db!)).toEqual([{ source: 'db-data', target: '/var/lib/postgresql/data', readOnly: false }])
    expect(mounts(cms!)).toEqual([
      { source: 'media', target: cms!.environment!.MEDIA_DIR, readOnly: false },
      { source: 'backups', target: cms!.environment!.BACKUP_DIR, readOnly: false },
    ])
    expect(mounts(builder!)).toEqual([
      { source: 'site', target: builder!.environment!.SITE_RELEASES_DIR, readOnly: false },
      { source: 'site-cache', target: builder!.environment!.SITE_CACHE_DIR, readOnly: false },
    ])
    // nginx serves the `live` link the builder switches, from the same volume, read-only.
    const releases = builder!.environment!.SITE_RELEASES_DIR!
    expect(mounts(web!)).toEqual([{ source: 'site', target: releases, readOnly: true }])
    expect(one(publicServer, 'root').args).toEqual([`${releases}/live`])
    // The preview server keeps its own content store: drafts' neighbours never enter the public one.
    expect(mounts(preview!)).toEqual([{ source: 'preview-cache', target: preview!.environment!.SITE_CACHE_DIR, readOnly: false }])
    expect(preview!.environment!.SITE_CACHE_DIR).not.toBe(builder!.environment!.SITE_CACHE_DIR)
  })

  it('creates every mount point of the app image, owned by its user (fresh volumes take that owner)', () => {
    const setup = read('deploy/app.Dockerfile')
      .replace(/\\\n\s*/g, ' ')
      .match(/^RUN mkdir -p ([^&]+)&& chown node:node ([^\n]+)$/m)
    expect(setup).not.toBeNull()
    const created = setup![1]!.trim().split(/\s+/)
    const owned = setup![2]!.trim().split(/\s+/)
    for (const [name, service] of Object.entries(services).filter(([, service]) => service.image === services.cms!.image)) {
      for (const { target } of mounts(service)) {
        expect(created, `${name}: ${target}`).toContain(target)
        expect(owned, `${name}: ${target}`).toContain(target)
      }
    }
  })

  it('gives every service a health check, and starts cms and builder after what they need is healthy', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.healthcheck?.disable, name).not.toBe(true)
      expect(service.healthcheck?.test?.[0], name).toMatch(/^CMD(-SHELL)?$/)
    }
    expect(services.db!.healthcheck!.test).toContain('pg_isready')
    expect(services.web!.healthcheck!.test.join(' ')).toContain('http://127.0.0.1/')
    expect(services.cms!.depends_on).toEqual({ db: { condition: 'service_healthy' } })
    expect(services.builder!.depends_on).toEqual({ cms: { condition: 'service_healthy' } })
    expect(services.preview!.depends_on).toEqual({ cms: { condition: 'service_healthy' } })
  })

  it('checks the CMS by its health endpoint', async () => {
    const script = services.cms!.healthcheck!.test[3]!
    expect(services.cms!.healthcheck!.test.slice(0, 3)).toEqual(['CMD', 'node', '-e'])
    expect(script).toContain("'http://127.0.0.1:3000/api/health'")
    // The same script against a stand-in on a free port.
    let status = 200
    const server = http.createServer((_, response) => response.writeHead(status).end('{}'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const local = script.replace('127.0.0.1:3000', `127.0.0.1:${(server.address() as AddressInfo).port}`)
    try {
      expect(await runNode(local), 'CMS answering 200').toBe(0)
      status = 503
      expect(await runNode(local), 'CMS answering 503 (a migration pending)').toBe(1)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
    expect(await runNode(local), 'CMS not listening').toBe(1)
  })

  it('checks the preview server by fetching its home page: healthy on any 2xx', async () => {
    const { test } = services.preview!.healthcheck!
    expect(test.slice(0, 3)).toEqual(['CMD', 'node', '-e'])
    const script = test[3]!
    expect(script).toContain(`'http://127.0.0.1:${LOCAL_PREVIEW_PORT}/'`)
    let status = 200
    const server = http.createServer((_, response) => response.writeHead(status).end('<!doctype html>'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const local = script.replace(`127.0.0.1:${LOCAL_PREVIEW_PORT}`, `127.0.0.1:${(server.address() as AddressInfo).port}`)
    try {
      expect(await runNode(local), 'answering 200').toBe(0)
      status = 204
      expect(await runNode(local), 'answering 204').toBe(0)
      status = 500
      expect(await runNode(local), 'answering 500').toBe(1)
      status = 404
      expect(await runNode(local), 'answering 404').toBe(1)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
    expect(await runNode(local), 'not listening').toBe(1)
  })

  it('checks the builder by the age of the heartbeat file it touches', async () => {
    const { test } = services.builder!.healthcheck!
    expect(test.slice(0, 3)).toEqual(['CMD', 'node', '-e'])
    const heartbeat = test[3]!.match(/'([\w-]*heartbeat[\w-]*)'/)?.[1]
    expect(heartbeat).toBeDefined()
    expect(
      code.some((text) => text.includes(`'${heartbeat}'`)),
      'the builder writes the same file',
    ).toBe(true)
    const dir = mkdtempSync(path.join(tmpdir(), 'reform-heartbeat-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const check = () => runNode(test[3]!, { SITE_RELEASES_DIR: dir })
    expect(await check(), 'no heartbeat yet').toBe(1)
    const file = path.join(dir, heartbeat!)
    writeFileSync(file, '')
    expect(await check(), 'fresh heartbeat').toBe(0)
    const twoMinutesAgo = (Date.now() - 120_000) / 1000
    utimesSync(file, twoMinutesAgo, twoMinutesAgo)
    expect(await check(), 'stale heartbeat').toBe(1)
  })

  it('publishes only the public web server on every interface; the CMS and preview ports on loopback by default', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.network_mode, name).toBeUndefined()
      if (name !== 'web') expect(service.ports, `${name} publishes no port`).toBeUndefined()
    }
    const published = ports(services.web!)
    const everywhere = published.filter((port) => port.hostIp === undefined || port.hostIp === '0.0.0.0')
    expect(everywhere).toEqual([{ hostIp: undefined, hostPort: '80', containerPort: '80' }])
    expect(published.filter((port) => !everywhere.includes(port))).toEqual([
      { hostIp: '127.0.0.1', hostPort: '8080', containerPort: '8080' },
      { hostIp: '127.0.0.1', hostPort: '8081', containerPort: '8081' },
    ])
    // The port on every interface is the public server; the whole CMS and the previews are behind the others.
    expect(one(publicServer, 'listen').args).toEqual(['80', 'default_server'])
    expect(one(adminServer, 'listen').args).toEqual(['8080'])
    expect(one(previewServer, 'listen').args).toEqual(['8081'])
    // Both editors' ports move with their settings.
    const configured = interpolateDeep(rawCompose, { ...requiredEnv, PREVIEW_BIND: '10.0.0.5', PREVIEW_PORT: '9081' }) as Compose
    expect(ports(configured.services.web!)).toContainEqual({ hostIp: '10.0.0.5', hostPort: '9081', containerPort: '8081' })
    // web.Dockerfile installs every server and exposes its port.
    const webDockerfile = read('deploy/web.Dockerfile')
    const servers = readdirSync(path.join(root, 'deploy/nginx')).filter((file) => file.endsWith('.conf') && file !== 'nginx.conf')
    expect(servers.sort()).toEqual(['cms-admin.conf', 'preview.conf', 'site.conf'])
    for (const file of servers) expect(webDockerfile.match(/^COPY (.+) \/etc\/nginx\/http\.d\/$/m)?.[1]?.split(' '), file).toContain(`nginx/${file}`)
    expect(
      webDockerfile
        .match(/^EXPOSE (.+)$/m)?.[1]
        ?.split(' ')
        .sort(),
    ).toEqual(['80', '8080', '8081'])
  })

  it('passes the CMS and the builder only settings the code reads', () => {
    for (const name of ['cms', 'builder']) {
      const environment = services[name]!.environment!
      expect(Object.keys(environment), name).toEqual(expect.arrayContaining(['DATABASE_URL', 'PAYLOAD_SECRET', 'CMS_PUBLIC_URL', 'SITE_URL']))
      for (const key of Object.keys(environment)) expect(codeReads(key), `${name}: ${key}`).toBe(true)
    }
    expect(codeReads('NOT_A_SETTING_ANYWHERE'), 'the check itself').toBe(false)
  })

  it('runs the preview server from the app image with what astro dev reads, and no database access', () => {
    const preview = services.preview!
    expect(preview.image).toBe(services.cms!.image)
    expect(preview.build).toEqual(services.cms!.build)
    expect(preview.command).toEqual(['npm', 'run', 'preview', '--', '--ignore-lock'])
    // The root script: astro dev on every interface of the container, on the port nginx and the health check use.
    expect(JSON.parse(read('package.json')).scripts.preview).toMatch(new RegExp(`--host 0\\.0\\.0\\.0 --port ${LOCAL_PREVIEW_PORT}$`))
    const environment = preview.environment!
    expect(environment).toMatchObject({ CMS_URL: 'http://cms:3000', SITE_URL: requiredEnv.SITE_URL, SITE_CACHE_DIR: '/var/cache/preview' })
    for (const secret of ['DATABASE_URL', 'PAYLOAD_SECRET', 'POSTGRES_PASSWORD']) expect(environment, secret).not.toHaveProperty(secret)
    // The image sets NODE_ENV=production, under which Astro turns the dev server's HMR off.
    expect(environment.NODE_ENV).toBe('development')
    // Read by Astro and Vite themselves rather than by this repository's code.
    const readByTools = ['NODE_ENV', 'ASTRO_TELEMETRY_DISABLED']
    for (const key of Object.keys(environment)) expect(codeReads(key) || readByTools.includes(key), `preview: ${key}`).toBe(true)
    // Previews render like the live site: the same optional site settings as the builder.
    const optional = (service: Service) => Object.keys(service.environment!).filter((key) => service.environment![key] === null)
    expect(optional(rawCompose.services.preview!)).toEqual(optional(rawCompose.services.builder!))
  })
})

describe('nginx configuration', () => {
  it('is accepted by nginx itself (`nginx -t`, with the brotli modules, as the web image checks it)', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'reform-site-volume-'))
    try {
      const verdict = await testDeployNginx({ siteDir: site, cmsUrl: 'http://127.0.0.1:9' })
      expect(verdict.output).toContain('test is successful')
      expect(verdict.ok).toBe(true)
    } finally {
      rmSync(site, { recursive: true, force: true })
    }
  })

  it("serves the live release on the public server, with the site's 404 page", () => {
    expect(one(publicServer, 'root').args).toEqual(['/srv/site/live'])
    expect(one(publicServer, 'error_page').args).toEqual(['404', '/404.html'])
    // `live` is switched by a symlink rename: nginx must not keep its resolution.
    for (const directives of [mainConf, publicServer, adminServer, previewServer]) expect(all(directives, 'open_file_cache')).toEqual([])
  })

  it('passes only the feedback and subscription endpoints on to the CMS from the public server, each with its methods and a rate limit', () => {
    const cms = one(publicServer, 'set')
    expect(cms.args).toEqual(['$cms', 'http://cms:3000'])
    const endpoints = [
      { path: FEEDBACK_API.submit, methods: ['POST'], zone: 'feedback' },
      { path: FEEDBACK_API.start, methods: ['GET'], zone: 'feedback_read' },
      { path: FEEDBACK_API.status, methods: ['GET'], zone: 'feedback_read' },
      { path: SUBSCRIPTION_API.subscribe, methods: ['POST'], zone: 'subscribe' },
      { path: SUBSCRIPTION_API.start, methods: ['GET'], zone: 'subscription_pages' },
      { path: SUBSCRIPTION_API.confirm, methods: ['GET', 'POST'], zone: 'subscription_pages' },
      { path: SUBSCRIPTION_API.manage, methods: ['GET', 'POST'], zone: 'subscription_pages' },
      { path: SUBSCRIPTION_API.unsubscribe, methods: ['GET', 'POST'], zone: 'one_click_unsubscribe' },
    ]
    const proxied = publicServer.filter((directive) => directive.name === 'location' && all(directive.block!, 'proxy_pass').length > 0)
    expect(proxied.map((directive) => directive.args)).toEqual(endpoints.map((endpoint) => ['=', endpoint.path]))
    // The same endpoints and methods as the local site server of `npm start`.
    expect(new Map(endpoints.map((endpoint) => [endpoint.path, new Set(endpoint.methods)]))).toEqual(PUBLIC_CMS_ENDPOINTS)
    // The methods an `if ($request_method != X)` or `!~ regex` check lets through (nginx's regexes are case-sensitive, as JavaScript's).
    const allowed = ([variable, operator, value]: string[]) => {
      expect(variable).toBe('($request_method')
      const condition = value!.slice(0, -1)
      if (operator === '!=') return [condition]
      expect(operator).toBe('!~')
      return ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].filter((method) => new RegExp(condition).test(method))
    }
    const zones = new Map(
      all(httpBlock, 'limit_req_zone').map((directive) => [
        directive.args
          .find((arg) => arg.startsWith('zone='))!
          .slice(5)
          .split(':')[0]!,
        directive,
      ]),
    )
    const perMinute = (zone: string) => {
      const rate = zones
        .get(zone)!
        .args.find((arg) => arg.startsWith('rate='))!
        .match(/^rate=(\d+)r\/(s|m)$/)!
      return Number(rate[1]) * (rate[2] === 's' ? 60 : 1)
    }
    for (const { path: endpoint, methods, zone } of endpoints) {
      const block = location(publicServer, '=', endpoint)
      expect(one(block, 'proxy_pass').args, endpoint).toEqual(['$cms'])
      const methodCheck = one(block, 'if')
      expect(allowed(methodCheck.args), endpoint).toEqual(methods)
      expect(one(methodCheck.block!, 'return').args, endpoint).toEqual(['404'])
      const limit = one(block, 'limit_req')
      expect(limit.args[0], endpoint).toBe(`zone=${zone}`)
      // Per client address, which the CMS also reads (X-Real-IP, set in the http block).
      expect(zones.get(zone)?.args[0], zone).toBe('$binary_remote_addr')
      if (!methods.includes('POST')) continue
      // Above the CMS's own limit, so the citizen gets the CMS's message rather than nginx's page.
      const bodyLimit = bytes(one(block, 'client_max_body_size').args[0]!)
      expect(bodyLimit, endpoint).toBeGreaterThan(MAX_BODY_BYTES)
      expect(bodyLimit, endpoint).toBeLessThanOrEqual(1024 * 1024)
    }
    expect(one(httpBlock, 'limit_req_status').args).toEqual(['429'])
    // The requests that store something new are held to a few a minute; what a person opens gets more room.
    for (const [write, read] of [
      ['feedback', 'feedback_read'],
      ['subscribe', 'subscription_pages'],
    ]) {
      expect(perMinute(write!)).toBeLessThanOrEqual(10)
      expect(perMinute(read!)).toBeGreaterThan(perMinute(write!))
    }
    // One-click unsubscribes come from a few mail provider servers for many people: far more room
    // than a person's pages (the CMS has its own limit for them).
    expect(perMinute('one_click_unsubscribe')).toBeGreaterThanOrEqual(10 * perMinute('subscription_pages'))
    const oneClickBurst = one(location(publicServer, '=', SUBSCRIPTION_API.unsubscribe), 'limit_req').args.find((arg) => arg.startsWith('burst='))
    expect(Number(oneClickBurst?.slice(6))).toBeGreaterThanOrEqual(100)
    const headers = new Map(all(publicServer, 'proxy_set_header').map((directive) => [directive.args[0]!, directive.args[1]!]))
    // Setting any proxy_set_header drops every inherited one: the public server repeats them all.
    for (const inherited of all(httpBlock, 'proxy_set_header').filter((directive) => directive.args[0])) {
      expect(headers.get(inherited.args[0]!), inherited.args[0]).toBe(inherited.args[1])
    }
    expect(headers.get('X-Real-IP')).toBe('$remote_addr')
    expect(headers.get('X-Forwarded-For')).toBe('$remote_addr')
    // Payload's method override would turn a POST into a listing of the collection.
    expect(headers.get('X-HTTP-Method-Override')).toBe('')
    expect(headers.get('X-Payload-HTTP-Method-Override')).toBe('')
    for (const args of [
      ['^~', '/api/'],
      ['=', '/admin'],
      ['^~', '/admin/'],
    ]) {
      expect(one(location(publicServer, ...args), 'return').args).toEqual(['404'])
    }
  })

  it('logs the subscription endpoints without their query and Referer query, where a personal token rides', () => {
    const log = one(httpBlock, 'access_log')
    const format = all(httpBlock, 'log_format').find((directive) => directive.args[0] === log.args[1])
    expect(format, `log_format ${log.args[1]}`).toBeDefined()
    const line = format!.args.slice(1).join('')
    // Nothing that carries the query as sent: the request line, its URI, its arguments, the Referer.
    expect(line).not.toMatch(/\$(request|request_uri|args|query_string|http_referer)\b/)
    const [, requestUri, referer] = line.match(/"\$request_method \$(\w+) \$server_protocol".*?"\$(\w+)"/)!
    const token = 't=s12.AbCdEfGhIjKlMnOpQrStUv'
    for (const endpoint of Object.values(SUBSCRIPTION_API)) {
      expect(mapped(requestUri!, `${endpoint}?${token}&d=7`), endpoint).toBe(endpoint)
      expect(mapped(referer!, `https://thongtin.example.vn${endpoint}?${token}`), endpoint).toBe(`https://thongtin.example.vn${endpoint}`)
    }
    // A mistyped link, answered by the 404 page from another location, is logged the same way.
    expect(mapped(requestUri!, `${SUBSCRIPTION_API.manage}/?${token}`)).toBe(`${SUBSCRIPTION_API.manage}/`)
    // Everything else keeps its query.
    expect(mapped(requestUri!, '/tim-kiem/?q=mot+cua')).toBe('/tim-kiem/?q=mot+cua')
    expect(mapped(requestUri!, `${FEEDBACK_API.status}?ma=GY-2026-ABCD`)).toBe(`${FEEDBACK_API.status}?ma=GY-2026-ABCD`)
    expect(mapped(referer!, 'https://thongtin.example.vn/tin-tuc/?trang=2')).toBe('https://thongtin.example.vn/tin-tuc/?trang=2')
    // No server logs in a format of its own.
    for (const server of [publicServer, adminServer, previewServer]) expect(all(server, 'access_log')).toEqual([])
  })

  it('passes the whole CMS on from the admin server, with room for the largest upload', () => {
    expect(one(adminServer, 'set').args).toEqual(['$cms', 'http://cms:3000'])
    expect(one(location(adminServer, '/'), 'proxy_pass').args).toEqual(['$cms'])
    expect(bytes(one(adminServer, 'client_max_body_size').args[0]!)).toBeGreaterThan(LARGEST_UPLOAD)
  })

  it('passes everything on to the preview server from the preview server block, websockets included', () => {
    expect(one(previewServer, 'set').args).toEqual(['$preview', `http://preview:${LOCAL_PREVIEW_PORT}`])
    const proxied = previewServer.filter((directive) => directive.name === 'location')
    expect(proxied.map((directive) => directive.args)).toEqual([['/']])
    expect(one(location(previewServer, '/'), 'proxy_pass').args).toEqual(['$preview'])
    const headers = new Map(all(previewServer, 'proxy_set_header').map((directive) => [directive.args[0]!, directive.args[1]!]))
    // Setting any proxy_set_header drops every inherited one: the preview server repeats them all.
    for (const inherited of all(httpBlock, 'proxy_set_header').filter((directive) => directive.args[0])) {
      expect(headers.get(inherited.args[0]!), inherited.args[0]).toBe(inherited.args[1])
    }
    expect(headers.get('Upgrade')).toBe('$http_upgrade')
    expect(headers.get('Connection')).toBe('$connection_upgrade')
    const upgradeMap = all(httpBlock, 'map').find((directive) => directive.args[1] === '$connection_upgrade')
    expect(upgradeMap?.args[0]).toBe('$http_upgrade')
    expect(new Map(upgradeMap!.block!.map((entry) => [entry.name, entry.args[0]]))).toEqual(
      new Map([
        ['default', 'upgrade'],
        ['', 'close'],
      ]),
    )
    expect(one(httpBlock, 'proxy_http_version').args).toEqual(['1.1'])
    // An idle HMR socket outlives a long read of a draft (a cut one makes Vite reload the page).
    const seconds = (value: string) => Number(value.match(/^(\d+)(s|m|h|d)?$/)![1]) * { s: 1, m: 60, h: 3_600, d: 86_400 }[value.match(/(s|m|h|d)$/)?.[1] ?? 's']!
    expect(seconds(one(previewServer, 'proxy_read_timeout').args[0]!)).toBeGreaterThanOrEqual(3_600)
  })

  it("sends drafts with no-store and noindex, and no CSP that would stop Vite's dev client", () => {
    for (const [name, value] of [
      ['Cache-Control', 'no-store'],
      ['X-Robots-Tag', 'noindex'],
    ] as const) {
      const directive = previewServer.find((entry) => entry.name === 'add_header' && entry.args[0] === name)
      expect(directive?.args[1], name).toContain(value)
      expect(directive?.args[2], `${name} on every response`).toBe('always')
      // Replaced, not sent twice beside the dev server's own.
      expect(
        previewServer.some((entry) => entry.name === 'proxy_hide_header' && entry.args[0] === name),
        name,
      ).toBe(true)
    }
    expect(header(previewServer, 'X-Content-Type-Options', '/')).toBe('nosniff')
    expect(header(previewServer, 'Referrer-Policy', '/')).toBe('same-origin')
    const policy = new Map(
      header(previewServer, 'Content-Security-Policy', '/')!
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([directive, ...sources]) => [directive!, sources]),
    )
    for (const limiting of ['default-src', 'script-src', 'script-src-elem', 'style-src', 'connect-src', 'worker-src']) {
      expect(policy.has(limiting), limiting).toBe(false)
    }
    expect(policy.get('object-src')).toEqual(["'none'"])
  })

  it('exposes nothing of the preview server on the public or the CMS server', () => {
    const mentions = (directives: Directive[]) =>
      all(directives, 'set')
        .concat(all(directives, 'proxy_pass'))
        .flatMap((directive) => directive.args)
        .filter((arg) => /preview|:4322\b|\$preview/.test(arg))
    expect(mentions(publicServer)).toEqual([])
    expect(mentions(adminServer)).toEqual([])
    expect(read('deploy/nginx/site.conf')).not.toMatch(/preview|4322|xem-truoc/)
    // The drafts' route is not answered by the public server either: it serves files of the release only.
    expect(new Set(all(publicServer, 'proxy_pass').map((directive) => directive.args.join(' ')))).toEqual(new Set(['$cms']))
  })

  it('compresses with gzip and brotli (the Alpine module the web image installs)', () => {
    for (const [name, value] of [
      ['gzip', 'on'],
      ['gzip_static', 'on'],
      ['brotli', 'on'],
      ['brotli_static', 'on'],
    ]) {
      expect(one(httpBlock, name!).args, name).toEqual([value])
    }
    expect(one(mainConf, 'include').args).toEqual(['/etc/nginx/modules/*.conf'])
    expect(read('deploy/web.Dockerfile')).toMatch(/apk add --no-cache nginx nginx-mod-http-brotli/)
  })

  it('sets caching headers by path', () => {
    const cacheControl = (uri: string) => header(publicServer, 'Cache-Control', uri)
    expect(cacheControl('/_astro/BaseLayout.IQ73HAqi.css')).toBe('public, max-age=31536000, immutable')
    const mediaMaxAge = Number(cacheControl('/media/media/anh-800x450.webp')!.match(/max-age=(\d+)/)?.[1])
    expect(mediaMaxAge).toBeGreaterThanOrEqual(3_600)
    expect(mediaMaxAge).toBeLessThanOrEqual(7 * 86_400)
    for (const feed of ['/rss.xml', '/rss/linh-vuc/cai-cach-the-che.xml', '/sitemap-index.xml']) {
      expect(Number(cacheControl(feed)!.match(/max-age=(\d+)/)?.[1]), feed).toBeLessThanOrEqual(600)
    }
    for (const revalidated of [
      '/index.html',
      '/tin-tuc/bai-viet/index.html',
      '/pagefind/shards.json',
      '/pagefind/0/pagefind-entry.json',
      '/pagefind/0/pagefind.js',
      '/chi-so/chi-so.csv',
    ]) {
      expect(cacheControl(revalidated), revalidated).toBe('no-cache')
    }
    // The CMS's answers keep their own caching headers (an empty value adds none).
    for (const endpoint of [...Object.values(FEEDBACK_API), ...Object.values(SUBSCRIPTION_API)]) expect(cacheControl(endpoint), endpoint).toBe('')
  })

  it("sends the security headers, with a CSP that lets the site's own scripts and the video embeds run", () => {
    expect(header(publicServer, 'X-Content-Type-Options', '/')).toBe('nosniff')
    expect(header(publicServer, 'Referrer-Policy', '/')).toBe('strict-origin-when-cross-origin')
    // The CMS's pages behind personal links (?t=...) name only the site in a Referer, as the CMS says
    // too: nginx's header comes last, and a browser takes the last one.
    for (const endpoint of [...Object.values(SUBSCRIPTION_API), ...Object.values(FEEDBACK_API)]) {
      expect(header(publicServer, 'Referrer-Policy', `${endpoint}?t=s12.AbCdEfGhIjKlMnOpQrStUv`), endpoint).toBe('strict-origin')
    }
    const article = csp('/tin-tuc/bai-viet/index.html')
    expect(article.get('default-src')).toEqual(["'self'"])
    expect(article.get('script-src')).toContain("'self'")
    expect(article.get('script-src')).not.toContain("'unsafe-inline'")
    expect(article.get('frame-ancestors')).toEqual(["'self'"])
    for (const video of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ', 'https://vimeo.com/76979871']) {
      expect(article.get('frame-src'), video).toContain(new URL(videoEmbedUrl(video)!).origin)
    }
    // Inline event handlers in the pages (the print button) run only if the CSP names their hash.
    const handlers = code.flatMap((text) => [...text.matchAll(/\son[a-z]+="([^"]*)"/g)].map((match) => match[1]!))
    expect(handlers.length).toBeGreaterThan(0)
    for (const handler of handlers) {
      const hash = `'sha256-${createHash('sha256').update(handler).digest('base64')}'`
      expect(article.get('script-src'), handler).toEqual(expect.arrayContaining(["'unsafe-hashes'", hash]))
    }
    // The search page runs its own script file and Pagefind's WebAssembly on the page; nothing inline.
    const search = csp('/tim-kiem/index.html').get('script-src')
    expect(search).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]))
    expect(search).not.toContain("'unsafe-inline'")
    expect(csp('/pagefind/0/pagefind-worker.js').get('script-src')).toContain("'wasm-unsafe-eval'")
    // Unit widgets are made to be framed by other sites.
    expect(csp('/nhung/don-vi/phuong-a/index.html').get('frame-ancestors')).toEqual(['*'])
    // The form pages' own scripts (files, not inline) may call the CMS's endpoints (connect-src falls back to
    // default-src 'self') and their form may post to them.
    for (const formPage of ['/gop-y/index.html', '/dang-ky-nhan-tin/index.html']) {
      const policy = csp(formPage)
      expect(policy.get('connect-src') ?? policy.get('default-src'), formPage).toEqual(["'self'"])
      expect(policy.get('form-action'), formPage).toEqual(["'self'"])
      expect(policy.get('script-src'), formPage).not.toContain("'unsafe-inline'")
    }
  })
})

describe('images', () => {
  const appDockerfile = read('deploy/app.Dockerfile')
  const instructions = appDockerfile
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))

  it('pin every base image to a version', () => {
    const bases = readdirSync(path.join(root, 'deploy'))
      .filter((file) => file.endsWith('.Dockerfile'))
      .flatMap((file) => [...read(`deploy/${file}`).matchAll(/^FROM\s+(\S+)/gm)].map((match) => match[1]!))
    expect(bases).toHaveLength(2)
    for (const image of bases) expect(image, image).toMatch(/^[\w./-]+:\d+\.\d+\.\d+(-[\w.-]+)?$/)
    expect(bases).toContainEqual(expect.stringMatching(/^node:22\.\d+\.\d+-bookworm-slim$/))
  })

  it('install everything, build the CMS with placeholder settings, and start it in production mode', () => {
    const index = (pattern: RegExp) => instructions.findIndex((line) => pattern.test(line))
    const install = index(/^RUN npm ci\b/)
    const build = index(/^RUN .*\bnpm run build -w cms\b/)
    const production = index(/^ENV NODE_ENV=production$/)
    expect(install).toBeGreaterThan(-1)
    // NODE_ENV=production before `npm ci` would leave out the devDependencies the build needs.
    expect(build).toBeGreaterThan(install)
    expect(production).toBeGreaterThan(build)
    const buildEnv = instructions[build]!
    expect(buildEnv).toMatch(/DATABASE_URL=postgres:\/\/\S+/)
    expect(buildEnv.match(/PAYLOAD_SECRET=(\S+)/)?.[1]?.length).toBeGreaterThanOrEqual(32)
    expect(instructions.at(-1)).toBe('CMD ["npm", "run", "start", "-w", "cms"]')
    // The builder service runs a script of the root package.
    expect(services.builder!.command).toEqual(['npm', 'run', 'builder'])
    expect(JSON.parse(read('package.json')).scripts.builder).toBeDefined()
  })

  it('never copy local dependencies, data or secrets into the build context', () => {
    const ignored = read('.dockerignore').split('\n')
    for (const entry of ['**/node_modules', '.git', '.data', '.tmp', '.env', '.env.*']) expect(ignored, entry).toContain(entry)
  })
})
