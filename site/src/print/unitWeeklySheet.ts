import { absoluteUrl, publicPaths } from '@reform/shared'
import { getUnitLocalArticles, type Article, type Unit } from '../lib/content'
import { unitWeek, type UnitWeek } from '../lib/unitWeek'
import { articleHeadline } from './sheetItems'
import type { weeklySheetPdf } from './weeklySheet'
import { isDissolved } from '../lib/units'

type WeeklySheet = Parameters<typeof weeklySheetPdf>[0]

/** Items on a unit's weekly sheet ("Bảng tin tuần"): five still read from two metres. */
const WEEKLY_SHEET_ITEMS = 5

/** The week a unit's weekly sheet shows, if it has one: none without news, nor for a dissolved unit (no board to pin it on). */
export async function weeklySheetWeek(unit: Unit): Promise<UnitWeek<Article> | undefined> {
  return isDissolved(unit) ? undefined : unitWeek(await getUnitLocalArticles(unit), WEEKLY_SHEET_ITEMS)
}

/** A unit's "Bảng tin tuần": its latest week's five newest items (its own, and those marked for grassroots above it). */
export async function unitWeeklySheet(unit: Unit, site: string): Promise<WeeklySheet | undefined> {
  const week = await weeklySheetWeek(unit)
  if (!week) return undefined
  return {
    unitName: unit.name,
    weekLabel: week.label,
    items: week.items.map((article) => articleHeadline(article, site)),
    url: absoluteUrl(publicPaths.unit(unit.slug), site),
  }
}
