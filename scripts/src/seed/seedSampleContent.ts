import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { DEFAULT_REFORM_AREAS } from '@reform/shared'
import { editorFeatures } from '@reform/cms/editorFeatures'
import provinces from './data/provinces-2025.json' with { type: 'json' }
import { SAMPLE_ARTICLES } from './sampleArticles'
import { renderSampleImage, type SampleImageKey } from './sampleImages'
import { SAMPLE_LOCAL_UNITS, SAMPLE_PROVINCE, type SampleUnitKey } from './sampleUnits'

export type SeedSummary = { reformAreas: number; units: number; articles: number; drafts: number; images: number }

/** True when the database already holds content, so a restart never seeds twice. */
export async function hasContent(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'reform-areas' })
  return totalDocs > 0
}

/**
 * Realistic Vietnamese sample content through the Local API (so every hook runs): the six reform
 * areas, the 34 province-level units, wards of the sample province, about 20 articles. One
 * transaction: a seed stopped half-way leaves an empty database, which the next start seeds again.
 */
export async function seedSampleContent(payload: Payload, now = new Date()): Promise<SeedSummary> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const summary = await createSampleContent(payload, req, now)
    await commitTransaction(req)
    return summary
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function createSampleContent(payload: Payload, req: PayloadRequest, now: Date): Promise<SeedSummary> {
  const areaIds: number[] = []
  for (const [order, area] of DEFAULT_REFORM_AREAS.entries()) {
    areaIds.push((await payload.create({ collection: 'reform-areas', data: { ...area, order: order + 1 }, req })).id)
  }

  let provinceId: number | undefined
  for (const unit of provinces.units) {
    const created = await payload.create({
      collection: 'units',
      data: { name: unit.name, type: unit.type === 'city' ? 'city' : 'province' },
      req,
    })
    if (unit.name === SAMPLE_PROVINCE) provinceId = created.id
  }
  const unitIds = new Map<SampleUnitKey, number>()
  for (const unit of SAMPLE_LOCAL_UNITS) {
    const created = await payload.create({ collection: 'units', data: { name: unit.name, type: unit.type, parent: provinceId }, req })
    unitIds.set(unit.key, created.id)
  }

  const imageIds = new Map<SampleImageKey, number>()
  const editorConfig = await editorConfigFactory.fromFeatures({ config: payload.config, features: editorFeatures })
  let drafts = 0
  for (const sample of [...SAMPLE_ARTICLES].reverse()) {
    if (sample.image && !imageIds.has(sample.image)) {
      const { alt, file } = await renderSampleImage(sample.image)
      imageIds.set(sample.image, (await payload.create({ collection: 'media', data: { alt }, file, req })).id)
    }
    const publishedAt = sample.at ? new Date(sample.at) : new Date(now.getTime() - sample.hoursAgo * 3_600_000)
    await payload.create({
      collection: 'articles',
      draft: sample.draft,
      data: {
        title: sample.title,
        summary: sample.summary,
        body: convertMarkdownToLexical({ editorConfig, markdown: sample.markdown }),
        reformAreas: sample.areas.map((index) => areaIds[index]!),
        units: sample.units.map((key) => unitIds.get(key)!),
        authorName: sample.author,
        sourceName: sample.source?.name,
        sourceUrl: sample.source?.url,
        heroImage: sample.image ? imageIds.get(sample.image) : undefined,
        publishedAt: publishedAt.toISOString(),
        _status: sample.draft ? 'draft' : 'published',
      },
      req,
    })
    if (sample.draft) drafts++
  }
  return {
    reformAreas: areaIds.length,
    units: provinces.units.length + SAMPLE_LOCAL_UNITS.length,
    articles: SAMPLE_ARTICLES.length - drafts,
    drafts,
    images: imageIds.size,
  }
}
