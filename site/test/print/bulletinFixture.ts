import type { BulletinPrint } from '../../src/print/bulletinPdf'

const SITE = 'https://cchc.example.gov.vn'
const sentence = 'Ủy ban nhân dân xã đẩy mạnh tiếp nhận hồ sơ trực tuyến, rút ngắn thời gian giải quyết thủ tục cho người dân và doanh nghiệp.'

/** About `words` words of body: paragraphs of repeated sentences. */
export const longBody = (words: number) => Array.from({ length: Math.ceil(words / 200) }, (_, i) => `<p>Đoạn ${i + 1}. ${Array(8).fill(sentence).join(' ')}</p>`).join('\n')

/** Every tag the article allow-list lets through, links relative, absolute and mailto. */
export const RICH_BODY = `
<p>Theo <strong>Kế hoạch <em>số 145/KH-UBND</em></strong>, xem <a href="/van-ban/ke-hoach-145/">toàn văn kế hoạch</a>
và <a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html" target="_blank" rel="noopener noreferrer">Cổng Dịch vụ công quốc gia</a>;
góp ý gửi <a href="mailto:cchc@example.gov.vn">cchc@example.gov.vn</a>. CO<sub>2</sub> và m<sup>2</sup>, <u>gạch chân</u>, <s>gạch ngang</s>, <code>ma-ho-so</code>.<br>Dòng mới sau thẻ br.</p>
<h2>Những điểm mới</h2>
<ul><li>Tiếp nhận hồ sơ <a href="../ho-so/">trực tuyến</a> toàn trình<ul><li>Ở cấp xã</li></ul></li><li><p>Trả kết quả tại nhà</p></li></ul>
<ol start="3"><li>Bước ba</li><li value="7">Bước bảy</li></ol>
<blockquote><p>Lấy người dân làm trung tâm phục vụ.</p></blockquote>
<figure><img src="https://cchc.example.gov.vn/media/anh.jpg" alt="Ảnh không được in"><figcaption>Ảnh: Bộ phận một cửa xã Đồng Tâm</figcaption></figure>
<table><thead><tr><th>Chỉ số</th><th colspan="2">Năm 2025 và 2026</th></tr></thead>
<tbody><tr><td rowspan="2">Hồ sơ đúng hạn</td><td>97%</td><td>99%</td></tr><tr><td>1.200</td><td>1.450</td></tr></tbody></table>
<pre>  mã   hồ sơ
  H12.34</pre>
<hr>
<h3>Kết luận</h3>
<p>Cuối bài.</p>`

export const bulletin: BulletinPrint = {
  number: 12,
  year: 2026,
  issueDate: '2026-11-20T18:30:00.000Z',
  title: 'Đẩy mạnh chuyển đổi số: mỗi xã hợp lực, giữ kỷ cương',
  publisher: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
  introductionHtml: '<p>Bản tin số này điểm lại <strong>những việc đã làm</strong> trong tháng.</p>',
  url: `${SITE}/ban-tin/2026/so-12/`,
  sections: [
    {
      heading: 'Cải cách thủ tục hành chính',
      articles: [
        {
          title: 'Sắp xếp chặt chẽ, đẫy đà ý tưởng',
          url: `${SITE}/tin-tuc/sap-xep-chat-che/`,
          summary: 'Tóm tắt bài một.',
          bodyHtml: RICH_BODY,
          publishedAt: '2026-11-18T02:00:00.000Z',
          unitNames: ['UBND xã Đồng Tâm', 'Thôn Đông'],
        },
        {
          title: 'Mỗi xã hợp lực giữ gìn kỷ cương',
          url: `${SITE}/tin-tuc/moi-xa-hop-luc/`,
          summary: null,
          bodyHtml: longBody(1600),
          publishedAt: '2026-11-19T02:00:00.000Z',
          unitNames: [],
        },
      ],
    },
    {
      heading: 'Xây dựng Chính phủ số',
      articles: [
        {
          title: 'Thực thi nghị quyết, hỉ hả vải thiều',
          url: `${SITE}/tin-tuc/thuc-thi-nghi-quyet/`,
          summary: 'Tóm tắt bài ba.',
          bodyHtml: longBody(800),
          publishedAt: '2026-11-20T02:00:00.000Z',
          unitNames: ['Sở Nội vụ'],
        },
        {
          title: 'Đông Đô, Ỷ Lan và chữ ký số',
          url: `${SITE}/tin-tuc/dong-do-y-lan/`,
          summary: 'Tóm tắt bài bốn.',
          bodyHtml: '<p>Ngắn.</p>',
          publishedAt: '2026-11-20T03:00:00.000Z',
          unitNames: ['Sở Nội vụ'],
        },
      ],
    },
  ],
}
