import type { APIRoute, GetStaticPaths } from 'astro'
import { printPaths } from '@reform/shared'
import { withCacheKeys } from '../../../../lib/cacheKeys'
import { getBulletins } from '../../../../lib/content'
import { siteInfo } from '../../../../lib/siteInfo'
import { bulletinPdf } from '../../../../print/bulletinPdf'
import { bulletinPrint } from '../../../../print/bulletinPrint'
import { pdfResponse } from '../../../../print/pdfResponse'
import { printCode } from '../../../../print/printedFiles'

// An issue with an uploaded PDF keeps it: the editors' own layout wins over the made one.
export const getStaticPaths = (async () =>
  withCacheKeys(
    (await getBulletins())
      .filter((bulletin) => !bulletin.pdf)
      .map((bulletin) => {
        const [year, issue, file] = printPaths.bulletinPdf(bulletin.year, bulletin.number).split('/').slice(2)
        return { params: { year, issue, file: file!.replace(/\.pdf$/, '') }, props: { bulletin: bulletinPrint(bulletin, import.meta.env.SITE), code: printCode() } }
      }),
  )) satisfies GetStaticPaths

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({ props }) =>
  pdfResponse(await bulletinPdf(props.bulletin, { portalName: siteInfo.name }))
