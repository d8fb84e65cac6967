import { mkdtemp, rm, writeFile, readdir } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { scheduleDailyBackups } from '../src/backup/dailyBackups'
import { readStartConfig } from '../src/config'
import { assertDataDirMajor, startEmbeddedPostgres } from '../src/database/embeddedPostgres'
import { openDatabase } from '../src/database/openDatabase'
import { assertPortFree, freePort } from '../src/process/ports'

const cleanups: Array<() => Promise<unknown>> = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()))
})

async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'reform-startup-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

describe('a port already in use', () => {
  it('is refused with the setting to change', async () => {
    const port = await freePort()
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(port, '0.0.0.0', resolve))
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)))
    await expect(assertPortFree(port, 'CMS_PORT', 'the CMS')).rejects.toThrow(`Port ${port} is already in use, so the CMS cannot start there.`)
    await expect(assertPortFree(port, 'CMS_PORT', 'the CMS')).rejects.toThrow('CMS_PORT=<port>')
  })

  it('stops the embedded database before it touches its folder', async () => {
    const port = await freePort()
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(port, '0.0.0.0', resolve))
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)))
    const dataDir = path.join(await tempDir(), 'postgres')
    await expect(startEmbeddedPostgres({ dataDir, port, database: 'reform' })).rejects.toThrow('EMBEDDED_DB_PORT')
    await expect(readdir(dataDir)).rejects.toThrow()
  })
})

describe('a database folder from another PostgreSQL major', () => {
  it('is refused with what to do, and left as it was', async () => {
    const dataDir = await tempDir()
    await writeFile(path.join(dataDir, 'PG_VERSION'), '18\n')
    expect(() => assertDataDirMajor(dataDir)).toThrow(/created by PostgreSQL 18, but this project runs PostgreSQL 17/)
    expect(() => assertDataDirMajor(dataDir)).toThrow(/pg_dump/)
    await expect(startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'reform' })).rejects.toThrow('PostgreSQL 18')
    expect(await readdir(dataDir)).toEqual(['PG_VERSION'])
  })

  it('accepts a PostgreSQL 17 folder and a new one', async () => {
    const dataDir = await tempDir()
    expect(() => assertDataDirMajor(dataDir)).not.toThrow()
    await writeFile(path.join(dataDir, 'PG_VERSION'), '17\n')
    expect(() => assertDataDirMajor(dataDir)).not.toThrow()
  })
})

describe('start configuration', () => {
  it('uses the embedded defaults', () => {
    const config = readStartConfig({})
    expect(config.cmsPort).toBe(3000)
    expect(config.sitePort).toBe(4321)
    expect(config.externalDatabaseUrl).toBeUndefined()
    expect(config.siteUrl).toBe('http://localhost:4321')
  })

  it('uses DATABASE_URL when set', () => {
    expect(readStartConfig({ DATABASE_URL: 'postgres://u:p@db:5432/cchc' }).externalDatabaseUrl).toBe('postgres://u:p@db:5432/cchc')
  })

  it('refuses a port that is not a number', () => {
    expect(() => readStartConfig({ CMS_PORT: 'abc' })).toThrow('CMS_PORT=abc is not a port number')
  })
})

describe('DATABASE_URL', () => {
  it('is used as it is, and nothing is started', async () => {
    const dataDir = await tempDir()
    const config = readStartConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1:1/cchc', DATA_DIR: dataDir })
    const database = await openDatabase(config, () => {})
    expect(database).toMatchObject({ url: 'postgres://u:p@127.0.0.1:1/cchc', embedded: false })
    expect(await readdir(dataDir)).toEqual([])
    await database.stop()
  })
})

describe('daily backups', () => {
  it('are off unless BACKUP_DAILY_AT is set, and keep 7 archives unless told', () => {
    const config = readStartConfig({ DATA_DIR: '/srv/cchc' })
    expect(config.backupDailyAt).toBeUndefined()
    expect(config.backupKeep).toBe(7)
    expect(config.backupDir).toBe('/srv/cchc/backups')
    expect(readStartConfig({ BACKUP_DAILY_AT: '2:30', BACKUP_KEEP: '14', BACKUP_DIR: '/mnt/sao-luu' })).toMatchObject({
      backupDailyAt: { hour: 2, minute: 30 },
      backupKeep: 14,
      backupDir: '/mnt/sao-luu',
    })
  })

  it('refuse a time or a count that is not one, saying how to write it', () => {
    expect(() => readStartConfig({ BACKUP_DAILY_AT: '2h30' })).toThrow('BACKUP_DAILY_AT=2h30 is not a time of day: write it as HH:MM (24-hour, Vietnam time)')
    expect(() => readStartConfig({ BACKUP_DAILY_AT: '24:00' })).toThrow('BACKUP_DAILY_AT=24:00')
    expect(() => readStartConfig({ BACKUP_KEEP: '0' })).toThrow('BACKUP_KEEP=0 must be a whole number, at least 1.')
  })

  it('run at that time in Vietnam, whatever the server clock says', () => {
    const lines: string[] = []
    const schedule = scheduleDailyBackups(readStartConfig({ BACKUP_DAILY_AT: '02:30', DATA_DIR: '/srv/cchc' }), process.env, (line) => lines.push(line))
    schedule!.stop()
    // 02:30 in Vietnam (UTC+7) is 19:30 UTC the day before.
    expect(lines[0]).toMatch(/^Daily backup at 02:30 \(Vietnam time\) into \/srv\/cchc\/backups, the newest 7 kept; next \d{4}-\d\d-\d\dT19:30:00\.000Z\.$/)
    expect(scheduleDailyBackups(readStartConfig({}), process.env, (line) => lines.push(line))).toBeUndefined()
  })
})
