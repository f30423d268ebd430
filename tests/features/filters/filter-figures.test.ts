import { describe, expect, it } from 'vitest'
import { compareGeographies, filterFigures, inYears } from '@/features/filters/model/filter-figures'
import { builtInIndex } from './built-in-index'

const index = builtInIndex()
const W_PEOPLE = 'migrants-smuggled-world-2016'
const W_PROFITS = 'smuggling-profits-world-2016'
const CARICOM = 'involuntary-returns-caricom-2018'

describe('filterFigures (geography follows recorded membership)', () => {
  it.each([
    {
      label: 'no filter: every figure as its own',
      places: [],
      years: null,
      expected: [`own ${W_PEOPLE}`, `own ${W_PROFITS}`, `own ${CARICOM}`],
    },
    {
      label: 'Jamaica: world and CARICOM aggregates cover it',
      places: ['JAM'],
      years: null,
      expected: [`aggregate ${W_PEOPLE}`, `aggregate ${W_PROFITS}`, `aggregate ${CARICOM}`],
    },
    {
      label: 'Canada: only the world covers it (not a CARICOM member)',
      places: ['CAN'],
      years: null,
      expected: [`aggregate ${W_PEOPLE}`, `aggregate ${W_PROFITS}`],
    },
    {
      label: 'Belize: member of CARICOM and RCM',
      places: ['BLZ'],
      years: null,
      expected: [`aggregate ${W_PEOPLE}`, `aggregate ${W_PROFITS}`, `aggregate ${CARICOM}`],
    },
    {
      label: 'the CARICOM region itself',
      places: ['CARICOM'],
      years: null,
      expected: [`own ${CARICOM}`],
    },
    { label: 'the RCM region (no figures of its own)', places: ['RCM'], years: null, expected: [] },
    {
      label: '2016 only',
      places: [],
      years: { from: 2016, to: 2016 },
      expected: [`own ${W_PEOPLE}`, `own ${W_PROFITS}`],
    },
    {
      label: '2017–2018',
      places: [],
      years: { from: 2017, to: 2018 },
      expected: [`own ${CARICOM}`],
    },
    { label: '2019: nothing', places: [], years: { from: 2019, to: 2019 }, expected: [] },
    {
      label: 'Jamaica in 2018',
      places: ['JAM'],
      years: { from: 2018, to: 2018 },
      expected: [`aggregate ${CARICOM}`],
    },
    { label: 'Canada in 2018', places: ['CAN'], years: { from: 2018, to: 2018 }, expected: [] },
  ])('$label', ({ places, years, expected }) => {
    const matches = filterFigures(index, index.figures, { places, years })
    expect(matches.map((m) => `${m.kind} ${m.figure.id}`)).toEqual(expected)
  })

  it('names the selected countries an aggregate covers', () => {
    const [match] = filterFigures(index, index.figures, {
      places: ['JAM', 'CAN', 'BRB'],
      years: { from: 2018, to: 2018 },
    })
    expect(match).toMatchObject({ kind: 'aggregate', coveredSelection: ['JAM', 'BRB'] })
  })
})

describe('inYears', () => {
  it.each([
    { year: 2016, years: null, expected: true },
    { year: 2016, years: { from: 2016, to: 2016 }, expected: true },
    { year: 2015, years: { from: 2016, to: 2018 }, expected: false },
    { year: 2018, years: { from: 2016, to: 2018 }, expected: true },
    { year: 2019, years: { from: 2016, to: 2018 }, expected: false },
  ])('$year in $years → $expected', ({ year, years, expected }) => {
    expect(inYears({ year }, years)).toBe(expected)
  })

  // US FY2019 runs October 2018 to September 2019: it overlaps both calendar years.
  const fy2019 = {
    year: 2019,
    period: { kind: 'fiscal-year', label: 'FY2019', start: '2018-10', end: '2019-09' },
  } as const
  it.each([
    { what: 'US FY2019', figure: fy2019, years: { from: 2018, to: 2018 }, expected: true },
    { what: 'US FY2019', figure: fy2019, years: { from: 2019, to: 2019 }, expected: true },
    { what: 'US FY2019', figure: fy2019, years: { from: 2020, to: 2021 }, expected: false },
    { what: 'US FY2019', figure: fy2019, years: { from: 2016, to: 2017 }, expected: false },
    {
      what: 'March 2019',
      figure: { year: 2019, period: { kind: 'month', month: 3 } } as const,
      years: { from: 2019, to: 2019 },
      expected: true,
    },
    {
      what: 'March 2019',
      figure: { year: 2019, period: { kind: 'month', month: 3 } } as const,
      years: { from: 2018, to: 2018 },
      expected: false,
    },
    {
      what: 'Q4 2018',
      figure: { year: 2018, period: { kind: 'quarter', quarter: 4 } } as const,
      years: { from: 2018, to: 2020 },
      expected: true,
    },
  ])('$what overlaps $years → $expected', ({ figure, years, expected }) => {
    expect(inYears(figure, years)).toBe(expected)
  })
})

describe('compareGeographies', () => {
  it('orders the world first, then regions, then countries', () => {
    expect(['JAM', 'RCM', '001', 'CARICOM', 'BRB'].sort(compareGeographies(index))).toEqual([
      '001',
      'CARICOM',
      'RCM',
      'BRB',
      'JAM',
    ])
  })
})
