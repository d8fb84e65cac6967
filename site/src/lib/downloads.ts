import { stringify } from 'csv-stringify/sync'

/** CSV with a byte-order mark, so spreadsheet programs read Vietnamese correctly. */
export function csvResponse<T extends Record<string, unknown>>(rows: T[], columns: Record<keyof T & string, string>): Response {
  const csv = stringify(rows, { header: true, columns: Object.entries(columns).map(([key, header]) => ({ key, header })) })
  return new Response(`\uFEFF${csv}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } })
}

export function jsonResponse(data: unknown): Response {
  return new Response(JSON.stringify(data, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}

/** Plain text with a byte-order mark, so older Windows editors open Vietnamese as UTF-8 too. */
export function textResponse(text: string): Response {
  return new Response(`\uFEFF${text}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
