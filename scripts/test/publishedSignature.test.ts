import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lexicalBody } from '../../cms/test/support/lexicalBody'
import { serveRest } from '../../cms/test/support/restServer'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { freePort } from '../src/process/ports'
import { publishedSignature } from '../src/site/publishedSignature'

let cms: TestCms
let server: { close: () => Promise<void> }
let cmsUrl: string
let areaId: number

beforeAll(async () => {
  const port = await freePort()
  cmsUrl = `http://127.0.0.1:${port}`
  cms = await startTestCms({ publicUrl: cmsUrl })
  server = await serveRest(cms, port)
  areaId = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách tài chính công' } })).id
})

afterAll(async () => {
  await server?.close()
  await cms?.stop()
})

describe('what npm start watches to rebuild the site', () => {
  it('changes on publish, edit, unpublish and delete, and not on a draft', async () => {
    const signatures = [await publishedSignature(cmsUrl)]
    const next = async () => {
      signatures.push(await publishedSignature(cmsUrl))
      return signatures.at(-1) !== signatures.at(-2)
    }

    const article = await cms.payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Tin nháp', body: lexicalBody('x'), reformAreas: [areaId], _status: 'draft' },
    })
    expect(await next()).toBe(false)

    await cms.payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(await next()).toBe(true)

    await cms.payload.update({ collection: 'articles', id: article.id, data: { title: 'Tin đã sửa' } })
    expect(await next()).toBe(true)

    await cms.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    expect(await next()).toBe(true)

    await cms.payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    await next()
    await cms.payload.delete({ collection: 'articles', id: article.id })
    expect(await next()).toBe(true)
  })
})
