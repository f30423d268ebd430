// The byte reader must split a file exactly as papaparse does whenever it is used (quotes that
// are regular): table tests for the cases people write, and properties against papaparse.
import fc from 'fast-check'
import Papa from 'papaparse'
import { bytesHaveRegularQuotes, createCsvByteReader, type CsvDialect } from '@/lib/csv/bytes'
import { isBlankRow } from '@/lib/csv/rows'

const comma: CsvDialect = { delimiter: ',', newline: '\n' }
const utf8 = (text: string) => new TextEncoder().encode(text)

function readAll(text: string, dialect: CsvDialect = comma): string[][] {
  const reader = createCsvByteReader(utf8(text), 0, dialect)
  const rows: string[][] = []
  const cells: string[] = []
  while (reader.next(cells)) rows.push([...cells])
  return rows
}

function hasRegularQuotes(text: string, dialect: CsvDialect): boolean {
  return bytesHaveRegularQuotes(utf8(text), 0, dialect)
}

describe('bytesHaveRegularQuotes', () => {
  it.each([
    ['no quotes', 'a,b\nc,d', true],
    ['a quoted cell with a comma', 'a,"b, c"\nd,e', true],
    ['a doubled quote inside a quoted cell', '"say ""hi""",x', true],
    ['a quoted cell holding a line break', '"two\nlines",x\ny,z', true],
    ['a quoted cell at the very end', 'a,"b"', true],
    ['an empty quoted cell', '"",x', true],
    ['a quote inside an unquoted cell', 'a,b"c\n', false],
    ['a quote that is never closed', 'a,"b\nc', false],
    ['text after a closing quote', 'a,"b"c,d', false],
    ['a space before the opening quote', 'a, "b"', false],
    ['a space after the closing quote', 'a,"b" ,c', false],
  ])('%s: %s', (_name, text, expected) => {
    expect(hasRegularQuotes(text, comma)).toBe(expected)
  })

  it('counts a quote as opening a cell only after the dialect’s own delimiter or line break', () => {
    expect(hasRegularQuotes('a;"b;c"\r\n"d";e', { delimiter: ';', newline: '\r\n' })).toBe(true)
    expect(hasRegularQuotes('a,"b"', { delimiter: ';', newline: '\n' })).toBe(false)
    expect(hasRegularQuotes('a\n"b"', { delimiter: ',', newline: '\r\n' })).toBe(false)
  })
})

describe('createCsvByteReader', () => {
  it.each([
    [
      'plain rows',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a line break at the end gives one empty row, as papaparse does', 'a,b\n', [['a', 'b'], ['']]],
    [
      'empty cells',
      ',,\n,',
      [
        ['', '', ''],
        ['', ''],
      ],
    ],
    [
      'quoted cells with delimiters, quotes and line breaks',
      '"a,1","say ""hi""","x\ny"\nz',
      [['a,1', 'say "hi"', 'x\ny'], ['z']],
    ],
    ['a quoted cell ending the text', 'a,"b"', [['a', 'b']]],
    ['a quoted cell ending a line', '"a"\n"b"\n', [['a'], ['b'], ['']]],
  ])('%s', (_name, text, expected) => {
    expect(readAll(text)).toEqual(expected)
  })

  it('splits only at the dialect’s line break', () => {
    expect(readAll('a;b\r\nc\nd;e', { delimiter: ';', newline: '\r\n' })).toEqual([
      ['a', 'b'],
      ['c\nd', 'e'],
    ])
    expect(readAll('a\tb\rc\td', { delimiter: '\t', newline: '\r' })).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('reuses the array it is given and returns false after the last row', () => {
    const reader = createCsvByteReader(utf8('a,b,c\nd'), 0, comma)
    const cells: string[] = []
    expect(reader.next(cells)).toBe(true)
    expect(cells).toEqual(['a', 'b', 'c'])
    expect(reader.next(cells)).toBe(true)
    expect(cells).toEqual(['d'])
    expect(reader.next(cells)).toBe(false)
    expect(reader.next(cells)).toBe(false)
  })

  it('splits any text with regular quotes as papaparse does', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', ' ', ',', ';', '\t', '"', '\n', '\r', 'é', '“', '😀'),
      maxLength: 6,
    })
    const dialect = fc.record({
      delimiter: fc.constantFrom(',', ';', '\t'),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
    })
    const rows = fc.array(fc.array(fc.tuple(cell, fc.boolean()), { maxLength: 5 }), {
      maxLength: 6,
    })
    fc.assert(
      fc.property(dialect, rows, fc.boolean(), ({ delimiter, newline }, table, trailing) => {
        // Cells are quoted when they must be, and some others too.
        const text =
          table
            .map((row) =>
              row
                .map(([c, quote]) =>
                  quote || /[",;\t\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c,
                )
                .join(delimiter),
            )
            .join(newline) + (trailing ? newline : '')
        fc.pre(text !== '')
        expect(hasRegularQuotes(text, { delimiter, newline })).toBe(true)
        const papa = Papa.parse<string[]>(text, { delimiter, newline })
        expect(papa.errors).toEqual([])
        expect(readAll(text, { delimiter, newline })).toEqual(papa.data)
      }),
      { numRuns: 500 },
    )
  })

  it('agrees with papaparse on arbitrary text whenever it calls the quotes regular', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' '),
          minLength: 1,
          maxLength: 30,
        }),
        (text) => {
          fc.pre(hasRegularQuotes(text, comma))
          expect(readAll(text)).toEqual(
            Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' }).data,
          )
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('isBlankRow', () => {
  it.each([
    [[''], true],
    [[' ', '\t', ''], true],
    [['', 'x'], false],
    [[' a '], false],
  ])('%j -> %s', (cells, expected) => {
    expect(isBlankRow(cells)).toBe(expected)
  })
})
