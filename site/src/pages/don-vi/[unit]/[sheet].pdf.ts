import type { APIRoute, GetStaticPaths } from 'astro'
import { PRINT_PAPERS, printPaths } from '@reform/shared'
import { withCacheKeys } from '../../../lib/cacheKeys'
import { getUnits } from '../../../lib/content'
import { siteInfo } from '../../../lib/siteInfo'
import { weeklySheetPdf } from '../../../print/noticeSheet'
import { pdfResponse } from '../../../print/pdfResponse'
import { printCode } from '../../../print/printedFiles'
import { paperOf, sheetParam } from '../../../print/sheetRoute'
import { unitWeeklySheet } from '../../../print/unitWeeklySheet'

export const getStaticPaths = (async () => {
  const sheets = await Promise.all(
    (await getUnits()).map(async (unit) => {
      const sheet = await unitWeeklySheet(unit, import.meta.env.SITE)
      return sheet
        ? PRINT_PAPERS.map((paper) => ({
            params: { unit: unit.slug, sheet: sheetParam(printPaths.unitWeeklySheet(unit.slug, paper)) },
            props: { sheet, paper, code: printCode() },
          }))
        : []
    }),
  )
  return withCacheKeys(sheets.flat())
}) satisfies GetStaticPaths

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({ props }) =>
  pdfResponse(await weeklySheetPdf(props.sheet, { paper: paperOf(props.paper), portalName: siteInfo.name }))
