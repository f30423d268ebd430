// Text alternatives that state the shape of the data, with estimate kinds kept, in both languages.
import { describe as group, expect, it } from 'vitest'
import { buildLinePanels } from '@/features/charts/model/line-model'
import { describePoint, describeRanking } from '@/features/charts/model/shape-summary'
import { describeTrend } from '@/features/charts/model/line-summary'
import { invented } from './descriptions'
import { tEn, tEs } from '../filters/built-in-index'

const point = (value: number) => ({ kind: 'point' as const, value })
const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022]
const seven = [1757, 1600, 1420, 1200, 980, 700, 562]

group('describeTrend', () => {
  it.each([
    ['en', 'Dominican Republic: fell from 1,757 in 2016 to 562 in 2022, down 68%.'],
    ['es', 'República Dominicana: bajó de 1757 en 2016 a 562 en 2022, un 68\u00a0% menos.'],
  ] as const)('states a fall and its size (%s)', (lang, expected) => {
    const t = lang === 'en' ? tEn : tEs
    const panels = buildLinePanels(
      years.map((y, i) => invented('DOM', y, point(seven[i]!), { lang })),
    )
    expect(describeTrend(panels, lang, t)).toBe(expected)
  })

  it('keeps the kinds and computes no change between a range and a lower bound', () => {
    const panels = buildLinePanels([
      invented('JAM', 2019, { kind: 'range', low: 300, high: 450 }),
      invented('JAM', 2021, { kind: 'lower-bound', value: 500 }),
    ])
    expect(describeTrend(panels, 'en', tEn)).toBe(
      'Jamaica: from between 300 and 450 in 2019 to at least 500 in 2021; the kinds of estimate differ, so no change is computed.',
    )
  })

  it('says where a series changes source', () => {
    const panels = buildLinePanels([
      invented('GTM', 2018, point(400)),
      invented('GTM', 2019, point(500), { producer: 'A survey' }),
    ])
    expect(describeTrend(panels, 'en', tEn)).toBe(
      'Guatemala: rose from 400 in 2018 to 500 in 2019, up 25%. The series changes source, coverage or definition in 2019: read the change across it with care.',
    )
  })
})

group('describeRanking', () => {
  it.each([
    [
      'en',
      '3 figures. Highest: Dominican Republic (2021), 1,835; lowest: Trinidad and Tobago (2021), at least 73.',
    ],
    [
      'es',
      '3 cifras. La más alta: República Dominicana (2021), 1835; la más baja: Trinidad y Tobago (2021), al menos 73.',
    ],
  ] as const)('names the highest and lowest (%s)', (lang, expected) => {
    const t = lang === 'en' ? tEn : tEs
    const figures = [
      invented('JAM', 2021, point(900), { lang }),
      invented('TTO', 2021, { kind: 'lower-bound', value: 73 }, { lang }),
      invented('DOM', 2021, point(1835), { lang }),
    ]
    expect(describeRanking(figures, lang, t)).toBe(expected)
  })
})

group('describePoint', () => {
  it('says value with its kind, place, period, caveats and position', () => {
    const d = invented('JAM', 2019, { kind: 'range', low: 300, high: 450 })
    expect(describePoint(d, 2, 7, 'en', tEn)).toBe(
      `Jamaica, 2019: between 300 and 450 (Range (low to high)). ${d.caveats.length} caveats. Point 2 of 7.`,
    )
  })
})
