import type { APIRoute } from 'astro'
import { jsonResponse } from '../../lib/downloads'
import { indexRows } from '../../lib/figures'

export const GET: APIRoute = async () => jsonResponse(await indexRows())
