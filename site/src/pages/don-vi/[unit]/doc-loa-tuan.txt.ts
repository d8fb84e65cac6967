import type { APIRoute, GetStaticPaths } from 'astro'
import { scriptText, unitScriptPaths, unitWeekScript } from '../../../lib/announcerScripts'
import type { Article, Unit } from '../../../lib/content'
import { textResponse } from '../../../lib/downloads'
import type { UnitWeek } from '../../../lib/unitWeek'

export const getStaticPaths = unitScriptPaths satisfies GetStaticPaths

export const GET: APIRoute<{ unit: Unit; week: UnitWeek<Article> }> = ({ props }) => textResponse(scriptText(unitWeekScript(props.unit, props.week)))
