/** A WordPress export (WXR 1.2) written by hand for import tests, as an old provincial portal's. */
export const OLD = 'http://cchc.old-portal.gov.vn'
export const nfd = (text: string) => text.normalize('NFD')

export const wxrItem = (fields: string) => `<item>${fields}</item>`
export const post = (
  id: number,
  { title = `Bài ${id}`, date = '2019-05-12 03:00:00', status = 'publish', type = 'post', body = '<p>Nội dung.</p>', extra = '', link = `${OLD}/2019/05/12/bai-${id}/` } = {},
) =>
  wxrItem(`<title><![CDATA[${title}]]></title><link>${link}</link><pubDate></pubDate><dc:creator><![CDATA[bientap]]></dc:creator>
<guid isPermaLink="false">${OLD}/?p=${id}</guid><content:encoded><![CDATA[${body}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date><![CDATA[]]></wp:post_date><wp:post_date_gmt><![CDATA[${date}]]></wp:post_date_gmt>
<wp:status><![CDATA[${status}]]></wp:status><wp:post_type><![CDATA[${type}]]></wp:post_type>${extra}`)
export const category = (slug: string, name: string) => `<category domain="category" nicename="${slug}"><![CDATA[${name}]]></category>`
export const meta = (key: string, value: string) => `<wp:postmeta><wp:meta_key><![CDATA[${key}]]></wp:meta_key><wp:meta_value><![CDATA[${value}]]></wp:meta_value></wp:postmeta>`

export function wxr(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Cổng thông tin CCHC cũ</title><link>${OLD}</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${OLD}</wp:base_site_url><wp:base_blog_url>${OLD}</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[bientap]]></wp:author_login><wp:author_display_name><![CDATA[Ban Biên tập]]></wp:author_display_name></wp:author>
<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename><![CDATA[cai-cach-tthc]]></wp:category_nicename><wp:cat_name><![CDATA[${nfd('Cải cách thủ tục hành chính')}]]></wp:cat_name></wp:category>
<wp:category><wp:term_id>4</wp:term_id><wp:category_nicename><![CDATA[tin-hoat-dong]]></wp:category_nicename><wp:cat_name><![CDATA[Tin hoạt động]]></wp:cat_name></wp:category>
${items.join('\n')}
</channel></rss>`
}
