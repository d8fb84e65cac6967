import sharp from 'sharp'
import type { Random } from './random'

export type ImagePlan = { alt: string; svg: string; fileName: string }

/** Small on purpose: Payload makes the 400 and 800 px sizes and skips the 1600 px one, which keeps a full run quick. */
const WIDTH = 960
const HEIGHT = 540

const PALETTES = [
  { ground: '#e8f0f8', main: '#0b4a85', accent: '#b3261e', soft: '#7ea6cc' },
  { ground: '#f4f6f9', main: '#1d5c3a', accent: '#f2b705', soft: '#9cc5a1' },
  { ground: '#fdf3e7', main: '#8a3b12', accent: '#0b4a85', soft: '#e3b98f' },
  { ground: '#eef2f7', main: '#243b53', accent: '#d64545', soft: '#9fb3c8' },
]

type Scene = (random: Random, colours: (typeof PALETTES)[number]) => { alt: string; shapes: string }

/** Illustrations drawn from shapes (no text, so no font is needed), each described for the alt text. */
const SCENES: Scene[] = [
  (random, c) => {
    const counters = random.int(2, 5)
    const width = 760 / counters
    return {
      alt: `Hình minh họa: bộ phận một cửa với ${counters} quầy tiếp nhận hồ sơ và hàng ghế chờ`,
      shapes: `<rect x="90" y="140" width="780" height="260" rx="12" fill="${c.main}"/>
        ${Array.from({ length: counters }, (_, i) => `<rect x="${100 + i * width + 10}" y="180" width="${width - 30}" height="140" rx="8" fill="${c.ground}"/>`).join('')}
        <rect x="90" y="390" width="780" height="24" fill="${c.accent}"/>
        ${Array.from({ length: 6 }, (_, i) => `<rect x="${150 + i * 115}" y="450" width="70" height="44" rx="6" fill="${c.soft}"/>`).join('')}`,
    }
  },
  (random, c) => {
    const branches = random.int(3, 5)
    const step = 760 / branches
    return {
      alt: `Hình minh họa: sơ đồ tổ chức với một ô cấp trên nối tới ${branches} ô cấp dưới`,
      shapes: `<rect x="390" y="60" width="180" height="90" rx="10" fill="${c.accent}"/>
        <path d="M480 150 V220 M${100 + step / 2} 220 H${100 + step * (branches - 0.5)}" stroke="${c.main}" stroke-width="8" fill="none"/>
        ${Array.from({ length: branches }, (_, i) => `<path d="M${100 + step * (i + 0.5)} 220 V280" stroke="${c.main}" stroke-width="8"/><rect x="${100 + step * i + 15}" y="280" width="${step - 30}" height="90" rx="8" fill="${c.main}"/><rect x="${100 + step * i + 35}" y="400" width="${step - 70}" height="60" rx="8" fill="${c.soft}"/>`).join('')}`,
    }
  },
  (random, c) => {
    const stars = random.int(3, 5)
    return {
      alt: `Hình minh họa: ${stars} trên 5 ngôi sao đánh giá mức độ hài lòng và một mã QR`,
      shapes: `${Array.from({ length: 5 }, (_, i) => `<polygon transform="translate(${110 + i * 150} 90) scale(0.7)" points="80,0 100,58 160,58 112,94 130,152 80,116 30,152 48,94 0,58 60,58" fill="${i < stars ? c.accent : c.soft}"/>`).join('')}
        <rect x="380" y="260" width="200" height="200" fill="#fff"/>
        ${Array.from({ length: 64 }, (_, k) => (random.chance(0.45) ? `<rect x="${395 + (k % 8) * 21}" y="${275 + Math.floor(k / 8) * 21}" width="19" height="19" fill="#1b1f24"/>` : '')).join('')}`,
    }
  },
  (random, c) => {
    const papers = random.int(2, 5)
    return {
      alt: `Hình minh họa: điện thoại hiển thị biểu mẫu điện tử bên cạnh ${papers} tập hồ sơ giấy`,
      shapes: `${Array.from({ length: papers }, (_, i) => `<rect x="${150 + (i % 2) * 20}" y="${380 - i * 45}" width="260" height="40" rx="4" fill="${i % 2 ? c.soft : '#d9c7a1'}"/>`).join('')}
        <path d="M450 300 H540" stroke="${c.accent}" stroke-width="10"/><polygon points="540,282 575,300 540,318" fill="${c.accent}"/>
        <rect x="610" y="80" width="200" height="390" rx="26" fill="#1b1f24"/><rect x="626" y="118" width="168" height="314" rx="6" fill="#fff"/>
        ${Array.from({ length: 5 }, (_, i) => `<rect x="644" y="${140 + i * 55}" width="${i % 2 ? 90 : 132}" height="24" rx="4" fill="${c.soft}"/>`).join('')}`,
    }
  },
  (random, c) => {
    const bars = random.int(4, 8)
    const heights = Array.from({ length: bars }, (_, i) => 80 + i * (260 / bars) + random.int(-20, 20))
    const width = 700 / bars
    return {
      alt: `Hình minh họa: biểu đồ cột tăng dần qua ${bars} kỳ báo cáo`,
      shapes: `<path d="M110 460 H870 M110 460 V80" stroke="${c.main}" stroke-width="6"/>
        ${heights.map((height, i) => `<rect x="${130 + i * width}" y="${455 - height}" width="${width - 24}" height="${height}" fill="${i === bars - 1 ? c.accent : c.main}"/>`).join('')}`,
    }
  },
  (random, c) => {
    const people = random.int(4, 8)
    return {
      alt: `Hình minh họa: cuộc họp quanh một bàn dài với ${people} người tham dự`,
      shapes: `<rect x="180" y="230" width="600" height="110" rx="50" fill="${c.main}"/>
        ${Array.from({ length: people }, (_, i) => {
          const x = 220 + (i % Math.ceil(people / 2)) * (520 / Math.ceil(people / 2)) + 30
          const y = i < Math.ceil(people / 2) ? 170 : 400
          return `<circle cx="${x}" cy="${y}" r="32" fill="${i % 3 ? c.soft : c.accent}"/>`
        }).join('')}`,
    }
  },
  (random, c) => {
    const houses = random.int(3, 6)
    const step = 700 / houses
    return {
      alt: `Hình minh họa: ${houses} ngôi nhà trong thôn và cột loa truyền thanh`,
      shapes: `<rect x="0" y="420" width="${WIDTH}" height="${HEIGHT - 420}" fill="${c.soft}"/>
        ${Array.from({ length: houses }, (_, i) => `<rect x="${60 + i * step}" y="300" width="${step - 40}" height="120" fill="${c.main}"/><polygon points="${50 + i * step},300 ${40 + (i + 0.5) * step},220 ${30 + (i + 1) * step},300" fill="${c.accent}"/>`).join('')}
        <rect x="850" y="120" width="14" height="300" fill="#1b1f24"/><polygon points="864,130 920,105 920,175 864,150" fill="${c.accent}"/>`,
    }
  },
  (random, c) => {
    const sheets = random.int(2, 4)
    return {
      alt: `Hình minh họa: ${sheets} trang văn bản xếp chồng có đóng dấu đỏ`,
      shapes: `${Array.from({ length: sheets }, (_, i) => `<rect x="${300 + i * 40}" y="${70 + i * 25}" width="300" height="400" fill="#fff" stroke="${c.soft}" stroke-width="4"/>`).join('')}
        ${Array.from({ length: 7 }, (_, i) => `<rect x="${300 + (sheets - 1) * 40 + 30}" y="${130 + (sheets - 1) * 25 + i * 36}" width="${i === 6 ? 120 : 240}" height="14" fill="${c.soft}"/>`).join('')}
        <circle cx="${300 + (sheets - 1) * 40 + 220}" cy="${70 + (sheets - 1) * 25 + 340}" r="48" fill="none" stroke="${c.accent}" stroke-width="10"/>`,
    }
  },
]

export function planImages(random: Random, count: number): ImagePlan[] {
  return Array.from({ length: count }, (_, index) => {
    const colours = random.pick(PALETTES)
    const { alt, shapes } = random.pick(SCENES)(random, colours)
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="${colours.ground}"/>${shapes}</svg>`
    return { alt, svg, fileName: `minh-hoa-${String(index + 1).padStart(4, '0')}.png` }
  })
}

/** The PNG Payload receives, as the Local API takes an upload. */
export async function renderImage({ svg, fileName }: ImagePlan) {
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  return { data, mimetype: 'image/png', name: fileName, size: data.length }
}
