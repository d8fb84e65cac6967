/** Who publishes the portal. Later a CMS setting; for now configured by environment. */
export const siteInfo = {
  name: process.env.SITE_NAME ?? 'Cổng thông tin cải cách hành chính',
  publisher: process.env.SITE_PUBLISHER ?? 'Ủy ban nhân dân tỉnh',
  description:
    process.env.SITE_DESCRIPTION ??
    'Tin tức, bản tin, mô hình hay và văn bản chỉ đạo về cải cách hành chính.',
}
