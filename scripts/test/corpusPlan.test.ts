import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isDocumentNumber, toSlug } from '@reform/shared'
import { CORPUS_MONTHS, vietnamParts, vietnamTime } from '../src/corpus/calendar'
import { planCorpus, type CorpusPlan } from '../src/corpus/corpusPlan'
import { NATIONAL_DOCUMENTS } from '../src/corpus/nationalDocuments'

const digest = (plan: CorpusPlan) => createHash('sha256').update(JSON.stringify(plan)).digest('hex').slice(0, 16)
const FIRST = vietnamTime(CORPUS_MONTHS[0]!.year, CORPUS_MONTHS[0]!.month, 1)
const END = vietnamTime(2026, 11, 1)
const inCorpusYears = (moment: Date) => moment >= FIRST && moment < END
const distinct = (values: string[]) => new Set(values).size === values.length

describe('the corpus plan', () => {
  it('is the same as before at scales up to 1, which corpus databases already made were planned at', () => {
    // Change these only on purpose: every corpus database made before then holds another corpus.
    expect(digest(planCorpus(0.005))).toBe('84e1455b01ead21a')
    expect(digest(planCorpus(0.1))).toBe('78641d8a205ab087')
    expect(digest(planCorpus(1))).toBe('3a3abf45e3fd21d4')
  })

  it('plans the full corpus the issue asks for', () => {
    const full = planCorpus(1)
    expect(full.articles).toHaveLength(10_000)
    expect(full.bulletins).toHaveLength(480)
    expect(full.practices).toHaveLength(1_000)
    expect(full.documents).toHaveLength(2_000)
    expect(full.units.length).toBeGreaterThan(3_300)
  })

  describe('at four times the full corpus', () => {
    const full = planCorpus(1)
    const plan = planCorpus(4)

    it('grows the content four times and keeps the units, index results and provinces’ figures of the real frame', () => {
      expect(planCorpus(4)).toEqual(plan)
      expect(plan.articles).toHaveLength(40_000)
      expect(plan.bulletins).toHaveLength(1_920)
      expect(plan.practices).toHaveLength(4_000)
      expect(plan.images).toHaveLength(1_200)
      expect(plan.documents).toHaveLength(NATIONAL_DOCUMENTS.length + 4 * (2_000 - NATIONAL_DOCUMENTS.length))
      expect(plan.units).toEqual(full.units)
      expect(plan.indexResults).toHaveLength(full.indexResults.length)
      // 34 provinces over 48 months, four times the 114 communes over the 12 months since July 2025.
      expect(plan.procedureStats).toHaveLength(34 * 48 + 4 * 114 * 12)
    })

    it('gives every article, document and practice its own title and slug, and every document its own number at its issuer', () => {
      for (const [collection, titles] of Object.entries({
        articles: plan.articles.map((article) => article.title),
        documents: plan.documents.map((document) => document.title),
        practices: plan.practices.map((practice) => practice.title),
      })) {
        expect(distinct(titles.map(toSlug)), collection).toBe(true)
      }
      expect(plan.documents.filter((document) => !isDocumentNumber(document.number))).toEqual([])
      expect(distinct(plan.documents.map((document) => `${document.issuer}|${vietnamParts(document.issuedAt).year}|${document.number}`))).toBe(true)
    })

    it('dates everything within the corpus’s ten years, bulletin issues on working days in order', () => {
      expect(plan.articles.every((article) => inCorpusYears(article.publishedAt))).toBe(true)
      expect(plan.documents.slice(NATIONAL_DOCUMENTS.length).every((document) => inCorpusYears(document.issuedAt))).toBe(true)
      expect(plan.bulletins.every((bulletin) => inCorpusYears(bulletin.issueDate))).toBe(true)
      const issueTimes = plan.bulletins.map((bulletin) => bulletin.issueDate.getTime())
      expect(issueTimes.every((time, index) => index === 0 || time > issueTimes[index - 1]!)).toBe(true)
      expect(plan.bulletins.every((bulletin) => ![0, 6].includes(vietnamParts(bulletin.issueDate).weekday))).toBe(true)
    })

    it('relates only to what the plan holds, and to what came out before', () => {
      const { units, images, documents, articles } = plan
      const isIndex = (list: readonly unknown[]) => (index: number | undefined) => index === undefined || (Number.isInteger(index) && index >= 0 && index < list.length)
      const [unit, image, document, article] = [isIndex(units), isIndex(images), isIndex(documents), isIndex(articles)]
      for (const { units: about, heroImage, relatedDocuments, publishedAt } of articles) {
        expect(about.every(unit) && image(heroImage) && relatedDocuments.every(document)).toBe(true)
        expect(relatedDocuments.every((index) => documents[index]!.issuedAt < publishedAt)).toBe(true)
      }
      for (const bulletin of plan.bulletins) {
        expect(image(bulletin.cover)).toBe(true)
        const listed = bulletin.sections.flatMap((section) => section.articles)
        expect(listed.every((index) => article(index) && articles[index]!.publishedAt < bulletin.issueDate)).toBe(true)
      }
      expect(plan.bulletins.filter((bulletin) => bulletin.sections.length > 0).length).toBeGreaterThan(1_900)
      for (const practice of plan.practices) {
        expect(units[practice.unit]!.stage).not.toBe('former')
        expect(practice.images.every(image) && practice.relatedArticles.every(article) && practice.relatedDocuments.every(document)).toBe(true)
      }
      expect(documents.every((entry) => unit(entry.unit) && entry.relatedDocuments.every(document))).toBe(true)
      expect([...plan.indexResults, ...plan.procedureStats].every((figures) => unit(figures.unit))).toBe(true)
    })
  })
})
