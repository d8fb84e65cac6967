/** Who publishes the portal: its name, publishing body and description. Configured by environment. */
export type SiteIdentity = { name: string; publisher: string; description: string }

export const siteIdentity = (env: Record<string, string | undefined> = process.env): SiteIdentity => ({
  name: env.SITE_NAME || 'Cổng thông tin cải cách hành chính',
  publisher: env.SITE_PUBLISHER || 'Ủy ban nhân dân tỉnh',
  description: env.SITE_DESCRIPTION || 'Tin tức, bản tin, mô hình hay và văn bản chỉ đạo về cải cách hành chính.',
})
