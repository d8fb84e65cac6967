import type { GetStaticPaths } from 'astro'
import { getArticles } from '../../../lib/content'
import { noticeSheetPaths, noticeSheetResponse } from '../../../print/sheetRoute'
import { articleSheetItem } from '../../../print/sheetItems'

export const getStaticPaths = (async () => noticeSheetPaths(await getArticles(), articleSheetItem)) satisfies GetStaticPaths

export const GET = noticeSheetResponse
