import { packFigures, unpackFigures } from '@/features/import/model/pack-figures'
import { analyseText, builtInIndex, csv, row } from '../helpers'

describe('packFigures / unpackFigures', () => {
  it('gives back figures equal to the packed ones: built-in, imported, every estimate kind and option', () => {
    const built = builtInIndex().dataset.figures
    const imported = analyseText(
      csv(
        row(),
        row({ 'estimate kind': 'range', low: '300', high: '450', caveats: 'none stated', evidence: 'Paragraph 2: “a sentence”', 'quoted person': 'Jane Doe, Director' }),
        row({ 'estimate kind': 'lower bound', 'value (as displayed)': '2.5', unit: 'US dollars', currency: 'USD', 'original producer': 'A survey' }),
      ),
    ).figures
    const figures = [...built, ...imported]
    expect(unpackFigures(packFigures(figures))).toEqual(figures)
  })

  it('keeps shared caveat lists shared', () => {
    const { figures } = analyseText(csv(row(), row({ year: '2020' })))
    const [a, b] = unpackFigures(packFigures(figures))
    expect(a!.caveats).toBe(b!.caveats)
  })

  it('refuses a packing that does not hold together', () => {
    const packed = packFigures(analyseText(csv(row())).figures)
    expect(() => unpackFigures({ ...packed, count: 2 })).toThrow(RangeError)
    expect(() => unpackFigures({ ...packed, year: [2019] as unknown as Uint16Array })).toThrow(RangeError)
  })
})
