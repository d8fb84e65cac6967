/**
 * `where[or][0][and][0][sending][equals]=5`: a query object in the bracket form Payload's REST API
 * and admin list view read (with qs), for the browser, which has no qs.
 */
export function queryString(params: Record<string, unknown>): string {
  const pairs: string[] = []
  const add = (key: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((item, index) => add(`${key}[${index}]`, item))
    else if (value !== null && typeof value === 'object') for (const [name, item] of Object.entries(value)) add(`${key}[${name}]`, item)
    else if (value !== undefined) pairs.push(`${key}=${encodeURIComponent(String(value))}`)
  }
  for (const [name, value] of Object.entries(params)) add(name, value)
  return pairs.join('&')
}
