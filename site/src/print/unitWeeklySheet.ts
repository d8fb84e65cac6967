import { absoluteUrl, publicPaths } from '@reform/shared'
import { getUnitFeedArticles, type Unit } from '../lib/content'
import { unitWeek } from '../lib/unitWeek'
import { articleSheetItem } from './sheetItems'
import type { weeklySheetPdf } from './weeklySheet'

type WeeklySheet = Parameters<typeof weeklySheetPdf>[0]

/** Items on a unit's weekly sheet ("Bảng tin tuần"): five still read from two metres. */
const WEEKLY_SHEET_ITEMS = 5

/**
 * A unit's "Bảng tin tuần": its latest week's five newest items (its own, and those marked for
 * grassroots above it). None for a unit without news, nor for a dissolved one (no board to pin it on).
 */
export async function unitWeeklySheet(unit: Unit, site: string): Promise<WeeklySheet | undefined> {
  if (unit.dissolvedAt) return undefined
  const week = unitWeek(await getUnitFeedArticles(unit), WEEKLY_SHEET_ITEMS)
  if (!week) return undefined
  return {
    unitName: unit.name,
    weekLabel: week.label,
    // No key points on a weekly sheet: a change to an article's body does not remake it.
    items: week.items.map((article) => ({ ...articleSheetItem(article, site), keyPoints: [] })),
    url: absoluteUrl(publicPaths.unit(unit.slug), site),
  }
}
