<?xml version="1.0" encoding="UTF-8"?>
<!-- Shown when a person opens a feed in a browser: what it is, how to subscribe, the latest items. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="vi">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Nguồn tin RSS: <xsl:value-of select="/rss/channel/title" disable-output-escaping="yes"/></title>
        <style>
          body { font-family: 'Noto Sans', Arial, sans-serif; line-height: 1.6; color: #1b1f24; max-width: 48rem; margin: 0 auto; padding: 1rem; }
          .about { background: #f4f6f9; border-left: 4px solid #0b4a85; padding: 0.75rem 1rem; }
          code { background: #fff; padding: 0.1rem 0.3rem; word-break: break-all; }
          a { color: #0b4a85; }
          li { margin-bottom: 0.75rem; }
          .date { color: #4a5561; font-size: 0.9rem; }
        </style>
      </head>
      <body>
        <main>
          <div class="about">
            <p><strong>Đây là nguồn tin RSS.</strong> Chép địa chỉ dưới đây vào trình đọc RSS hoặc hệ thống của cơ quan bạn để nhận tin mới tự động:</p>
            <p><code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></p>
          </div>
          <h1><xsl:value-of select="/rss/channel/title" disable-output-escaping="yes"/></h1>
          <p><xsl:value-of select="/rss/channel/description" disable-output-escaping="yes"/></p>
          <p><a href="{/rss/channel/link}">Về trang chủ</a> · <a href="/rss/">Tất cả nguồn tin</a></p>
          <h2>Tin mới nhất</h2>
          <ul>
            <xsl:for-each select="/rss/channel/item">
              <li>
                <a href="{link}"><xsl:value-of select="title" disable-output-escaping="yes"/></a><br/>
                <span class="date"><xsl:value-of select="pubDate"/></span>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
