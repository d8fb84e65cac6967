import type { HealthReport } from '../../../cms/src/health/healthEndpoint'

export type { HealthReport }

export type CmsHealth =
  | { url: string; reachable: false }
  /** `report` is missing when the CMS answers without one (a CMS from before /api/health). */
  | { url: string; reachable: true; status: number; report?: HealthReport }

/** The CMS's own `GET /api/health`: it answers 503 with the report when it cannot serve. */
export async function fetchCmsHealth(cmsUrl: string, timeoutMs = 5000): Promise<CmsHealth> {
  const url = `${cmsUrl}/api/health`
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
  } catch {
    return { url, reachable: false }
  }
  const body = (await response.json().catch(() => undefined)) as Partial<HealthReport> | undefined
  return { url, reachable: true, status: response.status, report: body?.database ? (body as HealthReport) : undefined }
}
