// Series over time: what is joined, what is a gap, what is a break, how many are drawn.
import { describe as group, expect, it } from 'vitest'
import { buildLinePanels, listBreaks } from '@/features/charts/model/line-model'
import { defaultChartType } from '@/features/charts/model/chart-type'
import { figureTimeSpan } from '@/features/charts/model/time-span'
import { invented, describe } from './descriptions'

const point = (value: number) => ({ kind: 'point' as const, value })
const range = (low: number, high: number) => ({ kind: 'range' as const, low, high })
const atLeast = (value: number) => ({ kind: 'lower-bound' as const, value })

group('defaultChartType: the documented rule', () => {
  it.each([
    ['a single figure is a single bar', [describe('involuntary-returns-caricom-2018')], 'bar'],
    [
      'one period across places: ranked bars',
      [invented('JAM', 2021, point(5)), invented('HTI', 2021, point(9))],
      'bar',
    ],
    [
      'places in different years, one each: bars',
      [invented('JAM', 2020, point(5)), invented('HTI', 2021, point(9))],
      'bar',
    ],
    [
      'one place in two periods: a line',
      [invented('JAM', 2020, point(5)), invented('JAM', 2021, point(9))],
      'line',
    ],
  ] as const)('%s', (_, descriptions, expected) => {
    expect(defaultChartType([...descriptions])).toBe(expected)
  })
})

group('buildLinePanels', () => {
  it('joins consecutive point values, leaves a missing period as a gap, and never joins different kinds', () => {
    const [panel] = buildLinePanels([
      invented('JAM', 2016, point(10)),
      invented('JAM', 2017, point(12)),
      invented('JAM', 2019, point(11)), // 2018 missing
      invented('JAM', 2020, range(8, 14)),
      invented('JAM', 2021, range(9, 15)),
      invented('JAM', 2022, atLeast(16)),
    ])
    const points = panel!.series[0]!.points
    expect(
      points.map((p) => [p.description.year, p.kind, p.gapBefore, p.joinedToPrevious]),
    ).toEqual([
      [2016, 'point', false, false],
      [2017, 'point', false, true],
      [2019, 'point', true, false],
      [2020, 'range', false, false],
      [2021, 'range', false, true],
      [2022, 'lower-bound', false, false],
    ])
    // A range keeps both ends, a lower bound has no top; calendar years sit at their middle.
    expect(points[3]).toMatchObject({ low: 8, high: 14, x: 2020.5, start: 2020, end: 2021 })
    expect(points[5]).toMatchObject({ low: 16, high: null })
    // The axis leaves room above the lower bound for its open end.
    expect(panel!.valueMax).toBeCloseTo(16 * 1.4)
  })

  it('marks a change of source or coverage inside a series and does not join across it', () => {
    const panels = buildLinePanels([
      invented('GTM', 2017, point(300)),
      invented('GTM', 2018, point(390)),
      invented('GTM', 2019, point(520), {
        producer: 'A household survey',
        coverage: 'A household survey.',
      }),
    ])
    const points = panels[0]!.series[0]!.points
    expect(points[2]!.breakBefore).toEqual(['source', 'coverage'])
    expect(points[2]!.joinedToPrevious).toBe(false)
    expect(listBreaks(panels)).toEqual([
      { place: 'Guatemala', from: '2018', to: '2019', reasons: ['source', 'coverage'] },
    ])
  })

  it('draws one panel per unit and at most eight series, ranked by their latest value, naming the rest', () => {
    const places = ['ATG', 'BHS', 'BRB', 'BLZ', 'DMA', 'DOM', 'GRD', 'GTM', 'GUY', 'HTI']
    const descriptions = places.flatMap((code, i) => [
      invented(code, 2020, point(100 + i)),
      invented(code, 2021, point(200 + i)),
    ])
    descriptions.push(invented('JAM', 2021, point(7), { unit: 'persons' }))
    const panels = buildLinePanels(descriptions)
    expect(panels.map((p) => p.unit)).toEqual(['returns', 'persons'])
    expect(panels[0]!.series.map((s) => s.key)).toEqual([
      'HTI',
      'GUY',
      'GTM',
      'GRD',
      'DOM',
      'DMA',
      'BLZ',
      'BRB',
    ])
    expect(new Set(panels[0]!.series.map((s) => s.colour)).size).toBe(8)
    expect(panels[0]!.notDrawn).toEqual(['Bahamas', 'Antigua and Barbuda'])
  })
})

group('figureTimeSpan: periods at their real dates', () => {
  it.each([
    ['a calendar year', { year: 2019 }, 2019, 2020],
    [
      'a US fiscal year (October to September)',
      { year: 2019, period: { kind: 'fiscal-year', start: '2018-10', end: '2019-09' } },
      2018.75,
      2019.75,
    ],
    ['a quarter', { year: 2019, period: { kind: 'quarter', quarter: 2 } }, 2019.25, 2019.5],
    ['a month', { year: 2019, period: { kind: 'month', month: 3 } }, 2019 + 2 / 12, 2019 + 3 / 12],
  ] as const)('%s', (_, figure, start, end) => {
    const span = figureTimeSpan(figure as Parameters<typeof figureTimeSpan>[0])
    expect(span.start).toBeCloseTo(start)
    expect(span.end).toBeCloseTo(end)
  })
})
