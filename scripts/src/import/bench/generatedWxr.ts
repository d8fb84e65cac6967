import { DEFAULT_REFORM_AREAS, toSlug } from '@reform/shared'

const SITE = 'http://cchc.cu.example.gov.vn'
const PARAGRAPHS = [
  'Thực hiện Kế hoạch cải cách hành chính năm 2020, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành và địa phương tập trung rà soát, đơn giản hóa thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.',
  'Tại Bộ phận Một cửa, người dân được hướng dẫn nộp hồ sơ trực tuyến, theo dõi tiến độ giải quyết qua điện thoại và nhận kết quả tại nhà qua dịch vụ bưu chính công ích.',
  'Kết quả, tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%, thời gian giải quyết trung bình giảm gần một nửa so với cùng kỳ; nhiều thủ tục được thực hiện toàn trình trên Cổng dịch vụ công.',
  'Phát biểu tại hội nghị, đồng chí Chủ tịch UBND tỉnh đề nghị các đơn vị tiếp tục đẩy mạnh chuyển đổi số, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và nâng cao chỉ số hài lòng của người dân.',
]

const cdata = (text: string) => `<![CDATA[${text}]]>`

/** A WordPress export of `posts` posts like an old provincial portal's, every twentieth with one of `images` images. */
export function generatedWxr(posts: number, images: number): string {
  const areas = DEFAULT_REFORM_AREAS.map((area) => ({ slug: toSlug(area.name), name: area.name }))
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Cổng CCHC cũ</title><link>${SITE}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${SITE}</wp:base_site_url><wp:base_blog_url>${SITE}</wp:base_blog_url>
<wp:author><wp:author_login>${cdata('bientap')}</wp:author_login><wp:author_display_name>${cdata('Ban Biên tập')}</wp:author_display_name></wp:author>
${areas.map((area) => `<wp:category><wp:category_nicename>${cdata(area.slug)}</wp:category_nicename><wp:cat_name>${cdata(area.name)}</wp:cat_name></wp:category>`).join('\n')}`,
  ]
  const imageFile = (index: number) => `2020/${String((index % 12) + 1).padStart(2, '0')}/anh-${index}.jpg`
  for (let index = 0; index < images; index++) {
    parts.push(`<item><title>${cdata(`anh-${index}`)}</title><wp:post_id>${1_000_000 + index}</wp:post_id><wp:post_type>${cdata('attachment')}</wp:post_type><wp:status>${cdata('inherit')}</wp:status>
<wp:attachment_url>${SITE}/wp-content/uploads/${imageFile(index)}</wp:attachment_url><wp:postmeta><wp:meta_key>${cdata('_wp_attached_file')}</wp:meta_key><wp:meta_value>${cdata(imageFile(index))}</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>${cdata('_wp_attachment_image_alt')}</wp:meta_key><wp:meta_value>${cdata(`Hội nghị cải cách hành chính, ảnh ${index}`)}</wp:meta_value></wp:postmeta></item>`)
  }
  for (let index = 0; index < posts; index++) {
    const id = index + 1
    const area = areas[index % areas.length]!
    const image = index % 20 === 0 && index / 20 < images ? index / 20 : undefined
    const date = new Date(Date.UTC(2015, 0, 1) + index * 4 * 3600_000).toISOString().replace('T', ' ').slice(0, 19)
    const body = [
      PARAGRAPHS[index % 4],
      image !== undefined
        ? `[caption id="attachment_${1_000_000 + image}" width="800"]<img src="${SITE}/wp-content/uploads/${imageFile(image).replace('.jpg', '-800x500.jpg')}" alt="" /> Quang cảnh hội nghị[/caption]`
        : '',
      `${PARAGRAPHS[(index + 1) % 4]} Xem thêm <a href="${SITE}/?p=${Math.max(1, id - 1)}">bài trước</a>.`,
      '<table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td>Hồ sơ đúng hạn</td><td>98,5%</td></tr></table>',
      PARAGRAPHS[(index + 2) % 4],
    ].join('\n\n')
    parts.push(`<item><title>${cdata(`Tin cải cách hành chính số ${id}: ${area.name.toLowerCase()} tại địa phương`)}</title><link>${SITE}/${date.slice(0, 4)}/${date.slice(5, 7)}/tin-cai-cach-${id}/</link>
<dc:creator>${cdata('bientap')}</dc:creator><guid isPermaLink="false">${SITE}/?p=${id}</guid><content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata(PARAGRAPHS[index % 4]!.slice(0, 160))}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt><wp:status>${cdata('publish')}</wp:status><wp:post_type>${cdata('post')}</wp:post_type>
<category domain="category" nicename="${area.slug}">${cdata(area.name)}</category>${image !== undefined ? `<wp:postmeta><wp:meta_key>${cdata('_thumbnail_id')}</wp:meta_key><wp:meta_value>${cdata(String(1_000_000 + image))}</wp:meta_value></wp:postmeta>` : ''}</item>`)
  }
  parts.push('</channel></rss>')
  return parts.join('\n')
}
