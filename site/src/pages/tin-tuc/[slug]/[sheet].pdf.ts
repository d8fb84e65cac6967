import type { APIRoute, GetStaticPaths } from 'astro'
import { PRINT_PAPERS } from '@reform/shared'
import { withCacheKeys } from '../../../lib/cacheKeys'
import { getArticles } from '../../../lib/content'
import { siteInfo } from '../../../lib/siteInfo'
import { noticeSheetPdf } from '../../../print/noticeSheet'
import { pdfResponse } from '../../../print/pdfResponse'
import { printCode } from '../../../print/printedFiles'
import { articleSheetItem } from '../../../print/sheetItems'

export const getStaticPaths = (async () =>
  withCacheKeys(
    (await getArticles()).flatMap((article) =>
      PRINT_PAPERS.map((paper) => ({
        params: { slug: article.slug, sheet: `bang-tin-${paper}` },
        props: { item: articleSheetItem(article, import.meta.env.SITE), paper, code: printCode() },
      })),
    ),
  )) satisfies GetStaticPaths

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({ props }) =>
  pdfResponse(await noticeSheetPdf(props.item, { paper: props.paper === 'a3' ? 'A3' : 'A4', portalName: siteInfo.name }))
