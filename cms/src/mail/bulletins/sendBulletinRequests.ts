import { startedText, type Audience } from './sendBulletinText'

/** `fetch` as the signed-in admin page makes it (tests pass one with a member of staff's token). */
export type AdminRequest = (path: string, init?: RequestInit) => Promise<Response>

export type BulletinChoice = { lists: number[]; subscribers: boolean; resend: boolean }

export type Answer<T> = { ok: true; value: T } | { ok: false; message: string }

const SENDING_API = '/api/mail-sendings'

export const hasChoice = (choice: BulletinChoice): boolean => choice.lists.length > 0 || choice.subscribers

/** The endpoints answer `{ errors: [{ message }] }` in Vietnamese; anything else (a proxy's page, no network) gets ours. */
async function refusal(response: Response): Promise<string> {
  const body = (await response.json().catch(() => undefined)) as { errors?: Array<{ message?: string }> } | undefined
  return body?.errors?.[0]?.message ?? `Máy chủ không trả lời được (mã ${response.status}). Hãy thử lại sau.`
}

async function answer<Body, T>(response: Promise<Response>, read: (body: Body) => T): Promise<Answer<T>> {
  try {
    const settled = await response
    return settled.ok ? { ok: true, value: read((await settled.json()) as Body) } : { ok: false, message: await refusal(settled) }
  } catch {
    return { ok: false, message: 'Không kết nối được tới máy chủ. Hãy kiểm tra mạng rồi thử lại.' }
  }
}

/** How many people a choice would reach, and whom it leaves out. */
export function askAudience(request: AdminRequest, bulletin: number, choice: BulletinChoice): Promise<Answer<Audience>> {
  const query = new URLSearchParams({ bulletin: String(bulletin) })
  if (choice.lists.length > 0) query.set('lists', choice.lists.join(','))
  if (choice.subscribers) query.set('subscribers', '1')
  if (choice.resend) query.set('resend', '1')
  return answer(request(`${SENDING_API}/bulletin-audience?${query}`), (body: Audience) => body)
}

/** Starts the sending; the answer is the sentence the panel shows. */
export function sendBulletin(request: AdminRequest, bulletin: number, choice: BulletinChoice): Promise<Answer<string>> {
  return answer(
    request(`${SENDING_API}/bulletin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ bulletin, ...choice }) }),
    (body: { recipients: number }) => startedText(body.recipients),
  )
}
