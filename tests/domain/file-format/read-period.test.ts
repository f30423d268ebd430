import { fiscalYearLabel, readTime, type TimeCells } from '@/domain/file-format/read-period'
import { packFigures, unpackFigures } from '@/features/import/model/pack-figures'
import { analyseText } from '@tests/features/import/helpers'

const cells = (c: Partial<TimeCells>): TimeCells => ({
  year: '',
  period: '',
  periodStart: '',
  periodEnd: '',
  ...c,
})

describe('readTime', () => {
  it.each<[string, Partial<TimeCells>, unknown]>([
    [
      'a year alone: a calendar year, as every file before periods',
      { year: '2018' },
      { year: 2018 },
    ],
    ['a year in the period cell', { period: '2018' }, { year: 2018 }],
    [
      'a month in the period cell',
      { period: '2019-03' },
      { year: 2019, period: { kind: 'month', month: 3 } },
    ],
    [
      'a quarter written 2019-Q1',
      { period: '2019-Q1' },
      { year: 2019, period: { kind: 'quarter', quarter: 1 } },
    ],
    [
      'a quarter written Q4 2019',
      { period: 'Q4 2019' },
      { year: 2019, period: { kind: 'quarter', quarter: 4 } },
    ],
    [
      'a quarter written the Spanish way, T2 2019',
      { period: 'T2 2019' },
      { year: 2019, period: { kind: 'quarter', quarter: 2 } },
    ],
    [
      'one month by its first and last month',
      { periodStart: '2019-03', periodEnd: '2019-03' },
      { year: 2019, period: { kind: 'month', month: 3 } },
    ],
    [
      'a calendar quarter by its months',
      { periodStart: '2019-07', periodEnd: '2019-09' },
      { year: 2019, period: { kind: 'quarter', quarter: 3 } },
    ],
    [
      'January to December: a calendar year',
      { year: '2018', period: '2018', periodStart: '2018-01', periodEnd: '2018-12' },
      { year: 2018 },
    ],
    [
      'US FY2019 with its months',
      { year: '2019', period: 'FY2019', periodStart: '2018-10', periodEnd: '2019-09' },
      {
        year: 2019,
        period: { kind: 'fiscal-year', label: 'FY2019', start: '2018-10', end: '2019-09' },
      },
    ],
    [
      'a fiscal year as the export writes it (name and months)',
      { period: 'FY2019 (Oct 2018 – Sep 2019)', periodStart: '2018-10', periodEnd: '2019-09' },
      {
        year: 2019,
        period: { kind: 'fiscal-year', label: 'FY2019', start: '2018-10', end: '2019-09' },
      },
    ],
    [
      'a fiscal year with no name, as the Spanish export writes it',
      { period: 'año fiscal jul 2019 – jun 2020', periodStart: '2019-07', periodEnd: '2020-06' },
      { year: 2020, period: { kind: 'fiscal-year', start: '2019-07', end: '2020-06' } },
    ],
  ])('%s', (_what, given, time) => {
    expect(readTime(cells(given))).toEqual({ ok: true, time })
  })

  it.each<[string, Partial<TimeCells>, string, string]>([
    [
      'a fiscal year without its months',
      { period: 'FY2019' },
      'period',
      'import.reason.periodText',
    ],
    [
      'a first month without a last one',
      { periodStart: '2018-10' },
      'periodEnd',
      'import.reason.periodBothMonths',
    ],
    [
      'a month written with its day',
      { periodStart: '2018-10-01', periodEnd: '2019-09' },
      'periodStart',
      'validation.yearMonth',
    ],
    [
      'a last month before the first',
      { periodStart: '2019-09', periodEnd: '2018-10' },
      'periodEnd',
      'import.reason.periodEndBeforeStart',
    ],
    [
      'seven months',
      { periodStart: '2019-01', periodEnd: '2019-07' },
      'periodEnd',
      'import.reason.periodLength',
    ],
    [
      'three months that are not a calendar quarter',
      { periodStart: '2019-02', periodEnd: '2019-04' },
      'periodEnd',
      'import.reason.periodLength',
    ],
    [
      'a year that contradicts the fiscal year',
      { year: '2018', period: 'FY2019', periodStart: '2018-10', periodEnd: '2019-09' },
      'year',
      'import.reason.periodYear',
    ],
    [
      'a year that contradicts the month',
      { year: '2018', period: '2019-03' },
      'year',
      'import.reason.periodYear',
    ],
    ['no year and no period', {}, 'year', 'import.reason.year'],
  ])('refuses %s, naming the cell', (_what, given, column, key) => {
    const result = readTime(cells(given))
    expect(result).toMatchObject({ ok: false, column, reason: { key } })
  })
})

describe('fiscalYearLabel', () => {
  it.each([
    ['FY2019', 'FY2019'],
    ['FY2019 (Oct 2018 – Sep 2019)', 'FY2019'],
    ['FY2019 (US)', 'FY2019 (US)'],
    ['fiscal year Oct 2018 – Sep 2019', undefined],
    ['', undefined],
  ])('“%s” → %s', (text, label) => {
    expect(fiscalYearLabel(text, '2018-10', '2019-09')).toBe(label)
  })
})

// A national register's deportees by month and a US fiscal year of removals, in one file.
const periodFile = [
  'indicator,geography code,year,period,period start,period end,estimate kind,value,unit,caveats,source document,publisher',
  'Involuntary returns registered,JAM,,2019-03,,,point,41,returns,Coverage: Deportees received at Norman Manley airport only.,Deportees received 2019,Jamaica Ministry of National Security',
  'Involuntary returns registered,JAM,,2019-04,,,point,38,returns,Coverage: Deportees received at Norman Manley airport only.,Deportees received 2019,Jamaica Ministry of National Security',
  'Involuntary returns registered,JAM,2019,FY2019,2018-10,2019-09,point,1183,returns,Coverage: Removals by one US agency only.,Annual removals FY2019,US agency',
].join('\n')

describe('importing periods', () => {
  it('reads months and a fiscal year, each with its own id, and none a duplicate of another', () => {
    const { summary, figures } = analyseText(periodFile)
    expect(summary.issues).toEqual([])
    expect(summary.duplicateCount).toBe(0)
    expect(figures.map((f) => [f.id, f.year, f.period])).toEqual([
      ['involuntary-returns-jam-2019-03', 2019, { kind: 'month', month: 3 }],
      ['involuntary-returns-jam-2019-04', 2019, { kind: 'month', month: 4 }],
      [
        'involuntary-returns-jam-fy-2018-10-2019-09',
        2019,
        { kind: 'fiscal-year', label: 'FY2019', start: '2018-10', end: '2019-09' },
      ],
    ])
  })

  it('flags the same month twice as a duplicate, with the row it repeats', () => {
    const lines = periodFile.split('\n')
    const { summary } = analyseText([...lines, lines[1]].join('\n'))
    expect(summary.duplicates).toEqual([
      expect.objectContaining({
        row: 5,
        period: { kind: 'month', month: 3 },
        of: { kind: 'row', row: 2 },
      }),
    ])
  })

  it('names the row and column of a period it cannot read', () => {
    const { summary } = analyseText(periodFile.replace('FY2019,2018-10,2019-09', 'FY2019,,'))
    expect(summary.issues).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'period',
        value: 'FY2019',
        reason: { key: 'import.reason.periodText' },
      }),
    ])
  })

  it('keeps periods through storage (packed and unpacked), ids made again from the period', () => {
    const { figures } = analyseText(periodFile)
    const packed = packFigures(figures)
    expect(packed.ids).toEqual([])
    expect(unpackFigures(packed)).toEqual(figures)
  })

  it('reads packings saved before periods (no periods column) as calendar years', () => {
    const { figures } = analyseText(
      periodFile.split('\n').slice(0, 2).join('\n').replace(',,2019-03,,,', ',2019,,,,'),
    )
    const packed = packFigures(figures)
    expect('periods' in packed).toBe(false)
    expect(unpackFigures(packed)).toEqual(figures)
  })
})
