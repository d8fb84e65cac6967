import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATE_OUT_OF_RANGE } from '../src/fields/dateRange'
import { UPLOAD_LIMIT_MESSAGES } from '../src/hooks/uploadLimitMessages'
import { createStaff, restAs, type StaffMember } from './support/staff'
import { startTestCms, type TestCms } from './support/testCms'

// Issue 17, "Input and limits" and "Output": what an outside probe got out of the API.

let cms: TestCms
let admin: StaffMember
let chief: StaffMember

beforeAll(async () => {
  cms = await startTestCms()
  admin = await createStaff(cms, 'admin')
  chief = await createStaff(cms, 'editor-in-chief')
})

afterAll(async () => {
  await cms?.stop()
})

describe('versions of collections that keep none', () => {
  it('answer 404, not 500, to a signed-in admin', async () => {
    for (const slug of ['users', 'feedback', 'audit-log', 'site-builds', 'media']) {
      const list = await restAs(cms, admin).get(`/api/${slug}/versions`)
      expect(list.status, slug).toBe(404)
      expect((await restAs(cms, admin).get(`/api/${slug}/versions/1`)).status, slug).toBe(404)
      expect((await restAs(cms, admin).post(`/api/${slug}/versions/1`, {})).status, slug).toBe(404)
    }
    // A collection with versions still lists them.
    expect((await restAs(cms, admin).get('/api/articles/versions')).status).toBe(200)
  })
})

describe('dates out of range', () => {
  const refused = async (response: Response, path: string) => {
    expect(response.status).toBe(400)
    const body = JSON.stringify(await response.json())
    expect(body).toContain(DATE_OUT_OF_RANGE)
    expect(body).toContain(path)
  }

  it('are refused with a 400 and a Vietnamese message, drafts included', async () => {
    for (const publishedAt of ['+275760-09-13T00:00:00.000Z', '0001-01-01', '1899-12-31T00:00:00.000Z', '2101-01-01T00:00:00.000Z']) {
      await refused(await restAs(cms, chief).post('/api/articles?draft=true', { title: 'Bản nháp có ngày lạ', publishedAt }), 'publishedAt')
      await refused(await restAs(cms, chief).post('/api/articles', { title: 'Tin có ngày lạ', publishedAt, _status: 'published' }), 'publishedAt')
    }
    // Another collection's date field, and an update.
    await refused(await restAs(cms, chief).post('/api/documents?draft=true', { title: 'Văn bản', issuedAt: '+275760-09-13T00:00:00.000Z' }), 'issuedAt')
    const draft = (await (await restAs(cms, chief).post('/api/articles?draft=true', { title: 'Bản nháp đúng', publishedAt: '2026-01-01T03:00:00.000Z' })).json()) as {
      doc: { id: number; publishedAt: string }
    }
    expect(draft.doc.publishedAt).toBe('2026-01-01T03:00:00.000Z')
    await refused(await restAs(cms, chief).patch(`/api/articles/${draft.doc.id}?draft=true`, { publishedAt: '0001-01-01' }), 'publishedAt')
  })
})

describe('GraphQL introspection', () => {
  const introspect = () =>
    cms.handle(
      new Request('http://cms.test/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      }),
    )

  it('is refused in production, to anyone', async () => {
    const before = process.env.NODE_ENV
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    try {
      const body = (await (await introspect()).json()) as { data?: unknown; errors?: Array<{ message: string }> }
      expect(body.data).toBeUndefined()
      expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/)
    } finally {
      ;(process.env as Record<string, string | undefined>).NODE_ENV = before
    }
  })
})

describe('uploads over 50 MB', () => {
  const MB = 1024 * 1024
  /** `size` bytes that read as an MP4 (an ISO BMFF `ftyp` box first). */
  const mp4 = (size: number) => {
    const bytes = new Uint8Array(size)
    bytes.set([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypmp42'), 0, 0, 0, 0, ...new TextEncoder().encode('mp42isom')])
    return bytes
  }
  const upload = (slug: string, files: Array<{ name: string; type: string; bytes: Uint8Array<ArrayBuffer> }>) => {
    const form = new FormData()
    for (const file of files) form.append('file', new Blob([file.bytes], { type: file.type }), file.name)
    form.append('_payload', JSON.stringify({ title: 'Tệp thử', alt: 'Ảnh thử' }))
    return cms.handle(new Request(`http://cms.test/api/${slug}`, { method: 'POST', headers: { authorization: `JWT ${chief.token}` }, body: form }))
  }

  it('reach the collection, whose own limit decides: a 60 MB video is taken, a 60 MB image refused in Vietnamese', async () => {
    const video = await upload('videos', [{ name: 'phong-su.mp4', type: 'video/mp4', bytes: mp4(60 * MB) }])
    expect(video.status, JSON.stringify(await video.clone().json())).toBe(201)
    const image = await upload('media', [{ name: 'anh.png', type: 'image/png', bytes: mp4(60 * MB) }])
    expect(image.status).toBe(400)
    expect(JSON.stringify(await image.json())).toMatch(/quá lớn/)
  })

  it("are refused over Payload's own multipart limits with a 413 and a Vietnamese message", async () => {
    const small = { name: 'a.mp4', type: 'video/mp4', bytes: mp4(1024) }
    const response = await upload('videos', [small, small, small, small])
    expect(response.status).toBe(413)
    expect((await response.json()) as unknown).toEqual({ errors: [{ message: UPLOAD_LIMIT_MESSAGES['Multipart limit has been reached'] }] })
  })
})
