import type { GetStaticPaths } from 'astro'
import { getPractices } from '../../../lib/content'
import { noticeSheetPaths, noticeSheetResponse } from '../../../print/sheetRoute'
import { practiceSheetItem } from '../../../print/sheetItems'

export const getStaticPaths = (async () => noticeSheetPaths(await getPractices(), practiceSheetItem)) satisfies GetStaticPaths

export const GET = noticeSheetResponse
