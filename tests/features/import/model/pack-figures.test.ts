import type { Figure } from '@/domain/dataset-schema'
import { packFigures, unpackFigures } from '@/features/import/model/pack-figures'
import { analyseText, builtInIndex, csv, row } from '../helpers'

describe('packFigures / unpackFigures', () => {
  it('gives back figures equal to the packed ones: built-in, imported, every estimate kind and option', () => {
    const built = builtInIndex().dataset.figures
    const imported = analyseText(
      csv(
        row(),
        row({
          'estimate kind': 'range',
          low: '300',
          high: '450',
          caveats: 'none stated',
          evidence: 'Paragraph 2: “a sentence”',
          'quoted person': 'Jane Doe, Director',
        }),
        row({
          'estimate kind': 'lower bound',
          'value (as displayed)': '2.5',
          unit: 'US dollars',
          currency: 'USD',
          'original producer': 'A survey',
        }),
      ),
    ).figures
    const figures = [...built, ...imported]
    expect(unpackFigures(packFigures(figures))).toEqual(figures)
  })

  it('keeps shared caveat lists, sources and evidence shared', () => {
    const evidence = 'Paragraph 2: “a sentence”'
    const { figures } = analyseText(
      csv(
        row({ evidence }),
        row({ year: '2020', evidence }),
        row({ year: '2021', 'original producer': 'A survey' }),
      ),
    )
    expect(figures[0]!.source).toBe(figures[1]!.source)
    expect(figures[0]!.evidence).toBe(figures[1]!.evidence)
    const [a, b, c] = unpackFigures(packFigures(figures))
    expect(a!.caveats).toBe(b!.caveats)
    expect(a!.source).toBe(b!.source)
    expect(a!.evidence).toBe(b!.evidence)
    expect(c!.source).not.toBe(a!.source)
    expect(c!.source).toEqual({ ...a!.source, originalProducer: { en: 'A survey' } })
  })

  it('stores only the ids the importer did not make from indicator, place and year', () => {
    // Two rows of one indicator, place and year: the second id gets a suffix; the third row names its own id.
    const { figures } = analyseText(csv(row(), row(), row({ year: '2020' })))
    const named = { ...figures[2]!, id: 'my-own-id' }
    const packed = packFigures([figures[0]!, figures[1]!, named])
    expect(figures.map((f) => f.id)).toEqual([
      'involuntary-returns-jam-2019',
      'involuntary-returns-jam-2019-2',
      'involuntary-returns-jam-2020',
    ])
    expect([...packed.idAt]).toEqual([1, 2])
    expect(packed.ids).toEqual(['involuntary-returns-jam-2019-2', 'my-own-id'])
    expect(packed.strings).not.toContain('involuntary-returns-jam-2019')
    expect(unpackFigures(packed).map((f) => f.id)).toEqual([
      'involuntary-returns-jam-2019',
      'involuntary-returns-jam-2019-2',
      'my-own-id',
    ])
  })

  it('uses 16-bit references when the tables are small, 32-bit otherwise', () => {
    const { figures } = analyseText(csv(row()))
    expect(packFigures(figures).text).toBeInstanceOf(Uint16Array)
    // 70,000 distinct documents: more strings than 16 bits can number.
    const many: Figure[] = Array.from({ length: 70_000 }, (_, i) => ({
      ...figures[0]!,
      source: { ...figures[0]!.source, documentId: `doc-${i}` },
    }))
    const packed = packFigures(many)
    expect(packed.text).toBeInstanceOf(Uint32Array)
    expect(packed.refs).toBeInstanceOf(Uint16Array)
    expect(unpackFigures(packed).at(-1)!.source.documentId).toBe('doc-69999')
  })

  it('refuses a packing that does not hold together', () => {
    const packed = packFigures(analyseText(csv(row(), row())).figures)
    expect(() => unpackFigures({ ...packed, count: 2 + 1 })).toThrow(RangeError)
    expect(() =>
      unpackFigures({ ...packed, year: [2019, 2019] as unknown as Uint16Array }),
    ).toThrow(RangeError)
    expect(() =>
      unpackFigures({ ...packed, text: new Int32Array(packed.text) as unknown as Uint16Array }),
    ).toThrow(RangeError)
    expect(() => unpackFigures({ ...packed, ids: [] })).toThrow(RangeError)
    expect(() => unpackFigures({ ...packed, idAt: Uint32Array.of(5), ids: ['x'] })).toThrow(
      RangeError,
    )
  })
})
