import { execFile, type ExecFileException } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Payload } from 'payload'
import { create as createTar, extract } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePayload } from '@reform/cms/closePayload'
import { LOADING_EXISTING_CONTENT } from '@reform/cms/mailAlerts'
import { migrations } from '../../cms/src/migrations'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { createTestDatabase, sql } from '../../cms/test/support/testDatabase'
import { describeFile, listFiles } from '../src/backup/archiveFiles'
import { scheduleDailyBackups } from '../src/backup/dailyBackups'
import { createBackup } from '../src/backup/createBackup'
import { loadTables } from '../src/backup/loadTables'
import type { Manifest } from '../src/backup/manifest'
import { pruneBackups } from '../src/backup/pruneBackups'
import { restoreBackup } from '../src/backup/restoreBackup'
import { loadOrder } from '../src/backup/tableOrder'
import { markdownToLexical } from '../src/cms/markdownToLexical'
import { readStartConfig, repoRoot } from '../src/config'
import { openDatabase } from '../src/database/openDatabase'
import { freePort } from '../src/process/ports'
import { seedSampleContent } from '../src/seed/seedSampleContent'

const EDITOR = { email: 'bien-tap@example.gov.vn', password: 'mat-khau-bien-tap-dai' }
const RACE = 'Written during the backup'
/** What a test CMS puts in the environment; the commands under test get only what each test gives them. */
const CMS_VARIABLES = ['DATABASE_URL', 'PAYLOAD_SECRET', 'MEDIA_DIR', 'CMS_PUBLIC_URL', 'SMTP_URL', 'JOBS_AUTORUN', 'BACKUP_DIR', 'DATA_DIR']

let cms: TestCms
let work: string
let archive: string
let manifest: Manifest
const cleanups: Array<() => Promise<unknown>> = []

/** An operator's shell: this one without the test CMS's settings, plus `env`. */
function operatorEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !CMS_VARIABLES.includes(name))) as NodeJS.ProcessEnv
  return { ...inherited, PATH: `${repoRoot}/node_modules/.bin:${process.env.PATH}`, ...env }
}

/** `npm run <script>` as an operator runs it, in a process of its own. */
function run(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      [path.join(repoRoot, `scripts/src/${script}.ts`), ...args],
      { cwd: repoRoot, encoding: 'utf8', env: operatorEnv(env) },
      (error: ExecFileException | null, stdout: string, stderr: string) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    )
  })
}

/** A fresh data folder for the embedded PostgreSQL, on free ports. */
async function emptyTarget(name: string) {
  return { DATA_DIR: path.join(work, name), EMBEDDED_DB_PORT: String(await freePort()), CMS_PORT: String(await freePort()) }
}

/** The rows of one table in an unpacked archive, by column name. */
function archivedRows(unpacked: string, table: string): Array<Record<string, string>> {
  const { columns } = manifest.tables.find((entry) => entry.name === table)!
  return readFileSync(path.join(unpacked, 'database', `${table}.copy`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => Object.fromEntries(line.split('\t').map((value, index) => [columns[index], value])))
}

async function checksums(dir: string): Promise<Record<string, string>> {
  const files = await listFiles(dir)
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, (await describeFile(dir, file)).sha256])))
}

async function rowCount(databaseUrl: string, table: string, schema = 'public'): Promise<number> {
  return Number((await sql(databaseUrl, `SELECT count(*) FROM "${schema}"."${table}"`)).rows[0].count)
}

/** The project's Payload on a restored database, beside the test CMS's own. */
async function payloadOn(databaseUrl: string, mediaDir: string): Promise<Payload> {
  const previous = { DATABASE_URL: process.env.DATABASE_URL, MEDIA_DIR: process.env.MEDIA_DIR }
  Object.assign(process.env, { DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir })
  try {
    const [{ createConfig }, { getPayload }] = await Promise.all([import('../../cms/src/createConfig'), import('payload')])
    return await getPayload({ config: createConfig(), key: databaseUrl })
  } finally {
    Object.assign(process.env, previous)
  }
}

beforeAll(async () => {
  cms = await startTestCms()
  await seedSampleContent(cms.payload)
  await cms.payload.create({ collection: 'users', data: { ...EDITOR, role: 'editor', name: 'Biên tập viên' } })
  await cms.payload.create({ collection: 'users', data: { email: 'quan-tri@example.gov.vn', password: 'mat-khau-quan-tri-dai', role: 'admin' } })
  work = await mkdtemp(path.join(tmpdir(), 'reform-backup-'))
  archive = path.join(work, 'source-backups', 'during-writes.tar.gz')
})

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
  await cms?.stop()
  await rm(work, { recursive: true, force: true })
})

describe('npm run backup', () => {
  it('archives one consistent moment while editors keep writing', async () => {
    const areas = (await cms.payload.find({ collection: 'reform-areas', limit: 4, sort: 'id' })).docs.map((area) => area.id)
    const unit = (await cms.payload.find({ collection: 'units', limit: 1 })).docs[0]!.id
    const lexical = await markdownToLexical(cms.payload)
    // Each create and update writes the article, its relation rows and a version in one transaction.
    const writes: number[] = []
    let writing = true
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        const article = await cms.payload.create({
          collection: 'articles',
          context: LOADING_EXISTING_CONTENT,
          data: {
            title: `${RACE} ${n}`,
            summary: 'Bài viết trong lúc sao lưu.',
            body: lexical('Nội dung.'),
            reformAreas: [areas[0]!, areas[1]!],
            units: [unit],
            authorName: 'Thu Hà',
            kind: 'news',
            publishedAt: new Date().toISOString(),
            _status: 'published',
          },
        })
        writes.push(performance.now())
        await cms.payload.update({ collection: 'articles', id: article.id, context: LOADING_EXISTING_CONTENT, data: { reformAreas: [areas[2]!, areas[3]!] } })
        writes.push(performance.now())
      }
    })()
    while (writes.length < 4) await sleep(10)
    const articlesBefore = await rowCount(cms.databaseUrl, 'articles')

    const started = performance.now()
    const result = await createBackup({ env: { ...process.env, DATA_DIR: path.join(work, 'source') }, out: archive })
    const finished = performance.now()
    const awaited = writes.length + 4
    while (writes.length < awaited) await sleep(10)
    writing = false
    await writer
    const articlesAfter = await rowCount(cms.databaseUrl, 'articles')
    manifest = result.manifest
    console.log(`backup of the seeded CMS: ${result.seconds.toFixed(2)} s, ${result.bytes} bytes`)

    expect(writes.filter((at) => at > started && at < finished).length, 'writes committed while the backup ran').toBeGreaterThan(0)
    expect(manifest.collections.articles).toBeGreaterThanOrEqual(articlesBefore)
    expect(manifest.collections.articles).toBeLessThan(articlesAfter)
    expect(manifest.collections).toMatchObject({ users: 2, media: 4, bulletins: 10, feedback: 4 })
    expect(manifest.migrations).toEqual(migrations.map((migration) => migration.name))
    expect(manifest.postgres.serverVersion).toMatch(/^17\./)
    expect((await stat(archive)).mode & 0o777).toBe(0o600)

    const unpacked = path.join(work, 'unpacked')
    await mkdir(unpacked)
    await extract({ file: archive, cwd: unpacked })
    for (const table of manifest.tables) expect(archivedRows(unpacked, table.name).length, table.name).toBe(table.rows)
    // One moment: each archived article has exactly the relation rows it had then (two areas, one unit)…
    const articles = archivedRows(unpacked, 'articles')
    const relations = archivedRows(unpacked, 'articles_rels')
    const ids = new Set(articles.map((article) => article.id))
    expect(relations.every((relation) => ids.has(relation.parent_id!))).toBe(true)
    const raced = articles.filter((article) => article.title!.startsWith(RACE))
    expect(raced.length).toBeGreaterThan(0)
    const versions = archivedRows(unpacked, '_articles_v')
    for (const article of raced) {
      const own = relations.filter((relation) => relation.parent_id === article.id)
      expect(own).toHaveLength(3)
      // and its versions: one from the create, a second once the update is in.
      const updated = own.some((relation) => relation.reform_areas_id === String(areas[2]))
      expect(versions.filter((version) => version.parent_id === article.id)).toHaveLength(updated ? 2 : 1)
    }
    // The media files, byte for byte, and the secret.
    expect(await checksums(path.join(unpacked, 'media'))).toEqual(await checksums(process.env.MEDIA_DIR!))
    expect(manifest.media).toMatchObject({ files: (await listFiles(process.env.MEDIA_DIR!)).length, missing: [] })
    expect(await readFile(path.join(unpacked, 'payload-secret'), 'utf8')).toBe(process.env.PAYLOAD_SECRET)
    expect(JSON.parse(await readFile(path.join(path.dirname(archive), 'last-backup.json'), 'utf8'))).toEqual({
      file: archive,
      createdAt: manifest.createdAt,
      bytes: result.bytes,
      counts: manifest.collections,
    })
  })

  it('keeps only the newest archives when asked', async () => {
    const dir = await mkdtemp(path.join(work, 'prune-'))
    const names = ['reform-news-20261201-020000.tar.gz', 'reform-news-20261203-020000.tar.gz', 'reform-news-20261202-020000.tar.gz']
    for (const name of [...names, 'my-own-copy.tar.gz', 'last-backup.json']) await writeFile(path.join(dir, name), '')
    expect(await pruneBackups(dir, 2)).toEqual(['reform-news-20261201-020000.tar.gz'])
    expect((await readdir(dir)).sort()).toEqual(['last-backup.json', 'my-own-copy.tar.gz', names[2], names[1]])
  })
})

describe('npm run restore', () => {
  it('brings the archive back into an empty data folder: same rows, files, logins, and new documents get new ids', async () => {
    const target = await emptyTarget('restored')
    const { code, output } = await run('restore', [archive], target)
    expect(code, output).toBe(0)
    expect(output).toContain('Now run npm start: it serves the restored content and rebuilds the site.')
    console.log(`restore of the seeded CMS (command): ${output.match(/ in ([\d.]+) s/)![1]} s`)

    const config = readStartConfig(target)
    const database = await openDatabase(config, () => {})
    cleanups.push(() => database.stop())
    for (const table of manifest.tables) expect(await rowCount(database.url, table.name), table.name).toBe(table.rows)
    expect(await checksums(config.mediaDir)).toEqual(await checksums(process.env.MEDIA_DIR!))
    expect(await readFile(path.join(config.dataDir, 'payload-secret'), 'utf8')).toBe(process.env.PAYLOAD_SECRET)
    expect((await stat(path.join(config.dataDir, 'payload-secret'))).mode & 0o777).toBe(0o600)

    const restored = await payloadOn(database.url, config.mediaDir)
    cleanups.unshift(() => closePayload(restored))
    const { user, token } = await restored.login({ collection: 'users', data: EDITOR })
    expect(token).toBeTruthy()
    expect(user?.email).toBe(EDITOR.email)
    const highest = Math.max(...(await restored.find({ collection: 'articles', pagination: false, draft: true })).docs.map((doc) => doc.id))
    const article = await restored.create({
      collection: 'articles',
      context: LOADING_EXISTING_CONTENT,
      data: { title: 'After the restore', summary: 'Mới.', authorName: 'Minh Anh', kind: 'news', _status: 'draft' },
      draft: true,
    })
    expect(article.id).toBeGreaterThan(highest)
    await restored.create({ collection: 'units', data: { name: 'Phường Mới', type: 'ward' } })

    // Beside that running database: a restore is refused, a backup uses it.
    await expect(restoreBackup({ archive, config })).rejects.toThrow(/is in use: PostgreSQL .* runs on its database/)
    const backups = path.join(config.dataDir, 'backups')
    await mkdir(backups)
    await writeFile(path.join(backups, 'reform-news-20200101-000000.tar.gz'), 'an old one')
    // The daily backup npm start schedules, run now: the same command, keeping BACKUP_KEEP.
    const lines: string[] = []
    const daily = scheduleDailyBackups(readStartConfig({ ...target, BACKUP_DAILY_AT: '02:30', BACKUP_KEEP: '1' }), operatorEnv(target), (line) => lines.push(line))!
    daily.stop()
    await daily.runNow()
    const dailyOutput = lines.join('\n')
    expect(dailyOutput).not.toContain('the daily backup failed')
    expect(dailyOutput).toMatch(/Backup written: .*reform-news-\d{8}-\d{6}\.tar\.gz/)
    expect(dailyOutput).toContain('Pruned     reform-news-20200101-000000.tar.gz (kept the newest 1)')
    const last = JSON.parse(await readFile(path.join(backups, 'last-backup.json'), 'utf8')) as { file: string; counts: Record<string, number> }
    expect(last.counts.articles).toBe(manifest.collections.articles! + 1)
    expect((await readdir(backups)).sort()).toEqual(['last-backup.json', path.basename(last.file)])
  })

  it('refuses a data folder that holds data, and with --replace moves it aside, backups staying', async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup()
    const target = await emptyTarget('restored')
    const config = readStartConfig(target)
    const before = await readdir(config.dataDir)
    await expect(restoreBackup({ archive, config })).rejects.toThrow(/the target already holds data: a database in .*--replace/s)
    expect(await readdir(config.dataDir)).toEqual(before)

    const [newest] = (await readdir(path.join(config.dataDir, 'backups'))).filter((name) => name.endsWith('.tar.gz'))
    const { code, output } = await run('restore', [path.join(config.dataDir, 'backups', newest!), '--replace'], target)
    expect(code, output).toBe(0)
    const aside = (await readdir(work)).find((name) => name.startsWith('restored.before-restore-'))!
    expect(output).toContain(`the previous data folder is now ${path.join(work, aside)}`)
    expect((await readdir(path.join(work, aside))).sort()).toEqual(['media', 'payload-secret', 'postgres'])
    expect((await readdir(config.dataDir)).sort()).toEqual(['backups', 'media', 'payload-secret', 'postgres'])
    const database = await openDatabase(config, () => {})
    try {
      expect(await rowCount(database.url, 'articles')).toBe(manifest.collections.articles! + 1)
    } finally {
      await database.stop()
    }
  })

  it('restores into the database at DATABASE_URL only over an empty schema, or with --replace keeping the old one aside', async () => {
    const databaseUrl = await createTestDatabase()
    await sql(databaseUrl, 'CREATE TABLE public.earlier_work (id int)')
    const target = { DATA_DIR: path.join(work, 'external'), DATABASE_URL: databaseUrl, CMS_PORT: String(await freePort()) }
    await expect(restoreBackup({ archive, config: readStartConfig(target) })).rejects.toThrow(
      /the target already holds data: the schema public of the database at DATABASE_URL \(1 objects\)/,
    )
    const { code, output } = await run('restore', [archive, '--replace'], target)
    expect(code, output).toBe(0)
    const aside = output.match(/the previous tables are in the schema (public_before_restore_\d{8}_\d{6})/)![1]!
    expect(await rowCount(databaseUrl, 'earlier_work', aside)).toBe(0)
    for (const table of manifest.tables) expect(await rowCount(databaseUrl, table.name), table.name).toBe(table.rows)
  })

  it('refuses a damaged, altered or newer archive and writes nothing', async () => {
    const config = readStartConfig(await emptyTarget('never-written'))
    const refused = async (file: string, message: RegExp) => {
      await expect(restoreBackup({ archive: file, config })).rejects.toThrow(message)
      expect((await readdir(work)).filter((name) => name.startsWith('never-written'))).toEqual([])
    }
    const damaged = path.join(work, 'damaged.tar.gz')
    await copyFile(archive, damaged)
    const bytes = await readFile(damaged)
    bytes[Math.floor(bytes.length / 2)] ^= 0xff
    await writeFile(damaged, bytes)
    await refused(damaged, /cannot be read \(zlib: .*\): it is damaged or incomplete\. Nothing was changed/)

    const repack = async (name: string, change: (dir: string) => Promise<void>) => {
      const dir = await mkdtemp(path.join(work, 'repack-'))
      await extract({ file: archive, cwd: dir })
      await change(dir)
      const file = path.join(work, name)
      await createTar({ cwd: dir, gzip: true, file }, await readdir(dir))
      return file
    }
    const image = manifest.files.find((file) => file.path.startsWith('media/'))!.path
    await refused(
      await repack('altered.tar.gz', (dir) => writeFile(path.join(dir, image), 'not the picture')),
      new RegExp(`${image} does not match its checksum.*Nothing was changed`),
    )
    const newer = { ...manifest, migrations: [...manifest.migrations, '20301231_000000_future'] }
    await refused(
      await repack('newer.tar.gz', (dir) => writeFile(path.join(dir, 'manifest.json'), JSON.stringify(newer))),
      /was made by a newer version of reform-news .*20301231_000000_future.*Nothing was changed/,
    )
  })
})

describe('loading tables in foreign-key order', () => {
  const key = (table: string, references: string) => ({ name: `${table}_${references}_fk`, table, references, definition: '' })

  it('loads parents first and sets aside the keys of a cycle', () => {
    expect(loadOrder(['rels', 'articles', 'users'], [key('rels', 'articles'), key('articles', 'users'), key('users', 'users')])).toEqual({
      order: ['users', 'articles', 'rels'],
      deferred: [],
    })
    const { order, deferred } = loadOrder(['a', 'b', 'c'], [key('a', 'b'), key('b', 'a'), key('c', 'a')])
    expect(order).toHaveLength(3)
    expect(deferred.map((entry) => entry.name).sort()).toEqual(['a_b_fk', 'b_a_fk', 'c_a_fk'])
  })

  it('loads tables that point at each other in one transaction, checking every key', async () => {
    const databaseUrl = await createTestDatabase()
    await sql(
      databaseUrl,
      `CREATE TABLE a (id int PRIMARY KEY, b_id int);
       CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));
       ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id);
       CREATE TABLE c (id serial PRIMARY KEY, parent_id int REFERENCES c (id), a_id int REFERENCES a (id))`,
    )
    const dir = await mkdtemp(path.join(work, 'cycle-'))
    await mkdir(path.join(dir, 'database'))
    const load = async (files: Record<string, string>) => {
      for (const [table, text] of Object.entries(files)) await writeFile(path.join(dir, 'database', `${table}.copy`), text)
      const tables = [
        { name: 'a', columns: ['id', 'b_id'], rows: files.a!.split('\n').length - 1 },
        { name: 'b', columns: ['id', 'a_id'], rows: files.b!.split('\n').length - 1 },
        { name: 'c', columns: ['id', 'parent_id', 'a_id'], rows: files.c!.split('\n').length - 1 },
      ]
      await loadTables(databaseUrl, dir, { tables, sequences: [{ name: 'c_id_seq', lastValue: '7', isCalled: true }] } as unknown as Manifest)
    }
    await load({ a: '1\t1\n2\t\\N\n', b: '1\t2\n', c: '1\t\\N\t1\n2\t1\t2\n' })
    expect((await sql(databaseUrl, 'SELECT count(*) FROM pg_constraint WHERE contype = $1', ['f'])).rows[0].count).toBe('4')
    expect((await sql(databaseUrl, `SELECT nextval('c_id_seq') AS next`)).rows[0].next).toBe('8')

    await expect(load({ a: '1\t1\n', b: '1\t3\n', c: '' })).rejects.toThrow(/violates foreign key constraint/)
    expect((await sql(databaseUrl, 'SELECT count(*) FROM a')).rows[0].count).toBe('2')
  })
})
