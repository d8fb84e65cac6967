import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from 'cheerio'
import type { GeneratePreviewURL, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signPreview } from '../../cms/src/preview/previewSignature'
import { lexicalBody } from '../../cms/test/support/lexicalBody'
import { serveRest } from '../../cms/test/support/restServer'
import { createStaff, type StaffMember } from '../../cms/test/support/staff'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { freePort } from '../../scripts/src/process/ports'
import { startPreviewServer } from './support/previewServer'

const DRAFT_TITLE = 'Dự thảo: xã Yên Phong thí điểm một cửa không giấy'

let cms: TestCms
let server: { close: () => Promise<void> }
let preview: Awaited<ReturnType<typeof startPreviewServer>>
let editor: StaffMember
let admin: StaffMember
let contributor: StaffMember
let draftId: number
let cacheDir: string

/** What a browser signed in to the admin sends to the preview server (same site, other port). */
const session = (member: StaffMember) => ({ cookie: `payload-token=${member.token}`, 'sec-fetch-site': 'same-site' })

/** The link the admin's "Preview" button opens for `member`, as Payload computes it. */
async function previewLinkFor(member: StaffMember, id: number): Promise<string> {
  const generate = cms.payload.collections.articles.config.admin.preview as GeneratePreviewURL
  const doc = await cms.payload.findByID({ collection: 'articles', id, draft: true })
  const req = { payload: cms.payload, user: member.user } as unknown as PayloadRequest
  return (await generate(doc as unknown as Record<string, unknown>, { req, token: null, locale: 'vi' }))!
}

beforeAll(async () => {
  const cmsPort = await freePort()
  const previewPort = await freePort()
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  process.env.PREVIEW_URL = `http://127.0.0.1:${previewPort}`
  cms = await startTestCms({ publicUrl: cmsUrl })
  server = await serveRest(cms, cmsPort)
  editor = await createStaff(cms, 'editor')
  admin = await createStaff(cms, 'admin')
  const otherUnit = await cms.payload.create({ collection: 'units', data: { name: 'Phường Khác', type: 'ward' } })
  contributor = await createStaff(cms, 'contributor', { unit: otherUnit.id })
  const area = await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính', order: 1 } })
  await cms.payload.create({
    collection: 'articles',
    data: { title: 'Tin đã công khai', body: lexicalBody('Nội dung.'), reformAreas: [area.id], _status: 'published' },
  })
  const draft = await cms.payload.create({
    collection: 'articles',
    draft: true,
    data: { title: DRAFT_TITLE, body: lexicalBody('Nội dung chưa duyệt.'), reformAreas: [area.id], _status: 'draft' },
  })
  draftId = draft.id
  cacheDir = await mkdtemp(path.join(tmpdir(), 'reform-preview-cache-'))
  preview = await startPreviewServer({ cmsUrl, port: previewPort, cacheDir })
})

afterAll(async () => {
  await preview?.stop()
  await server?.close()
  await cms?.stop()
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true })
})

describe('draft preview', () => {
  it("shows an editor's draft as the article page, marked as a preview and never indexed, from the admin's signed link", async () => {
    const link = await previewLinkFor(editor, draftId)
    expect(link.startsWith(`${preview.url}/xem-truoc/articles/${draftId}/?`)).toBe(true)
    const response = await fetch(link)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const $ = load(await response.text())
    expect($('h1').text()).toBe(DRAFT_TITLE)
    expect($('.article__body').text()).toContain('Nội dung chưa duyệt.')
    expect($('.preview-banner').text()).toContain('Bản xem trước')
    expect($('meta[name="robots"]').attr('content')).toBe('noindex')
    expect($('link[rel="canonical"]')).toHaveLength(0)
  })

  it('shows the draft to a signed-in member of staff without a signed link (the admin session cookie)', async () => {
    const response = await fetch(`${preview.url}/xem-truoc/articles/${draftId}/`, { headers: session(editor) })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(DRAFT_TITLE)
  })

  it('previews a draft bulletin issue with the issue page', async () => {
    const bulletin = await cms.payload.create({
      collection: 'bulletins',
      draft: true,
      data: { issueDate: '2026-11-20T03:00:00.000Z', _status: 'draft' } as never,
    })
    const response = await fetch(`${preview.url}/xem-truoc/bulletins/${bulletin.id}/`, { headers: session(editor) })
    expect(response.status).toBe(200)
    const $ = load(await response.text())
    expect($('.bulletin__masthead').text()).toContain(`Số ${bulletin.number}/2026`)
    expect($('.preview-banner')).toHaveLength(1)
  })

  it('refuses anonymous, tampered, expired, other-user and cross-document requests without showing the draft', async () => {
    const link = new URL(await previewLinkFor(editor, draftId))
    const expired = signPreview(cms.payload.secret, 'articles', draftId, editor.id, Date.now() - 60 * 60 * 1000)
    const otherUser = new URLSearchParams(link.search)
    otherUser.set('user', String(admin.id))
    const tampered = new URLSearchParams(link.search)
    tampered.set('signature', `${tampered.get('signature')!.slice(0, -2)}xx`)
    const otherDocument = `${preview.url}/xem-truoc/articles/${draftId + 1}/${link.search}`
    for (const url of [
      `${preview.url}/xem-truoc/articles/${draftId}/`,
      `${preview.url}/xem-truoc/articles/${draftId}/?${tampered}`,
      `${preview.url}/xem-truoc/articles/${draftId}/?${expired}`,
      `${preview.url}/xem-truoc/articles/${draftId}/?${otherUser}`,
      otherDocument,
    ]) {
      const response = await fetch(url)
      const text = await response.text()
      expect(response.status, url).toBe(401)
      expect(text).not.toContain(DRAFT_TITLE)
      expect(text).toContain('Liên kết xem trước không hợp lệ hoặc đã hết hạn')
    }
    // A session cookie sent along by another site's page is not a signed-in visit.
    const crossSite = await fetch(`${preview.url}/xem-truoc/articles/${draftId}/`, { headers: { ...session(editor), 'sec-fetch-site': 'cross-site' } })
    expect([401, 403]).toContain(crossSite.status)
    expect(await crossSite.text()).not.toContain(DRAFT_TITLE)
    const api = await cms.get(`/api/preview/articles/${draftId}`)
    expect(api.status).toBe(401)
    expect(await api.text()).not.toContain(DRAFT_TITLE)
  })

  it("does not show a unit contributor another unit's draft, even through a signed link made for them", async () => {
    const response = await fetch(await previewLinkFor(contributor, draftId))
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain(DRAFT_TITLE)
  })

  it("serves the project's source and Vite's tools to nobody but a browser just shown a draft, and opens no editor", async () => {
    const siteDir = path.resolve(import.meta.dirname, '..')
    const probes = [
      `/@fs${siteDir}/astro.config.mjs`,
      `/@fs${siteDir}/`,
      '/src/lib/content.ts',
      '/src/preview/previewGrant.ts',
      '/integrations/draftPreview.ts',
      '/@vite/client',
      '/node_modules/.vite/deps/',
      '/package.json',
      '/tin-tuc/',
      '/__open-in-editor?file=astro.config.mjs',
    ]
    for (const probe of probes) {
      const response = await fetch(`${preview.url}${probe}`)
      expect(response.status, probe).toBe(404)
      expect(await response.text(), probe).not.toMatch(/import |defineConfig|createHmac/)
    }
    // A refused preview grants nothing.
    const refused = await fetch(`${preview.url}/xem-truoc/articles/${draftId}/`)
    expect(refused.status).toBe(401)
    expect(refused.headers.get('set-cookie')).toBeNull()

    // The draft's page, shown to a signed link: its browser then loads the page's modules and styles.
    const page = await fetch(await previewLinkFor(editor, draftId))
    expect(page.status).toBe(200)
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!
    const $ = load(await page.text())
    const assets = [
      ...$('script[type=module][src]')
        .map((_, script) => $(script).attr('src'))
        .get(),
      ...$('link[rel=stylesheet]')
        .map((_, link) => $(link).attr('href'))
        .get(),
    ]
    expect(assets).toContain('/@vite/client')
    for (const asset of assets.filter((url) => url.startsWith('/'))) expect((await fetch(`${preview.url}${asset}`, { headers: { cookie } })).status, asset).toBe(200)
    expect((await fetch(`${preview.url}/__open-in-editor?file=astro.config.mjs`, { headers: { cookie } })).status).toBe(404)
    // Another value, or none, is no grant.
    expect((await fetch(`${preview.url}/@vite/client`, { headers: { cookie: `${cookie.split('.')[0]}.xyz` } })).status).toBe(404)
  })

  it('does not serve the data folder (database, generated secret) through the dev server, even to a browser shown a draft', async () => {
    const probe = path.resolve(import.meta.dirname, '../../.data/preview-probe-secret')
    await mkdir(path.dirname(probe), { recursive: true })
    await writeFile(probe, 'do-not-serve')
    try {
      const page = await fetch(`${preview.url}/xem-truoc/articles/${draftId}/`, { headers: session(editor) })
      const cookie = page.headers.get('set-cookie')!.split(';')[0]!
      const response = await fetch(`${preview.url}/@fs${probe}`, { headers: { cookie } })
      expect(response.status).toBe(403)
      expect(await response.text()).not.toContain('do-not-serve')
    } finally {
      await rm(probe, { force: true })
    }
  })

  it('gives no preview link to a request without a signed-in member of staff', async () => {
    const generate = cms.payload.collections.articles.config.admin.preview as GeneratePreviewURL
    const req = { payload: cms.payload, user: null } as unknown as PayloadRequest
    expect(await generate({ id: draftId }, { req, token: null, locale: 'vi' })).toBeNull()
  })
})
