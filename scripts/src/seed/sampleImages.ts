import sharp from 'sharp'

/** Illustrations drawn for the sample content (SVG shapes, no text), rendered to PNG for upload. */
const illustrations = {
  'one-stop': {
    alt: 'Hình minh họa: quầy tiếp nhận hồ sơ với ba ô cửa và hàng ghế chờ',
    svg: `<rect width="1600" height="900" fill="#e8f0f8"/>
      <rect x="150" y="250" width="1300" height="420" rx="16" fill="#0b4a85"/>
      <rect x="220" y="320" width="330" height="220" rx="10" fill="#f4f6f9"/>
      <rect x="635" y="320" width="330" height="220" rx="10" fill="#f4f6f9"/>
      <rect x="1050" y="320" width="330" height="220" rx="10" fill="#f4f6f9"/>
      <rect x="150" y="650" width="1300" height="40" fill="#b3261e"/>
      ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${260 + i * 190}" y="760" width="120" height="70" rx="8" fill="#4a7fb0"/>`).join('')}`,
  },
  organisation: {
    alt: 'Hình minh họa: sơ đồ tổ chức với một ô cấp trên nối tới bốn ô cấp dưới',
    svg: `<rect width="1600" height="900" fill="#f4f6f9"/>
      <rect x="650" y="120" width="300" height="150" rx="14" fill="#b3261e"/>
      <path d="M800 270 V380 M260 380 H1340 M260 380 V470 M620 380 V470 M980 380 V470 M1340 380 V470" stroke="#0b4a85" stroke-width="10" fill="none"/>
      ${[0, 1, 2, 3].map((i) => `<rect x="${140 + i * 360}" y="470" width="240" height="140" rx="12" fill="#0b4a85"/>`).join('')}
      ${[0, 1, 2, 3].map((i) => `<rect x="${170 + i * 360}" y="660" width="180" height="90" rx="10" fill="#7ea6cc"/>`).join('')}`,
  },
  satisfaction: {
    alt: 'Hình minh họa: năm ngôi sao đánh giá và một mã QR trên nền xanh',
    svg: `<rect width="1600" height="900" fill="#0b4a85"/>
      ${[0, 1, 2, 3, 4].map((i) => `<polygon transform="translate(${220 + i * 230} 260)" points="80,0 100,58 160,58 112,94 130,152 80,116 30,152 48,94 0,58 60,58" fill="${i < 4 ? '#f2b705' : '#7ea6cc'}"/>`).join('')}
      <rect x="640" y="500" width="320" height="320" fill="#fff"/>
      ${[0, 1, 2, 3, 4, 5, 6, 7].flatMap((r) => [0, 1, 2, 3, 4, 5, 6, 7].filter((c) => (r * 7 + c * 3) % 5 < 2).map((c) => `<rect x="${670 + c * 33}" y="${530 + r * 33}" width="30" height="30" fill="#1b1f24"/>`)).join('')}`,
  },
  digital: {
    alt: 'Hình minh họa: điện thoại hiển thị biểu mẫu điện tử bên cạnh chồng hồ sơ giấy',
    svg: `<rect width="1600" height="900" fill="#e8f0f8"/>
      <rect x="300" y="420" width="420" height="60" rx="6" fill="#d9c7a1"/>
      <rect x="320" y="360" width="420" height="60" rx="6" fill="#e6d6b3"/>
      <rect x="290" y="300" width="420" height="60" rx="6" fill="#d9c7a1"/>
      <path d="M760 420 H880" stroke="#b3261e" stroke-width="14"/>
      <polygon points="880,395 930,420 880,445" fill="#b3261e"/>
      <rect x="980" y="140" width="330" height="640" rx="40" fill="#1b1f24"/>
      <rect x="1005" y="200" width="280" height="520" rx="10" fill="#fff"/>
      ${[0, 1, 2, 3, 4].map((i) => `<rect x="1035" y="${240 + i * 80}" width="${i % 2 ? 160 : 220}" height="36" rx="6" fill="#7ea6cc"/>`).join('')}`,
  },
} as const

export type SampleImageKey = keyof typeof illustrations

export async function renderSampleImage(key: SampleImageKey) {
  const { svg, alt } = illustrations[key]
  const data = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">${svg}</svg>`))
    .png()
    .toBuffer()
  return { alt, file: { data, mimetype: 'image/png', name: `minh-hoa-${key}.png`, size: data.length } }
}
