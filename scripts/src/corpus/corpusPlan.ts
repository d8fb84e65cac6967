import { planArticles, type ArticlePlan } from './articlePlan'
import { planBulletins, type BulletinPlan } from './bulletinPlan'
import { corpusSize } from './corpusSize'
import { planDocuments, type DocumentPlan } from './documentPlan'
import { planImages, type ImagePlan } from './illustrations'
import { planIndexResults, type IndexResultPlan } from './indexResultPlan'
import { NATIONAL_DOCUMENTS } from './nationalDocuments'
import { planPractices, type PracticePlan } from './practicePlan'
import { planProcedureStats, type ProcedureStatPlan } from './procedureStatPlan'
import { Random } from './random'
import { planUnits, type UnitPlan } from './unitPlan'

/** Everything the corpus will hold, before anything is written; relations are indexes into these lists. */
export type CorpusPlan = {
  units: UnitPlan[]
  images: ImagePlan[]
  documents: DocumentPlan[]
  articles: ArticlePlan[]
  bulletins: BulletinPlan[]
  practices: PracticePlan[]
  indexResults: IndexResultPlan[]
  procedureStats: ProcedureStatPlan[]
}

/** The same scale always plans the same corpus: every part draws from its own seeded source. */
export function planCorpus(scale: number): CorpusPlan {
  const size = corpusSize(scale, NATIONAL_DOCUMENTS.length)
  const units = planUnits(new Random('units'), size)
  const images = planImages(new Random('images'), size.images)
  const documents = planDocuments(new Random('documents'), size, units)
  const articles = planArticles(new Random('articles'), size, { units, documents, imageCount: images.length })
  return {
    units,
    images,
    documents,
    articles,
    bulletins: planBulletins(new Random('bulletins'), size, articles, images.length),
    practices: planPractices(new Random('practices'), size, { units, articles, documents, imageCount: images.length }),
    indexResults: planIndexResults(new Random('index-results'), size, units),
    procedureStats: planProcedureStats(new Random('procedure-stats'), size, units),
  }
}
