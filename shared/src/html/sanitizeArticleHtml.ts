import sanitizeHtml from 'sanitize-html'
import { absoluteUrl } from '../urls/publicPaths'

const ALLOWED_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'br',
  'hr',
  'figure',
  'figcaption',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
]

type UrlOptions = { baseUrl?: string; rewriteUrl?: (url: string) => string }

function absolute(raw: string | undefined, { baseUrl, rewriteUrl }: UrlOptions): string | undefined {
  const url = raw && rewriteUrl ? rewriteUrl(raw) : raw
  if (!url || !baseUrl) return url
  try {
    // Site paths ("/tin-tuc/…/") resolve under the site's base, which may be a sub-folder.
    return url.startsWith('/') && !url.startsWith('//') ? absoluteUrl(url, baseUrl) : new URL(url, baseUrl).href
  } catch {
    return undefined
  }
}

function absoluteSrcset(srcset: string | undefined, options: UrlOptions): string | undefined {
  if (!srcset) return srcset
  return srcset
    .split(',')
    .map((candidate) => {
      const [url, descriptor] = candidate.trim().split(/\s+/, 2)
      return [absolute(url, options), descriptor].filter(Boolean).join(' ')
    })
    .join(', ')
}

/**
 * The one allow-list for article HTML: the CMS applies it when it renders a body; the site applies
 * it again with `rewriteUrl` to point files at its own copies, and feeds with `baseUrl` so every
 * link and image URL becomes absolute for republishers.
 */
export function sanitizeArticleHtml(html: string, options: UrlOptions = {}): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target'],
      img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
      th: ['scope', 'colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
      ol: ['start'],
      li: ['value'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => {
        const href = absolute(attribs.href, options)
        const external = attribs.target === '_blank'
        return {
          tagName,
          attribs: {
            ...attribs,
            ...(href ? { href } : {}),
            ...(external ? { rel: 'noopener noreferrer' } : {}),
          },
        }
      },
      img: (tagName, attribs) => ({
        tagName,
        attribs: {
          ...attribs,
          ...(attribs.src ? { src: absolute(attribs.src, options) ?? '' } : {}),
          ...(attribs.srcset ? { srcset: absoluteSrcset(attribs.srcset, options) ?? '' } : {}),
        },
      }),
    },
  })
}
