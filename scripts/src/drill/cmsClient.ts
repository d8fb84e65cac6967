import { setTimeout as sleep } from 'node:timers/promises'
import { plainLexicalBody } from '@reform/cms/plainLexicalBody'
import { publicPaths } from '@reform/shared'

export type StaffLogin = { email: string; password: string }

/** The CMS's REST API as a signed-in member of staff uses it. */
export class CmsClient {
  private token = ''

  constructor(private readonly cmsUrl: string) {}

  /** The first visit's "create the first administrator" form. */
  async registerFirstAdmin(login: StaffLogin): Promise<void> {
    const answer = await this.call('POST', '/api/users/first-register', { ...login, name: 'Quản trị viên diễn tập' })
    this.token = (answer as { token: string }).token
  }

  async signIn(login: StaffLogin): Promise<void> {
    const answer = await this.call('POST', '/api/users/login', login)
    this.token = (answer as { token: string }).token
  }

  /** Publishes a short article in the first reform area; returns its slug. */
  async publishArticle(title: string): Promise<string> {
    return this.createArticle(title, 'published')
  }

  /** Unpublishes the article, as the admin's "Unpublish" does (its status back to draft). */
  async unpublishArticle(slug: string): Promise<void> {
    const found = (await this.call('GET', `/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&limit=1&depth=0`)) as { docs: Array<{ id: number }> }
    await this.call('PATCH', `/api/articles/${found.docs[0]!.id}`, { _status: 'draft' })
  }

  async saveDraft(title: string): Promise<string> {
    return this.createArticle(title, 'draft')
  }

  /** How many documents of `collection` there are, drafts included. */
  async count(collection: string): Promise<number> {
    const answer = (await this.call('GET', `/api/${collection}/count`)) as { totalDocs: number }
    return answer.totalDocs
  }

  private async createArticle(title: string, status: 'draft' | 'published'): Promise<string> {
    const areas = (await this.call('GET', '/api/reform-areas?limit=1&depth=0')) as { docs: Array<{ id: number }> }
    const answer = (await this.call('POST', `/api/articles${status === 'draft' ? '?draft=true' : ''}`, {
      title,
      summary: `${title}: bài viết của buổi diễn tập vận hành.`,
      body: plainLexicalBody(`${title}. Nội dung kiểm tra khả năng phục hồi của cổng thông tin.`),
      reformAreas: [areas.docs[0]!.id],
      _status: status,
    })) as { doc: { slug: string } }
    return answer.doc.slug
  }

  private async call(method: string, pathname: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.cmsUrl}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `JWT ${this.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${pathname}: HTTP ${response.status} ${text.slice(0, 300)}`)
    return JSON.parse(text)
  }
}

/** Waits until the public site serves the article's page; resolves with the seconds it took. */
export async function waitUntilLive(siteUrl: string, slug: string, since: number, timeoutMs = 180_000): Promise<number> {
  const url = `${siteUrl}${publicPaths.article(slug)}`
  while (Date.now() - since < timeoutMs) {
    const status = await fetch(url, { signal: AbortSignal.timeout(5000) })
      .then((response) => response.arrayBuffer().then(() => response.status))
      .catch(() => 0)
    if (status === 200) return (Date.now() - since) / 1000
    await sleep(250)
  }
  throw new Error(`${url} was not live ${timeoutMs / 1000} s after the publish.`)
}
