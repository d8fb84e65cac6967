import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queueSiteBuild } from '@reform/cms/queueSiteBuild'
import type { PublishSite } from '../../cms/src/createConfig'
import { lexicalBody } from '../../cms/test/support/lexicalBody'
import { serveRest } from '../../cms/test/support/restServer'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { freePort } from '../../scripts/src/process/ports'
import { publishSiteWithRenderer } from '../src/publishSite'
import { runSiteJobs } from '../src/jobLoop'
import { liveRelease } from '../src/releases/releases'

// The incremental build re-renders only the pages whose inputs changed, on the promise that a page
// takes all its data through its props. This holds the promise to account: a scripted run of
// edits through incremental builds must leave exactly what one full build from nothing makes.

const SITE_URL = 'https://cchc.example.gov.vn'

type Builder = ReturnType<typeof publishSiteWithRenderer> & { releasesDir: string }

let cms: TestCms
let server: { close: () => Promise<void> }
let cmsUrl: string
const work: string[] = []
const builders: Builder[] = []
let current: Builder

async function builder(): Promise<Builder> {
  const [releasesDir, cacheDir] = await Promise.all(['reform-releases-', 'reform-site-cache-'].map((prefix) => mkdtemp(path.join(tmpdir(), prefix))))
  work.push(releasesDir!, cacheDir!)
  const made = Object.assign(publishSiteWithRenderer({ cmsUrl, siteUrl: SITE_URL, releasesDir: releasesDir!, cacheDir: cacheDir! }), { releasesDir: releasesDir! })
  builders.push(made)
  return made
}

/** What the builder process does: runs `site` jobs (builds and their print-file follow-ups) until none is queued. */
const runQueuedBuilds = async () => {
  await runSiteJobs(cms.payload, {
    pollMs: 200,
    done: async () => (await cms.payload.count({ collection: 'site-builds', where: { status: { in: ['queued', 'running'] } } })).totalDocs === 0,
  })
  const failed = await cms.payload.find({ collection: 'site-builds', where: { status: { equals: 'failed' } }, depth: 0 })
  expect(failed.docs.map((build) => build.log)).toEqual([])
}

/** Every file of the live release, relative path → content, with the times of the build itself left out. */
async function liveFiles(releasesDir: string): Promise<Map<string, string>> {
  const root = (await liveRelease(releasesDir))!
  const files = new Map<string, string>()
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(root, file)
    const content = (await readFile(file)).toString('latin1')
    files.set(relative, content.replace(/<(lastBuildDate|dateCreated)>[^<]*<\/\1>/g, '<$1/>'))
  }
  return files
}

beforeAll(async () => {
  const port = await freePort()
  cmsUrl = `http://127.0.0.1:${port}`
  current = await builder()
  const publishSite: PublishSite = (log) => current(log)
  cms = await startTestCms({ publicUrl: cmsUrl, publishSite })
  server = await serveRest(cms, port)
})

afterAll(async () => {
  await server?.close()
  for (const made of builders) await made.stop()
  await cms?.stop()
  await Promise.all(work.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('an incremental build', () => {
  it('leaves, after publishes (one imported, with its old links), edits, an unpublish, a delete, a unit merge, a renamed area and a bulletin, the same site as a full build from nothing', async () => {
    const { payload } = cms
    const area = await payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính', order: 1 } })
    const otherArea = await payload.create({ collection: 'reform-areas', data: { name: 'Chuyển đổi số', order: 2 } })
    const province = await payload.create({ collection: 'units', data: { name: 'Tỉnh Sơn Hà', type: 'province' } })
    const [keeps, merged] = await Promise.all(
      ['Xã Yên Bình', 'Xã Yên Hòa'].map((name) => payload.create({ collection: 'units', data: { name, type: 'commune', parent: province.id } })),
    )
    const oldPortal = (itemId: string, path: string) => ({ system: 'wordpress', site: 'https://cu.example.gov.vn', itemId, url: `https://cu.example.gov.vn/${path}` })
    const article = (title: string, extra: Record<string, unknown> = {}) =>
      payload.create({
        collection: 'articles',
        data: { title, summary: `Tóm tắt: ${title}`, body: lexicalBody(`Nội dung: ${title}.`), reformAreas: [area.id], _status: 'published', ...extra } as never,
      })
    const first = await article('Một cửa liên thông cấp xã', { units: [keeps!.id] })
    const second = await article('Chi trả không dùng tiền mặt', { units: [merged!.id], reformAreas: [otherArea.id] })
    // Imported from an old portal: its old page file and ?p= lead to it until it is unpublished.
    const third = await article('Dịch vụ công trực tuyến toàn trình', { importSource: oldPortal('7', '2018/dich-vu-cong.html') })
    await runQueuedBuilds()
    expect((await liveFiles(current.releasesDir)).get('2018/dich-vu-cong.html')).toContain(`url=/tin-tuc/${third.slug}/`)

    const steps: Array<[string, () => Promise<unknown>]> = [
      ['publish an imported article', () => article('Số hóa hồ sơ đất đai', { units: [merged!.id], importSource: oldPortal('42', '2019/05/so-hoa/') })],
      ['edit a title', () => payload.update({ collection: 'articles', id: first.id, data: { title: 'Một cửa liên thông cấp xã, sau một năm' } })],
      ['unpublish an article', () => payload.update({ collection: 'articles', id: third.id, data: { _status: 'draft' } })],
      ['delete an article', () => payload.delete({ collection: 'articles', id: third.id })],
      ['merge a unit', () => payload.update({ collection: 'units', id: merged!.id, data: { dissolvedAt: '2026-07-01T00:00:00.000Z', mergedInto: keeps!.id } as never })],
      ['rename a reform area', () => payload.update({ collection: 'reform-areas', id: otherArea.id, data: { name: 'Chuyển đổi số và dữ liệu' } })],
      [
        'publish a bulletin',
        () =>
          payload.create({
            collection: 'bulletins',
            data: { issueDate: '2026-12-03T03:00:00.000Z', sections: [{ heading: 'Tin nổi bật', articles: [first.id, second.id] }], _status: 'published' } as never,
          }),
      ],
    ]
    for (const [, step] of steps) {
      await step()
      await runQueuedBuilds()
    }
    const incremental = await liveFiles(current.releasesDir)
    expect(incremental.has('2019/05/so-hoa/index.html')).toBe(true)
    expect(incremental.has('2018/dich-vu-cong.html')).toBe(false)

    current = await builder()
    await queueSiteBuild(await createLocalReq({}, payload), 'Dựng lại toàn bộ để so sánh')
    await runQueuedBuilds()
    const full = await liveFiles(current.releasesDir)

    expect([...incremental.keys()].sort()).toEqual([...full.keys()].sort())
    const differing = [...full.keys()].filter((file) => incremental.get(file) !== full.get(file)).sort()
    expect(differing).toEqual([])
  }, 900_000)
})
