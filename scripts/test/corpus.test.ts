import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isDocumentNumber, isPublicSlug, vietnamYear } from '@reform/shared'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { repoRoot } from '../src/config'
import { REORGANISED_AT } from '../src/corpus/calendar'
import { planCorpus } from '../src/corpus/corpusPlan'
import { generateCorpus } from '../src/corpus/generateCorpus'

const SCALE = 0.005

let cms: TestCms
let counts: Record<string, number>

beforeAll(async () => {
  cms = await startTestCms()
  ;({ counts } = await generateCorpus(cms.payload, { scale: SCALE, lanes: 4 }, () => {}))
})

afterAll(async () => {
  await cms?.stop()
})

const all = <T>(collection: CollectionSlug) => cms.payload.find({ collection, pagination: false, depth: 0 }).then(({ docs }) => docs as unknown as T[])

describe('the generated corpus', () => {
  it('holds everything it planned, and the same plan comes out of every run', async () => {
    const plan = planCorpus(SCALE)
    expect(planCorpus(SCALE)).toEqual(plan)
    expect(counts).toMatchObject({
      'reform-areas': 6,
      units: plan.units.length,
      media: plan.images.length,
      documents: plan.documents.length,
      articles: plan.articles.length,
      bulletins: plan.bulletins.length,
      practices: plan.practices.length,
      'index-results': plan.indexResults.length,
      'procedure-stats': plan.procedureStats.length,
    })
    // The national frame is whole at any scale: 34 province-level units, 29 former provinces.
    const units = await all<{ type: string; dissolvedAt?: string }>('units')
    expect(units.filter((unit) => (unit.type === 'province' || unit.type === 'city') && !unit.dissolvedAt)).toHaveLength(34)
    expect(units.filter((unit) => (unit.type === 'province' || unit.type === 'city') && unit.dissolvedAt)).toHaveLength(29)
    expect(counts.articles).toBe(50)
  })

  it('is all published, readable anonymously, with unique public slugs', async () => {
    for (const collection of ['articles', 'documents', 'practices', 'units', 'reform-areas'] as const) {
      const docs = await all<{ slug: string; _status?: string }>(collection)
      const slugs = docs.map((doc) => doc.slug)
      expect(slugs.every(isPublicSlug), collection).toBe(true)
      expect(new Set(slugs).size, collection).toBe(slugs.length)
      const anonymous = (await (await cms.get(`/api/${collection}?limit=1&depth=0`)).json()) as { totalDocs: number }
      expect(anonymous.totalDocs, collection).toBe(counts[collection])
    }
    for (const collection of ['articles', 'bulletins', 'documents', 'practices', 'index-results', 'procedure-stats'] as const) {
      const docs = await all<{ _status: string }>(collection)
      expect(
        docs.every((doc) => doc._status === 'published'),
        collection,
      ).toBe(true)
    }
  })

  it('went through the hooks: NFC text, body HTML, review state', async () => {
    const articles = await all<{ title: string; summary: string; bodyHtml: string; reviewState: string; publishedAt: string }>('articles')
    for (const article of articles) {
      expect(article.title).toBe(article.title.normalize('NFC'))
      expect(article.summary).toBe(article.summary.normalize('NFC'))
      expect(article.bodyHtml).toMatch(/^<p>/)
      expect(article.reviewState).toBe('published')
      expect(vietnamYear(article.publishedAt)).toBeGreaterThanOrEqual(2016)
    }
  })

  it('numbers bulletins per year from 1 without gaps, each listing articles published before it', async () => {
    const bulletins = await all<{ year: number; number: number; issueDate: string; title: string; sections: Array<{ articles: number[] }> }>('bulletins')
    const articles = new Map((await all<{ id: number; publishedAt: string }>('articles')).map((article) => [article.id, article]))
    for (const year of new Set(bulletins.map((bulletin) => bulletin.year))) {
      const issues = bulletins.filter((bulletin) => bulletin.year === year)
      expect(issues.map((issue) => issue.number).sort((a, b) => a - b)).toEqual(issues.map((_, index) => index + 1))
      for (const issue of issues) {
        expect(vietnamYear(issue.issueDate)).toBe(year)
        expect(issue.title).toBe(`Bản tin CCHC số ${issue.number}/${year}`)
        for (const id of issue.sections.flatMap((section) => section.articles)) {
          expect(new Date(articles.get(id)!.publishedAt) < new Date(issue.issueDate)).toBe(true)
        }
      }
    }
    expect(bulletins.some((bulletin) => bulletin.sections.length > 0)).toBe(true)
  })

  it('gives every document a valid number and symbol', async () => {
    const documents = await all<{ number: string }>('documents')
    expect(documents.filter((document) => !isDocumentNumber(document.number))).toEqual([])
  })

  it('merges dissolved units, at the 2025 reorganisation, into units that still exist', async () => {
    const units = await all<{ id: number; mergedInto?: number | null; dissolvedAt?: string | null }>('units')
    const byId = new Map(units.map((unit) => [unit.id, unit]))
    const merged = units.filter((unit) => unit.mergedInto)
    expect(merged.length).toBeGreaterThan(0)
    for (const unit of merged) {
      expect(unit.dissolvedAt).toBe(REORGANISED_AT.toISOString())
      expect(byId.get(unit.mergedInto!)?.dissolvedAt ?? null).toBeNull()
    }
  })

  it('is refused by `npm run corpus` in a database that has content, which is left as it was', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/src/corpus.ts', '--scale', '0.001'], {
      cwd: repoRoot,
      // startTestCms put this database's URL, a secret and a media folder in the environment.
      env: process.env,
    })
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('already holds content') })
    expect((await cms.payload.count({ collection: 'articles' })).totalDocs).toBe(counts.articles)
  })
})
