import type { GetStaticPaths } from 'astro'
import { printPaths } from '@reform/shared'
import { getPractices } from '../../../lib/content'
import { noticeSheetPaths, noticeSheetResponse } from '../../../print/sheetRoute'
import { practiceSheetItem } from '../../../print/sheetItems'

export const getStaticPaths = (async () => noticeSheetPaths(await getPractices(), practiceSheetItem, printPaths.practiceSheet)) satisfies GetStaticPaths

export const GET = noticeSheetResponse
