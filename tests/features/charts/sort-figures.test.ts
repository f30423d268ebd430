// The one order of the ranked bars, the table and the exports.
import { describe as group, expect, it } from 'vitest'
import type { FigureDescription } from '@/domain/figure-description'
import type { SortState } from '@/lib/routing/view-params'
import { nextSort, sortFigures } from '@/features/charts/model/sort-figures'
import { describe, figureById } from './descriptions'

const people = describe('migrants-smuggled-world-2016')
const profits = describe('smuggling-profits-world-2016')
const returns = describe('involuntary-returns-caricom-2018')

group('sortFigures', () => {
  // An invented extra figure (not data) so that every column has something to order.
  const extra: FigureDescription = {
    ...returns,
    figure: {
      ...figureById('involuntary-returns-caricom-2018'),
      id: 'extra',
      year: 2017,
      estimate: { kind: 'lower-bound', value: 10 },
    },
    placeName: { text: 'Barbados', lang: 'en', fallback: false },
    year: 2017,
    estimateKind: 'lower-bound',
  }
  const all = [people, profits, returns, extra]
  it.each([
    {
      sort: 'place-asc',
      expected: [
        'extra',
        'involuntary-returns-caricom-2018',
        'migrants-smuggled-world-2016',
        'smuggling-profits-world-2016',
      ],
    },
    {
      sort: 'year-desc',
      expected: [
        'involuntary-returns-caricom-2018',
        'extra',
        'migrants-smuggled-world-2016',
        'smuggling-profits-world-2016',
      ],
    },
    {
      sort: 'value-asc',
      expected: [
        'extra',
        'involuntary-returns-caricom-2018',
        'migrants-smuggled-world-2016',
        'smuggling-profits-world-2016',
      ],
    },
    // A range ranks by its low end (5.5 billion), a lower bound by its value (2.5 million).
    {
      sort: 'value-desc',
      expected: [
        'smuggling-profits-world-2016',
        'migrants-smuggled-world-2016',
        'involuntary-returns-caricom-2018',
        'extra',
      ],
    },
    {
      sort: 'kind-asc',
      expected: [
        'involuntary-returns-caricom-2018',
        'migrants-smuggled-world-2016',
        'extra',
        'smuggling-profits-world-2016',
      ],
    },
  ] as { sort: SortState; expected: string[] }[])('$sort', ({ sort, expected }) => {
    expect(sortFigures(all, sort, 'en').map((d) => d.figure.id)).toEqual(expected)
  })

  it('keeps the order of equal figures', () => {
    const same = { ...extra, figure: { ...extra.figure, id: 'same' } }
    expect(sortFigures([extra, same], 'value-desc', 'en').map((d) => d.figure.id)).toEqual([
      'extra',
      'same',
    ])
  })
})

group('nextSort', () => {
  it.each([
    { current: 'year-asc', column: 'year', expected: 'year-desc' },
    { current: 'year-desc', column: 'year', expected: 'year-asc' },
    { current: 'value-desc', column: 'place', expected: 'place-asc' },
    { current: 'place-asc', column: 'value', expected: 'value-desc' },
  ] as const)('$column after $current', ({ current, column, expected }) => {
    expect(nextSort(current, column)).toEqual(expected)
  })
})
