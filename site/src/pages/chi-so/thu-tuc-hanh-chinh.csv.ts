import type { APIRoute } from 'astro'
import { csvResponse } from '../../lib/downloads'
import { PROCEDURE_COLUMNS, procedureRows } from '../../lib/figures'

export const GET: APIRoute = async () => csvResponse(await procedureRows(), PROCEDURE_COLUMNS)
