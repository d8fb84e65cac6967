/** Kinds of article a CCHC newsroom publishes. */
export const ARTICLE_KINDS = [
  { value: 'news', label: 'Tin', labelEn: 'News item' },
  { value: 'feature', label: 'Bài', labelEn: 'Article' },
  { value: 'report', label: 'Phóng sự', labelEn: 'Report' },
  { value: 'video', label: 'Video', labelEn: 'Video' },
  { value: 'radio', label: 'Tin phát thanh', labelEn: 'Radio news' },
  { value: 'infographic', label: 'Infographic', labelEn: 'Infographic' },
  { value: 'qa', label: 'Hỏi đáp', labelEn: 'Questions and answers' },
] as const

export const AUDIENCES = [
  { value: 'citizens', label: 'Người dân', labelEn: 'Citizens' },
  { value: 'businesses', label: 'Doanh nghiệp', labelEn: 'Businesses' },
  { value: 'officials', label: 'Cán bộ, công chức, viên chức', labelEn: 'Public servants' },
] as const

/** Video hosts an article may embed (their embed pages only, by host name). */
export const VIDEO_EMBED_HOSTS = ['www.youtube.com', 'youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'vimeo.com', 'player.vimeo.com'] as const

export function isKnownVideoUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && (VIDEO_EMBED_HOSTS as readonly string[]).includes(url.hostname)
  } catch {
    return false
  }
}

/** The privacy-friendly embed address of a YouTube or Vimeo link, or undefined for any other. */
export function videoEmbedUrl(value: string): string | undefined {
  if (!isKnownVideoUrl(value)) return undefined
  const url = new URL(value)
  const youtubeId = url.hostname === 'youtu.be' ? url.pathname.slice(1) : (url.searchParams.get('v') ?? url.pathname.match(/^\/embed\/([^/]+)/)?.[1])
  if (url.hostname.includes('youtu')) return youtubeId ? `https://www.youtube-nocookie.com/embed/${encodeURIComponent(youtubeId)}` : undefined
  const vimeoId = url.pathname.match(/(\d+)\/?$/)?.[1]
  return vimeoId ? `https://player.vimeo.com/video/${vimeoId}` : undefined
}
