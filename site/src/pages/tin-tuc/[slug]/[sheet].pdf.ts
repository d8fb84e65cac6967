import type { GetStaticPaths } from 'astro'
import { printPaths } from '@reform/shared'
import { getArticles } from '../../../lib/content'
import { noticeSheetPaths, noticeSheetResponse } from '../../../print/sheetRoute'
import { articleSheetItem } from '../../../print/sheetItems'

export const getStaticPaths = (async () => noticeSheetPaths(await getArticles(), articleSheetItem, printPaths.articleSheet)) satisfies GetStaticPaths

export const GET = noticeSheetResponse
