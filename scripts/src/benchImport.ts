import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { closePayload } from '@reform/cms/closePayload'
import { runMigrations } from '@reform/cms/runMigrations'
import { DEFAULT_REFORM_AREAS } from '@reform/shared'
import { loadPayload } from './cms/loadPayload'
import { startEmbeddedPostgres } from './database/embeddedPostgres'
import { generatedWxr } from './import/bench/generatedWxr'
import { runImport } from './import/runImport'
import { freePort } from './process/ports'

/**
 * `npm run bench:import [-- --posts 10000 --images 500 --lanes 4]`: a generated WordPress export
 * (posts with paragraphs, links, a table, categories; every twentieth with a featured image that
 * its body also shows) imported with --apply into a database of its own. Prints items per second
 * of the apply phase and the process's peak memory.
 */
const option = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const posts = option('posts', 10_000)
const images = option('images', 500)
const lanes = option('lanes', 4)
const workDir = await mkdtemp(path.join(tmpdir(), 'reform-import-bench-'))
const database = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'postgres'), port: await freePort(), database: 'bench' })
Object.assign(process.env, {
  DATABASE_URL: database.url,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  MEDIA_DIR: path.join(workDir, 'media'),
  JOBS_AUTORUN: 'false',
})

let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200)
const payload = await loadPayload()
try {
  await runMigrations(payload)
  for (const [order, area] of DEFAULT_REFORM_AREAS.entries()) await payload.create({ collection: 'reform-areas', data: { ...area, order: order + 1 } })
  const uploads = path.join(workDir, 'uploads')
  const made = Date.now()
  for (let index = 0; index < images; index++) {
    const file = path.join(uploads, `2020/${String((index % 12) + 1).padStart(2, '0')}/anh-${index}.jpg`)
    await mkdir(path.dirname(file), { recursive: true })
    const shade = (index * 37) % 255
    await writeFile(
      file,
      await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: shade, g: 120, b: 255 - shade } } })
        .jpeg({ quality: 80 })
        .toBuffer(),
    )
  }
  const xmlFile = path.join(workDir, 'export.xml')
  const xml = generatedWxr(posts, images)
  await writeFile(xmlFile, xml)
  console.log(`bench:import: ${posts} posts, ${images} images, WXR ${(xml.length / 1024 / 1024).toFixed(1)} MB, made in ${((Date.now() - made) / 1000).toFixed(1)} s`)
  const options = { kind: 'wordpress', input: xmlFile, uploads, stateDir: path.join(workDir, 'state'), lanes, log: () => {} } as const
  // The dry run writes the mapping file (categories named like the areas map to them); then the import.
  const planStarted = Date.now()
  await runImport(payload, options)
  const planSeconds = (Date.now() - planStarted) / 1000
  const started = Date.now()
  const cpuBefore = process.cpuUsage()
  const summary = await runImport(payload, { ...options, apply: true, log: (line) => (line.startsWith('Done') ? console.log(line) : undefined) })
  const seconds = (Date.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  const written = summary.create + summary.update
  const media = (await payload.count({ collection: 'media' })).totalDocs
  console.log(`dry run (read, plan): ${planSeconds.toFixed(1)} s`)
  console.log(`apply: ${written} articles and ${media} images in ${seconds.toFixed(1)} s = ${(written / seconds).toFixed(1)} items/s (${lanes} lanes)`)
  console.log(
    `CPU of this process while applying: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, ${((cpu.user + cpu.system) / 1000 / Math.max(written, 1)).toFixed(1)} ms an article (PostgreSQL's not counted)`,
  )
  console.log(`peak memory (RSS of this process): ${(Math.max(peakRss, process.memoryUsage().rss) / 1024 / 1024).toFixed(0)} MB`)
} finally {
  clearInterval(sampler)
  await closePayload(payload)
  await database.stop()
  await rm(workDir, { recursive: true, force: true })
}
process.exit(0)
