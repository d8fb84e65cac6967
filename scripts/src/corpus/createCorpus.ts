import type { Payload } from 'payload'
import { DEFAULT_REFORM_AREAS, vietnamYear } from '@reform/shared'
import { samplePdf } from '../seed/samplePdf'
import type { CorpusPlan } from './corpusPlan'
import { renderImage } from './illustrations'
import { inLanes } from './lanes'
import { Progress, type PartTiming } from './progress'
import { markdownToLexical } from '../cms/markdownToLexical'
import { LOADING_EXISTING_CONTENT } from '@reform/cms/mailAlerts'

type Options = { lanes: number; log: (line: string) => void }

const keysOf = (list: readonly unknown[]) => [...list.keys()]

/**
 * Writes the plan through Payload's Local API, so every hook runs as for an editor's save: slugs,
 * NFC, body HTML, bulletin numbers, review state, the audit log. Parts go in dependency order;
 * within a part, creates run in lanes. Everything is published.
 */
export async function createCorpus(payload: Payload, plan: CorpusPlan, { lanes, log }: Options): Promise<PartTiming[]> {
  const progress = new Progress(log)
  const lexical = await markdownToLexical(payload)
  const ids = {
    areas: [] as number[],
    units: [] as number[],
    images: [] as number[],
    documents: [] as number[],
    articles: [] as number[],
  }
  const idsOf = (kind: keyof typeof ids, indexes: readonly number[]) => indexes.map((index) => ids[kind][index]!)
  const idOf = (kind: keyof typeof ids, index: number | undefined) => (index === undefined ? undefined : ids[kind][index])

  await progress.part('reform-areas', DEFAULT_REFORM_AREAS.length, async (created) => {
    for (const [order, area] of DEFAULT_REFORM_AREAS.entries()) {
      ids.areas.push((await payload.create({ collection: 'reform-areas', data: { ...area, order: order + 1 }, depth: 0 })).id)
      created()
    }
  })

  await progress.part('units', plan.units.length, async (created) => {
    // Provinces, then the units under them, then the former units that point at both.
    for (const stage of ['province', 'local', 'former'] as const) {
      const indexes = keysOf(plan.units).filter((index) => plan.units[index]!.stage === stage)
      await inLanes(indexes, lanes, async (index) => {
        const { name, type, code, parent, dissolvedAt, mergedInto } = plan.units[index]!
        const unit = await payload.create({
          collection: 'units',
          data: { name, type, code, parent: idOf('units', parent), dissolvedAt: dissolvedAt?.toISOString(), mergedInto: idOf('units', mergedInto) },
          depth: 0,
        })
        ids.units[index] = unit.id
        created()
      })
    }
  })

  await progress.part('media', plan.images.length, (created) =>
    inLanes(keysOf(plan.images), lanes, async (index) => {
      const image = plan.images[index]!
      ids.images[index] = (await payload.create({ collection: 'media', data: { alt: image.alt }, file: await renderImage(image), depth: 0 })).id
      created()
    }),
  )

  await progress.part('documents', plan.documents.length, async (created) => {
    // Documents cite earlier national ones only, which therefore go first.
    const cited = new Set(plan.documents.flatMap((document) => document.relatedDocuments))
    for (const firstRound of [true, false]) {
      const indexes = keysOf(plan.documents).filter((index) => cited.has(index) === firstRound)
      await inLanes(indexes, lanes, async (index) => {
        const { fileName, issuedAt, effectiveAt, reformAreas, unit, relatedDocuments, ...fields } = plan.documents[index]!
        const file = fileName
          ? (await payload.create({ collection: 'document-files', data: { title: fields.number }, file: samplePdf(fields.title, fileName), depth: 0 })).id
          : undefined
        const document = await payload.create({
          collection: 'documents',
          context: LOADING_EXISTING_CONTENT,
          data: {
            ...fields,
            issuedAt: issuedAt.toISOString(),
            effectiveAt: effectiveAt?.toISOString(),
            reformAreas: idsOf('areas', reformAreas),
            unit: idOf('units', unit),
            relatedDocuments: idsOf('documents', relatedDocuments),
            file,
            _status: 'published',
          },
          depth: 0,
        })
        ids.documents[index] = document.id
        created()
      })
    }
  })

  await progress.part('articles', plan.articles.length, (created) =>
    inLanes(keysOf(plan.articles), lanes, async (index) => {
      const { markdown, publishedAt, reformAreas, units, heroImage, relatedDocuments, source, audiences, ...fields } = plan.articles[index]!
      const article = await payload.create({
        collection: 'articles',
        context: LOADING_EXISTING_CONTENT,
        data: {
          ...fields,
          body: lexical(markdown),
          publishedAt: publishedAt.toISOString(),
          reformAreas: idsOf('areas', reformAreas),
          units: idsOf('units', units),
          heroImage: idOf('images', heroImage),
          relatedDocuments: idsOf('documents', relatedDocuments),
          sourceName: source?.name,
          sourceUrl: source?.url,
          audiences: [...audiences],
          _status: 'published',
        },
        depth: 0,
      })
      ids.articles[index] = article.id
      created()
    }),
  )

  await progress.part('bulletins', plan.bulletins.length, async (created) => {
    // Each issue takes the next free number of its year, so a year's issues go one after the
    // other, in date order; different years run side by side.
    const years = new Map<number, number[]>()
    for (const index of keysOf(plan.bulletins)) {
      const year = vietnamYear(plan.bulletins[index]!.issueDate)
      years.set(year, [...(years.get(year) ?? []), index])
    }
    await inLanes([...years.values()], lanes, async (indexes) => {
      for (const index of indexes) {
        const { issueDate, introduction, sections, cover } = plan.bulletins[index]!
        await payload.create({
          collection: 'bulletins',
          context: LOADING_EXISTING_CONTENT,
          data: {
            issueDate: issueDate.toISOString(),
            introduction: lexical(introduction),
            sections: sections.map(({ heading, reformArea, articles }) => ({ heading, reformArea: ids.areas[reformArea], articles: idsOf('articles', articles) })),
            cover: idOf('images', cover),
            _status: 'published',
          },
          depth: 0,
        })
        created()
      }
    })
  })

  await progress.part('practices', plan.practices.length, (created) =>
    inLanes(keysOf(plan.practices), lanes, async (index) => {
      const { unit, reformAreas, results, awards, images, relatedArticles, relatedDocuments, ...fields } = plan.practices[index]!
      await payload.create({
        collection: 'practices',
        context: LOADING_EXISTING_CONTENT,
        data: {
          ...fields,
          unit: ids.units[unit]!,
          reformAreas: idsOf('areas', reformAreas),
          results: results.map((outcome) => ({ outcome })),
          awards: awards.map((award) => ({ award })),
          images: idsOf('images', images),
          relatedArticles: idsOf('articles', relatedArticles),
          relatedDocuments: idsOf('documents', relatedDocuments),
          _status: 'published',
        },
        depth: 0,
      })
      created()
    }),
  )

  await progress.part('index-results', plan.indexResults.length, (created) =>
    inLanes(plan.indexResults, lanes, async ({ unit, ...result }) => {
      await payload.create({ collection: 'index-results', data: { ...result, unit: ids.units[unit]!, _status: 'published' }, depth: 0 })
      created()
    }),
  )

  await progress.part('procedure-stats', plan.procedureStats.length, (created) =>
    inLanes(plan.procedureStats, lanes, async ({ unit, ...figures }) => {
      await payload.create({ collection: 'procedure-stats', data: { ...figures, unit: ids.units[unit]!, _status: 'published' }, depth: 0 })
      created()
    }),
  )

  return progress.timings
}
