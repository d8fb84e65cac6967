import type { CorpusSize } from './corpusSize'
import type { Random } from './random'
import type { UnitPlan } from './unitPlan'

export type IndexResultPlan = {
  index: 'par-index' | 'sipas' | 'papi' | 'ict-index'
  year: number
  unit: number
  score: number
  maxScore: number
  rank: number
  components: Array<{ name: string; score: number; maxScore: number }>
}

/** The indices a province reports on, their components and the years they were published. */
/** The total is the sum of the components, or their mean where each is a percentage (SIPAS). */
const INDICES: Array<{
  index: IndexResultPlan['index']
  maxScore: number
  years: number[]
  total: 'sum' | 'mean'
  components: Array<[string, number]>
}> = [
  {
    index: 'par-index',
    maxScore: 100,
    total: 'sum',
    years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
    components: [
      ['Công tác chỉ đạo, điều hành cải cách hành chính', 10],
      ['Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', 8],
      ['Cải cách thủ tục hành chính', 13],
      ['Cải cách tổ chức bộ máy hành chính nhà nước', 9],
      ['Cải cách chế độ công vụ', 12],
      ['Cải cách tài chính công', 7],
      ['Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 11],
      ['Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', 30],
    ],
  },
  {
    index: 'sipas',
    maxScore: 100,
    total: 'mean',
    years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
    components: [
      ['Tiếp cận dịch vụ hành chính công', 100],
      ['Thủ tục hành chính', 100],
      ['Công chức trực tiếp giải quyết công việc', 100],
      ['Kết quả cung ứng dịch vụ hành chính công', 100],
      ['Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 100],
    ],
  },
  {
    index: 'papi',
    maxScore: 80,
    total: 'sum',
    years: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
    components: [
      ['Tham gia của người dân ở cấp cơ sở', 10],
      ['Công khai, minh bạch trong việc ra quyết định ở địa phương', 10],
      ['Trách nhiệm giải trình với người dân', 10],
      ['Kiểm soát tham nhũng trong khu vực công', 10],
      ['Thủ tục hành chính công', 10],
      ['Cung ứng dịch vụ công', 10],
      ['Quản trị môi trường', 10],
      ['Quản trị điện tử', 10],
    ],
  },
  { index: 'ict-index', maxScore: 1, years: [2016, 2017, 2018, 2019, 2020], total: 'sum', components: [] },
]

const round2 = (value: number) => Math.round(value * 100) / 100

/**
 * Yearly index results of a sample of provinces. Each province has its own level that drifts from
 * year to year; ranks are the order of the scores among the sampled provinces.
 */
export function planIndexResults(random: Random, size: CorpusSize, units: UnitPlan[]): IndexResultPlan[] {
  const provinces = random.sample(
    units.flatMap((unit, index) => (unit.stage === 'province' ? [index] : [])),
    size.indexedProvinces,
  )
  const level = new Map(provinces.map((province) => [province, random.decimal(0.74, 0.88, 3)]))
  return INDICES.flatMap(({ index, maxScore, years, total, components }) =>
    years.flatMap((year) => {
      const results = provinces.map((unit) => {
        const drift = (year - 2016) * 0.006 + random.decimal(-0.03, 0.03, 3)
        const share = () => Math.min(0.99, level.get(unit)! + drift + random.decimal(-0.05, 0.05, 3))
        const parts = components.map(([name, partMax]) => ({ name, score: round2(partMax * share()), maxScore: partMax }))
        const sum = parts.reduce((all, part) => all + part.score, 0)
        const score = parts.length === 0 ? round2(maxScore * share()) : round2(total === 'mean' ? sum / parts.length : sum)
        return { index, year, unit, score, maxScore, rank: 0, components: parts }
      })
      const ranked = [...results].sort((a, b) => b.score - a.score)
      return results.map((result) => ({ ...result, rank: ranked.indexOf(result) + 1 }))
    }),
  )
}
