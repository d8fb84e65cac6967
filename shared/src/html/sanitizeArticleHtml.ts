import sanitizeHtml from 'sanitize-html'
import { absoluteUrl } from '../urls/publicPaths'

const ALLOWED_TAGS = [
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'pre',
  'blockquote', 'ul', 'ol', 'li', 'a', 'br', 'hr', 'figure', 'figcaption', 'img',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span',
]

function absolute(url: string | undefined, baseUrl: string | undefined): string | undefined {
  if (!url || !baseUrl) return url
  try {
    // Site paths ("/tin-tuc/…/") resolve under the site's base, which may be a sub-folder.
    return url.startsWith('/') && !url.startsWith('//') ? absoluteUrl(url, baseUrl) : new URL(url, baseUrl).href
  } catch {
    return undefined
  }
}

function absoluteSrcset(srcset: string | undefined, baseUrl: string | undefined): string | undefined {
  if (!srcset || !baseUrl) return srcset
  return srcset
    .split(',')
    .map((candidate) => {
      const [url, descriptor] = candidate.trim().split(/\s+/, 2)
      return [absolute(url, baseUrl), descriptor].filter(Boolean).join(' ')
    })
    .join(', ')
}

/**
 * The one allow-list for article HTML: the CMS applies it when it renders a body, feeds apply it
 * again with `baseUrl` so every link and image URL becomes absolute for republishers.
 */
export function sanitizeArticleHtml(html: string, options: { baseUrl?: string } = {}): string {
  const { baseUrl } = options
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
        const href = absolute(attribs.href, baseUrl)
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
          ...(attribs.src ? { src: absolute(attribs.src, baseUrl) ?? '' } : {}),
          ...(attribs.srcset ? { srcset: absoluteSrcset(attribs.srcset, baseUrl) ?? '' } : {}),
        },
      }),
    },
  })
}
