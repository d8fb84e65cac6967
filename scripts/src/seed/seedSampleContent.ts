import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { DEFAULT_REFORM_AREAS, vietnamMonth } from '@reform/shared'
import provinces from './data/provinces-2025.json' with { type: 'json' }
import { SAMPLE_ARTICLES } from './sampleArticles'
import { renderSampleImage, type SampleImageKey } from './sampleImages'
import { sampleProcedureStats, SAMPLE_DOCUMENTS, SAMPLE_FEEDBACK, SAMPLE_INDEX_RESULTS, SAMPLE_PRACTICES } from './sampleRecords'
import { sampleWav } from './sampleAudio'
import { samplePdf } from './samplePdf'
import { SAMPLE_LOCAL_UNITS, SAMPLE_PROVINCE, type SampleUnitKey } from './sampleUnits'
import { markdownToLexical } from '../cms/markdownToLexical'
import { LOADING_EXISTING_CONTENT } from '@reform/cms/mailAlerts'

export type SeedSummary = {
  reformAreas: number
  units: number
  articles: number
  drafts: number
  images: number
  documents: number
  practices: number
  bulletins: number
  indexResults: number
  procedureStats: number
  feedback: number
}

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
  const req = await createLocalReq({ context: LOADING_EXISTING_CONTENT }, payload)
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
  // A ward dissolved in the 2025 reorganisation: its page stays, pointing to the ward it joined.
  await payload.create({
    collection: 'units',
    data: { name: 'Phường Suối Hoa', type: 'ward', parent: provinceId, dissolvedAt: '2025-06-30T17:00:00.000Z', mergedInto: unitIds.get('kinh-bac') },
    req,
  })

  const documentIds: number[] = []
  for (const sample of SAMPLE_DOCUMENTS) {
    const file = sample.withFile
      ? (await payload.create({ collection: 'document-files', data: { title: sample.number }, file: samplePdf(sample.title, `${sample.number.replace(/\//g, '-')}.pdf`), req })).id
      : undefined
    const { areas, withFile: _withFile, ...fields } = sample
    const created = await payload.create({
      collection: 'documents',
      data: { ...fields, file, reformAreas: areas.map((index) => areaIds[index]!), unit: provinceId, _status: 'published' },
      req,
    })
    documentIds.push(created.id)
  }

  const imageIds = new Map<SampleImageKey, number>()
  const lexical = await markdownToLexical(payload)
  let drafts = 0
  const articleIds: number[] = []
  for (const sample of [...SAMPLE_ARTICLES].reverse()) {
    if (sample.image && !imageIds.has(sample.image)) {
      const { alt, file } = await renderSampleImage(sample.image)
      imageIds.set(sample.image, (await payload.create({ collection: 'media', data: { alt }, file, req })).id)
    }
    const publishedAt = sample.at ? new Date(sample.at) : new Date(now.getTime() - sample.hoursAgo * 3_600_000)
    const audio = sample.radioScript ? (await payload.create({ collection: 'audio', data: { title: sample.title }, file: sampleWav('ban-tin-phat-thanh.wav'), req })).id : undefined
    const created = await payload.create({
      collection: 'articles',
      draft: sample.draft,
      data: {
        title: sample.title,
        summary: sample.summary,
        body: lexical(sample.markdown),
        reformAreas: sample.areas.map((index) => areaIds[index]!),
        units: sample.units.map((key) => unitIds.get(key)!),
        authorName: sample.author,
        sourceName: sample.source?.name,
        sourceUrl: sample.source?.url,
        heroImage: sample.image ? imageIds.get(sample.image) : undefined,
        kind: sample.kind ?? 'news',
        audiences: sample.audiences ? [...sample.audiences] : undefined,
        forGrassroots: sample.forGrassroots ?? false,
        radioScript: sample.radioScript,
        audio,
        videoUrl: sample.videoUrl,
        relatedDocuments: sample.areas.includes(1) ? [documentIds[0]!] : undefined,
        publishedAt: publishedAt.toISOString(),
        _status: sample.draft ? 'draft' : 'published',
      },
      req,
    })
    if (sample.draft) drafts++
    else articleIds.push(created.id)
  }

  for (const sample of SAMPLE_PRACTICES) {
    const { unit, areas, results, awards, ...fields } = sample
    await payload.create({
      collection: 'practices',
      data: {
        ...fields,
        unit: unitIds.get(unit)!,
        reformAreas: areas.map((index) => areaIds[index]!),
        results: results.map((outcome) => ({ outcome })),
        awards: awards.map((award) => ({ award })),
        relatedArticles: articleIds.slice(0, 2),
        _status: 'published',
      },
      req,
    })
  }

  // About four issues a month over the last three months, this month's not yet complete.
  const bulletinDates = Array.from({ length: 10 }, (_, index) => new Date(now.getTime() - (index * 7 + 1) * 86_400_000)).reverse()
  for (const issueDate of bulletinDates) {
    await payload.create({
      collection: 'bulletins',
      data: {
        issueDate: issueDate.toISOString(),
        sections: [
          { heading: 'Cải cách thủ tục hành chính', reformArea: areaIds[1], articles: articleIds.slice(0, 3) },
          { heading: 'Chính phủ số', reformArea: areaIds[5], articles: articleIds.slice(3, 5) },
        ],
        _status: 'published',
      },
      req,
    })
  }

  for (const result of SAMPLE_INDEX_RESULTS) {
    await payload.create({ collection: 'index-results', data: { ...result, unit: provinceId!, maxScore: 100, _status: 'published' }, req })
  }

  const months = Array.from({ length: 6 }, (_, back) => vietnamMonth(new Date(now.getTime() - (6 - back) * 30 * 86_400_000)))
  const stats = sampleProcedureStats(months)
  for (const { unit, ...figures } of stats) {
    await payload.create({
      collection: 'procedure-stats',
      data: { ...figures, unit: unit === 'province' ? provinceId! : unitIds.get(unit as SampleUnitKey)!, _status: 'published' },
      req,
    })
  }

  for (const sample of SAMPLE_FEEDBACK) {
    const { unit, area, answer, published, status, ...sent } = sample
    const unitId = unitIds.get(unit)!
    await payload.create({
      collection: 'feedback',
      data: {
        ...sent,
        unit: unitId,
        reformArea: areaIds[area]!,
        publicTitle: sent.subject,
        publicQuestion: sent.message,
        status: answer ? 'answered' : (status ?? 'received'),
        answer: answer ? lexical(answer) : undefined,
        answeringUnit: answer ? unitId : undefined,
        publishAnswer: published ?? false,
      },
      req,
    })
  }

  return {
    reformAreas: areaIds.length,
    units: provinces.units.length + SAMPLE_LOCAL_UNITS.length + 1,
    articles: SAMPLE_ARTICLES.length - drafts,
    drafts,
    images: imageIds.size,
    documents: SAMPLE_DOCUMENTS.length,
    practices: SAMPLE_PRACTICES.length,
    bulletins: bulletinDates.length,
    indexResults: SAMPLE_INDEX_RESULTS.length,
    procedureStats: stats.length,
    feedback: SAMPLE_FEEDBACK.length,
  }
}
