import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATE_OUT_OF_RANGE } from '../src/fields/dateRange'
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
    const draft = (await (await restAs(cms, chief).post('/api/articles?draft=true', { title: 'Bản nháp đúng', publishedAt: '2026-01-01T03:00:00.000Z' })).json()) as { doc: { id: number; publishedAt: string } }
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
