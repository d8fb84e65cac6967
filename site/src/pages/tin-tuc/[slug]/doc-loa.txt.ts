import type { APIRoute, GetStaticPaths } from 'astro'
import { articleScript, articleScriptPaths, scriptText } from '../../../lib/announcerScripts'
import type { Article } from '../../../lib/content'
import { textResponse } from '../../../lib/downloads'

export const getStaticPaths = articleScriptPaths satisfies GetStaticPaths

export const GET: APIRoute<{ article: Article }> = ({ props }) => textResponse(scriptText(articleScript(props.article)))
