import { load } from 'cheerio'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { publicAudioSchema } from '@reform/shared'
import { lexicalBody } from '../../cms/test/support/lexicalBody'
import { rejectionMessages } from '../../cms/test/support/sampleFiles'
import { createStaff, restAs } from '../../cms/test/support/staff'
import type { TestCms } from '../../cms/test/support/testCms'
import { sampleWav } from '../../scripts/src/seed/sampleAudio'
import { readBuilt } from './support/builtFiles'
import { buildInTempDirs, startSeededCms, type SeededCms, type TempBuild } from './support/seededSite'

const SITE_URL = 'https://cchc.example.gov.vn'

/**
 * A silent MP3 (MPEG-2 Layer III, 16 kHz mono, 8 kbit/s: 36-byte frames of 576 samples, no Xing
 * header), about `seconds` long; its exact length is the frames' count times 36 ms.
 */
function silentMp3(seconds: number) {
  const frames = Math.round((seconds * 16_000) / 576)
  const frame = Buffer.alloc(36)
  frame.set([0xff, 0xf3, 0x18, 0xc4])
  const data = Buffer.concat(Array.from({ length: frames }, () => frame))
  return { data, seconds: (frames * 576) / 16_000 }
}

/** A file that says it is a WAVE file and holds no audio: accepted by type, unreadable in length. */
const corruptWav = () => {
  const data = Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVE', 'latin1'), Buffer.alloc(64, 'z')])
  return { data, mimetype: 'audio/wav', name: 'ban-tin-hong.wav', size: data.length }
}

type Stored = { id: number; durationSeconds?: number | null }

let seeded: SeededCms
let cms: TestCms
let site: TempBuild
let areaId: number
/** What the CMS logged as warnings while the corrupt file was uploaded. */
const warnings: unknown[][] = []
const hour = silentMp3(3725)
const ids = {} as Record<'seeded' | 'mp3' | 'replaced' | 'corrupt', { audio: number; article?: number }>

const createRadio = (title: string, audio: number) =>
  cms.payload.create({
    collection: 'articles',
    data: {
      title,
      kind: 'radio',
      body: lexicalBody('Nội dung.'),
      radioScript: 'Thưa bà con, đây là bản tin phát thanh.',
      reformAreas: [areaId],
      audio,
      _status: 'published',
      publishedAt: '2026-11-20T03:00:00.000Z',
    } as never,
  })

beforeAll(async () => {
  seeded = await startSeededCms()
  cms = seeded.cms
  areaId = (await cms.payload.find({ collection: 'reform-areas', limit: 1 })).docs[0]!.id
  const seededArticle = (await cms.payload.find({ collection: 'articles', where: { kind: { equals: 'radio' } }, depth: 0 })).docs[0]!
  ids.seeded = { audio: seededArticle.audio as number, article: seededArticle.id }

  // An editor uploads an MP3 through REST (multipart, as the admin does), trying to set the length too.
  const editor = await createStaff(cms, 'editor')
  const form = new FormData()
  form.append('file', new Blob([hour.data], { type: 'audio/mpeg' }), 'ban-tin-mot-gio.mp3')
  form.append('_payload', JSON.stringify({ title: 'Bản tin dài một giờ', durationSeconds: 1 }))
  const uploaded = await cms.handle(new Request('http://cms.test/api/audio', { method: 'POST', headers: { authorization: `JWT ${editor.token}` }, body: form }))
  expect(uploaded.status, await uploaded.clone().text()).toBe(201)
  ids.mp3 = { audio: ((await uploaded.json()) as { doc: Stored }).doc.id }

  // A file replaced by a longer one, through the Local API (as the seed and importers do).
  const short = await cms.payload.create({ collection: 'audio', data: { title: 'Bản tin thay tệp' }, file: sampleWav('ngan.wav', 2) })
  await cms.payload.update({ collection: 'audio', id: short.id, data: {}, file: sampleWav('dai.wav', 95, 1000) })
  ids.replaced = { audio: short.id }

  const spy = vi.spyOn(cms.payload.logger, 'warn').mockImplementation(((...args: unknown[]) => void warnings.push(args)) as never)
  ids.corrupt = { audio: (await cms.payload.create({ collection: 'audio', data: { title: 'Bản tin hỏng' }, file: corruptWav() })).id }
  spy.mockRestore()

  ids.mp3.article = (await createRadio('Bản tin phát thanh một giờ', ids.mp3.audio)).id
  ids.replaced.article = (await createRadio('Bản tin phát thanh đã thay tệp', ids.replaced.audio)).id
  ids.corrupt.article = (await createRadio('Bản tin phát thanh tệp hỏng', ids.corrupt.audio)).id

  site = await buildInTempDirs(seeded.cmsUrl, SITE_URL, 'radio')
})

afterAll(async () => {
  await seeded?.stop()
  await site?.remove()
})

const stored = async (id: number) => (await cms.payload.findByID({ collection: 'audio', id, depth: 0 })) as Stored

describe('the length of an uploaded recording', () => {
  it('is read from the file on upload, whatever the uploader sends (seed WAV, REST MP3)', async () => {
    expect((await stored(ids.seeded.audio)).durationSeconds).toBe(2)
    const mp3 = (await stored(ids.mp3.audio)).durationSeconds!
    expect(Math.abs(mp3 - hour.seconds)).toBeLessThanOrEqual(1)
    expect(mp3).toBe(3725)
  })

  it('follows a replaced file, and stays when only the title changes', async () => {
    expect((await stored(ids.replaced.audio)).durationSeconds).toBe(95)
    const chief = await createStaff(cms, 'editor-in-chief')
    const edited = await restAs(cms, chief).patch(`/api/audio/${ids.replaced.audio}`, { title: 'Bản tin thay tệp (sửa tên)', durationSeconds: 7 })
    expect(edited.status).toBe(200)
    expect(await stored(ids.replaced.audio)).toMatchObject({ title: 'Bản tin thay tệp (sửa tên)', durationSeconds: 95 })
  })

  it('is shown to anonymous readers of the REST API, in the shape the site validates', async () => {
    const response = await restAs(cms).get(`/api/audio/${ids.mp3.audio}`)
    expect(response.status).toBe(200)
    expect(publicAudioSchema.parse(await response.json()).durationSeconds).toBe(3725)
  })

  it('is left empty for a file it cannot be read from: the file is kept, one warning is logged without its name', async () => {
    const corrupt = await stored(ids.corrupt.audio)
    expect(corrupt.durationSeconds ?? null).toBeNull()
    expect((corrupt as { filename?: string }).filename).toMatch(/\.wav$/)
    expect(warnings).toHaveLength(1)
    const line = String(warnings[0]![0])
    expect(line).toMatch(/^Audio upload: could not read the duration of a file of 76 bytes \(.+\); saved without one\.$/)
    expect(line).not.toContain('ban-tin-hong')
  })

  it('does not arise for a file that is not audio at all: refused by the type check, in Vietnamese', async () => {
    const text = Buffer.from('Đây không phải là tệp âm thanh.')
    const messages = await rejectionMessages(
      cms.payload.create({ collection: 'audio', data: { title: 'Giả MP3' }, file: { data: text, mimetype: 'audio/mpeg', name: 'gia.mp3', size: text.length } }),
    )
    expect(messages.join(' ')).toContain('không đúng loại')
  })
})

describe('the radio feed and the article page', () => {
  const parser = new Parser<Record<string, never>, { guid: string; itunes?: { duration?: string } }>()

  it('builds', () => {
    expect(site.build.code, site.build.output).toBe(0)
  })

  it('gives each item whose recording has a length its itunes:duration (HH:MM:SS)', async () => {
    const xml = await readBuilt(site.outDir, 'rss/phat-thanh.xml')
    expect(xml).toMatch(/<rss [^>]*xmlns:itunes="http:\/\/www\.itunes\.com\/dtds\/podcast-1\.0\.dtd"/)
    const feed = await parser.parseString(xml)
    const durationOf = (article: number) => feed.items.find((item) => item.guid === `tag:cchc.example.gov.vn,2026:radio:${article}`)!.itunes?.duration
    expect(durationOf(ids.mp3.article!)).toBe('01:02:05')
    expect(durationOf(ids.replaced.article!)).toBe('00:01:35')
    expect(durationOf(ids.seeded.article!)).toBe('00:00:02')
    expect(feed.items.find((item) => item.guid.endsWith(`:radio:${ids.corrupt.article}`))).toBeDefined()
    expect(durationOf(ids.corrupt.article!)).toBeUndefined()
    expect(xml.match(/<itunes:duration>/g)).toHaveLength(3)
  })

  it('says the length beside the player, when known', async () => {
    const caption = async (article: number) => {
      const { slug } = await cms.payload.findByID({ collection: 'articles', id: article, depth: 0 })
      const $ = load(await readBuilt(site.outDir, `tin-tuc/${slug}/index.html`))
      return $('figure:has(audio) figcaption').text()
    }
    expect(await caption(ids.mp3.article!)).toBe('Nghe bản tin (1 giờ 2 phút 5 giây)')
    expect(await caption(ids.replaced.article!)).toBe('Nghe bản tin (1 phút 35 giây)')
    expect(await caption(ids.corrupt.article!)).toBe('Nghe bản tin')
  })
})
