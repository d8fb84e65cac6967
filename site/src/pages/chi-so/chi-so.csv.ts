import type { APIRoute } from 'astro'
import { csvResponse } from '../../lib/downloads'
import { INDEX_COLUMNS, indexRows } from '../../lib/figures'

export const GET: APIRoute = async () => csvResponse(await indexRows(), INDEX_COLUMNS)
