import { describe as group, expect, it } from 'vitest'
import { buildTableModel, sourceMark } from '@/features/indicator/model/table-model'
import { describe } from '../charts/descriptions'

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

group('sourceMark', () => {
  it.each([
    [0, 'a'],
    [25, 'z'],
    [26, 'aa'],
    [27, 'ab'],
  ])('mark %i is %s', (position, mark) => expect(sourceMark(position)).toBe(mark))
})
