import { describe as group, expect, it } from 'vitest'
import type { FigureDescription } from '@/domain/figure-description'
import { buildTableModel, nextSort, sortTableRows, sourceMark, type SortState } from '@/features/indicator/model/table-model'
import { describe, figureById } from '../charts/descriptions'

const people = describe('migrants-smuggled-world-2016')
const profits = describe('smuggling-profits-world-2016')
const returns = describe('involuntary-returns-caricom-2018')

group('buildTableModel', () => {
  it('gives each row its source and caveats, one note per shared text', () => {
    const model = buildTableModel([people, profits, returns])
    expect(model.rows.map((r) => r.sourceMark)).toEqual(['a', 'a', 'b'])
    expect(model.sourceNotes.map((n) => n.line.slice(0, 8))).toEqual(['Source: ', 'Source: '])
    expect(model.rows[0]!.caveatNumbers).toEqual([1, 2, 3, 4, 5])
    // Profits shares the "does not say how many countries" and "states the year once" caveats with people.
    expect(model.rows[1]!.caveatNumbers).toEqual([6, 7, 3, 8, 9, 5])
    expect(model.rows[2]!.caveatNumbers).toEqual([10, 11, 12, 13, 14])
    expect(model.caveatNotes).toHaveLength(14)
    const everyCaveat = [people, profits, returns].flatMap((d) => d.caveats.map((c) => c.text))
    expect(new Set(model.caveatNotes.map((n) => n.caveat.text))).toEqual(new Set(everyCaveat))
  })
})

group('sortTableRows', () => {
  // An invented extra row (not data) so that every column has something to order.
  const extra: FigureDescription = {
    ...returns,
    figure: { ...figureById('involuntary-returns-caricom-2018'), id: 'extra', year: 2017, estimate: { kind: 'lower-bound', value: 10 } },
    placeName: { text: 'Barbados', lang: 'en', fallback: false },
    year: 2017,
    estimateKind: 'lower-bound',
  }
  const rows = buildTableModel([people, profits, returns, extra]).rows
  it.each([
    { sort: null, expected: ['migrants-smuggled-world-2016', 'smuggling-profits-world-2016', 'involuntary-returns-caricom-2018', 'extra'] },
    { sort: { column: 'place', direction: 'ascending' }, expected: ['extra', 'involuntary-returns-caricom-2018', 'migrants-smuggled-world-2016', 'smuggling-profits-world-2016'] },
    { sort: { column: 'year', direction: 'descending' }, expected: ['involuntary-returns-caricom-2018', 'extra', 'migrants-smuggled-world-2016', 'smuggling-profits-world-2016'] },
    { sort: { column: 'value', direction: 'ascending' }, expected: ['extra', 'involuntary-returns-caricom-2018', 'migrants-smuggled-world-2016', 'smuggling-profits-world-2016'] },
    { sort: { column: 'value', direction: 'descending' }, expected: ['smuggling-profits-world-2016', 'migrants-smuggled-world-2016', 'involuntary-returns-caricom-2018', 'extra'] },
    { sort: { column: 'kind', direction: 'ascending' }, expected: ['involuntary-returns-caricom-2018', 'migrants-smuggled-world-2016', 'extra', 'smuggling-profits-world-2016'] },
  ] as { sort: SortState | null; expected: string[] }[])('$sort', ({ sort, expected }) => {
    expect(sortTableRows(rows, sort, 'en').map((r) => r.description.figure.id)).toEqual(expected)
  })
})

group('nextSort and sourceMark', () => {
  it.each([
    { current: null, column: 'year', expected: { column: 'year', direction: 'ascending' } },
    { current: { column: 'year', direction: 'ascending' }, column: 'year', expected: { column: 'year', direction: 'descending' } },
    { current: { column: 'year', direction: 'descending' }, column: 'year', expected: { column: 'year', direction: 'ascending' } },
    { current: { column: 'year', direction: 'descending' }, column: 'value', expected: { column: 'value', direction: 'ascending' } },
  ] as const)('$column after $current', ({ current, column, expected }) => {
    expect(nextSort(current, column)).toEqual(expected)
  })

  it.each([
    [0, 'a'],
    [25, 'z'],
    [26, 'aa'],
    [27, 'ab'],
  ])('mark %i is %s', (position, mark) => expect(sourceMark(position)).toBe(mark))
})
