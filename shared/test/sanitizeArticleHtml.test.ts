import { describe, expect, it } from 'vitest'
import { sanitizeArticleHtml } from '../src'

describe('sanitizeArticleHtml', () => {
  it('makes scripts, event handlers and javascript: links inert', () => {
    const html = sanitizeArticleHtml(
      '<p onclick="steal()">Xin chào<script>alert(1)</script> <a href="javascript:alert(2)">bấm</a><img src="x.png" onerror="alert(3)"></p><iframe src="https://evil.test"></iframe>',
    )
    expect(html).not.toMatch(/script|onclick|onerror|javascript:|iframe|alert/i)
    expect(html).toContain('Xin chào')
  })

  it('resolves relative links and images against the base URL when asked', () => {
    const html = sanitizeArticleHtml('<p><a href="/tin-tuc/a/">tin</a><img src="/media/a.webp" srcset="/media/a-400.webp 400w, /media/a.webp 800w" alt="a"></p>', {
      baseUrl: 'https://cchc.example.gov.vn/',
    })
    expect(html).toContain('href="https://cchc.example.gov.vn/tin-tuc/a/"')
    expect(html).toContain('src="https://cchc.example.gov.vn/media/a.webp"')
    expect(html).toContain('srcset="https://cchc.example.gov.vn/media/a-400.webp 400w, https://cchc.example.gov.vn/media/a.webp 800w"')
  })

  it('adds noopener to links that open a new tab', () => {
    expect(sanitizeArticleHtml('<a href="https://a.vn" target="_blank">a</a>')).toContain('rel="noopener noreferrer"')
  })
})
